import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BIC_MESSAGE, isBic, readBic } from "../../../src/domain/payment/bic";
import { epcPayload, parseEpcPayload } from "../../../src/domain/payment/epc-qr";

describe("readBic (ISO 9362:2014)", () => {
  it.each([
    { name: "8 characters", raw: "DEUTDEFF", bic: "DEUTDEFF" },
    { name: "11 characters", raw: "DEUTDEFF500", bic: "DEUTDEFF500" },
    { name: "lower case with spaces", raw: " cobade ff xxx ", bic: "COBADEFFXXX" },
    { name: "digits in the party prefix (allowed since the 2014 edition)", raw: "1234DEFF", bic: "1234DEFF" },
    { name: "digits in the location and branch", raw: "NWBKGB2L", bic: "NWBKGB2L" },
    { name: "nothing: no BIC", raw: "  ", bic: "" },
  ])("accepts $name: '$raw' → '$bic'", ({ raw, bic }) => {
    expect(readBic(raw)).toEqual({ ok: true, value: bic });
  });

  it.each([
    { name: "4 characters", raw: "COBA" },
    { name: "9 characters", raw: "COBADEFFX" },
    { name: "12 characters", raw: "COBADEFFXXXX" },
    { name: "a digit in the country code", raw: "COBA1EFF" },
    { name: "punctuation", raw: "COBA-DE-FF" },
    { name: "a letter outside A–Z", raw: "CÖBADEFF" },
  ])("refuses $name: '$raw'", ({ raw }) => {
    expect(readBic(raw)).toEqual({ ok: false, error: BIC_MESSAGE });
  });

  it("isBic wants the compact form", () => {
    expect([isBic("COBADEFF"), isBic("cobadeff"), isBic("COBA DEFF")]).toEqual([true, false, false]);
  });
});

describe("one BIC check for the form and the QR code", () => {
  const bicLike = fc.oneof(
    fc.string({ maxLength: 14 }),
    fc.stringMatching(/^[A-Za-z0-9 ]{6,13}$/),
    fc.stringMatching(/^[A-Z0-9]{4}[A-Z0-9]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/),
  );

  it("property: a BIC the invoice form accepts is one the QR code carries, and reads back", () => {
    fc.assert(
      fc.property(bicLike, (raw) => {
        const form = readBic(raw);
        const qr = epcPayload({ name: "Ada", iban: "DE89370400440532013000", amountMinor: 100, bic: raw });
        expect(qr.ok || qr.field !== "bic").toBe(form.ok);
        if (form.ok && qr.ok) {
          const back = parseEpcPayload(qr.value);
          expect(back.ok && back.value.bic).toBe(form.value);
        }
      }),
      { numRuns: 500 },
    );
  });
});
