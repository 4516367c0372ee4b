import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EPC_MAX_BYTES, epcPayload, parseEpcPayload, type EpcPayment } from "../../../src/domain/payment/epc-qr";

const BASE: EpcPayment = {
  name: "Ada Lovelace Studio",
  iban: "de89 3704 0044 0532 0130 00",
  amountMinor: 123_456,
  reference: "Invoice 2026-0042",
};

const bytes = (text: string) => new TextEncoder().encode(text).length;

function payloadOf(payment: EpcPayment): string {
  const result = epcPayload(payment);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("epcPayload writes the EPC069-12 fields in order", () => {
  it("version 002, UTF-8, SCT, no BIC, amount, unstructured reference; trailing empty field dropped", () => {
    expect(payloadOf(BASE)).toBe(
      ["BCD", "002", "1", "SCT", "", "Ada Lovelace Studio", "DE89370400440532013000", "EUR1234.56", "", "", "Invoice 2026-0042"].join("\n"),
    );
  });

  it("separates fields with line feeds only and never ends with one", () => {
    const payload = payloadOf(BASE);
    expect(payload).not.toMatch(/\r/);
    expect(payload.endsWith("\n")).toBe(false);
  });

  it("with a BIC, a purpose, a creditor reference and a note to the payer: all twelve fields", () => {
    const payload = payloadOf({
      ...BASE,
      bic: "cobadeff xxx",
      purpose: "gdds",
      reference: "",
      structuredReference: "RF18 5390 0754 7034",
      information: "Thank you",
    });
    expect(payload.split("\n")).toEqual([
      "BCD", "002", "1", "SCT", "COBADEFFXXX", "Ada Lovelace Studio", "DE89370400440532013000",
      "EUR1234.56", "GDDS", "RF18539007547034", "", "Thank you",
    ]);
  });

  it("without a reference the amount is the last field", () => {
    expect(payloadOf({ ...BASE, reference: "" }).split("\n")).toHaveLength(8);
  });

  it.each([
    { minor: 1, text: "EUR0.01" },
    { minor: 10, text: "EUR0.10" },
    { minor: 100, text: "EUR1" },
    { minor: 1_050, text: "EUR10.50" },
    { minor: 1_234_56, text: "EUR1234.56" },
    { minor: 99_999_999_999, text: "EUR999999999.99" },
  ])("amount $minor cents → $text ('.' and at most two decimals)", ({ minor, text }) => {
    expect(payloadOf({ ...BASE, amountMinor: minor }).split("\n")[7]).toBe(text);
  });

  it("a line break or control character in user text never shifts the fields", () => {
    const payload = payloadOf({
      ...BASE,
      name: "Ada\nLovelace\r\nStudio\u0000",
      reference: "Invoice\u2028 2026-0042\t",
      information: "line\none",
    });
    const fields = payload.split("\n");
    expect(fields).toHaveLength(12);
    expect(fields[5]).toBe("Ada Lovelace Studio");
    expect(fields[10]).toBe("Invoice 2026-0042");
    expect(fields[11]).toBe("line one");
  });

  it("property: any name and reference keep the fields in their place or give a message", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 150 }), (name, reference) => {
        const result = epcPayload({ ...BASE, name, reference });
        if (!result.ok) return;
        const fields = result.value.split("\n");
        expect(fields.length).toBeGreaterThanOrEqual(8);
        expect(fields.length).toBeLessThanOrEqual(11);
        expect(fields[6]).toBe("DE89370400440532013000");
        expect(fields[7]).toBe("EUR1234.56");
        expect(bytes(result.value)).toBeLessThanOrEqual(EPC_MAX_BYTES);
      }),
    );
  });
});

describe("epcPayload refuses what a bank app could not use, with a message", () => {
  it.each([
    { name: "not EUR", payment: { ...BASE, currency: "USD" }, message: /euro transfers only; this invoice is in USD/, field: "currency" },
    { name: "zero amount", payment: { ...BASE, amountMinor: 0 }, message: /at least €0\.01/, field: "amountMinor" },
    { name: "negative amount", payment: { ...BASE, amountMinor: -5 }, message: /at least €0\.01/, field: "amountMinor" },
    { name: "fractional cents", payment: { ...BASE, amountMinor: 1.5 }, message: /at least €0\.01/, field: "amountMinor" },
    { name: "amount over the limit", payment: { ...BASE, amountMinor: 100_000_000_000 }, message: /at most €999,999,999\.99/, field: "amountMinor" },
    { name: "name missing", payment: { ...BASE, name: " \n " }, message: /needs the account holder's name/, field: "name" },
    { name: "name over 70 characters", payment: { ...BASE, name: "A".repeat(71) }, message: /name is too long.*70 characters/, field: "name" },
    { name: "bad IBAN", payment: { ...BASE, iban: "DE89370400440532013001" }, message: /check digits don't match/, field: "iban" },
    { name: "bad BIC", payment: { ...BASE, bic: "COBA" }, message: /8 or 11 letters and digits/, field: "bic" },
    { name: "BIC with a digit in the country code", payment: { ...BASE, bic: "COBAD1FF" }, message: /8 or 11 letters and digits/, field: "bic" },
    { name: "bad purpose", payment: { ...BASE, purpose: "GOODS" }, message: /four letters/, field: "purpose" },
    { name: "both references", payment: { ...BASE, structuredReference: "RF18539007547034" }, message: /either a creditor reference or a free-text reference, not both/, field: "structuredReference" },
    { name: "creditor reference with a typo", payment: { ...BASE, reference: "", structuredReference: "RF18539007547043" }, message: /ISO 11649/, field: "structuredReference" },
    { name: "creditor reference without RF", payment: { ...BASE, reference: "", structuredReference: "539007547034" }, message: /starts with RF/, field: "structuredReference" },
    { name: "reference over 140 characters", payment: { ...BASE, reference: "x".repeat(141) }, message: /reference is too long.*140/, field: "reference" },
    { name: "note over 70 characters", payment: { ...BASE, information: "x".repeat(71) }, message: /note to the payer is too long.*70/, field: "information" },
  ])("$name → $field", ({ payment, message, field }) => {
    const result = epcPayload(payment);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.field).toBe(field);
    }
  });

  it.each(["1234DEFF", "AB12DEFF500", "cobadeffxxx", "COBA DE FF"])("accepts %s, a BIC of ISO 9362:2014 (as the invoice form does)", (bic) => {
    expect(payloadOf({ ...BASE, bic }).split("\n")[4]).toBe(bic.replace(/ /g, "").toUpperCase());
  });

  it("70 characters of a 4-byte script fit the name field but the whole may exceed 331 bytes", () => {
    // 70 × 4 bytes = 280 bytes of name, plus a long reference: over the limit, with a message.
    const name = "𝔄".repeat(70);
    const result = epcPayload({ ...BASE, name, reference: "Ünïcödé ".repeat(17) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error, result.field]).toEqual([expect.stringMatching(/can hold 331 bytes and this one needs \d+: shorten/), "name"]);
  });

  it("the longest name in 2-byte letters still fits with a short reference, under 331 bytes", () => {
    const payload = payloadOf({ ...BASE, name: "Ä".repeat(70) });
    expect(bytes(payload)).toBeLessThanOrEqual(EPC_MAX_BYTES);
    expect(payload.split("\n")[5]).toBe("Ä".repeat(70));
  });

  it("exactly 331 bytes is accepted and 332 is not", () => {
    // 15 bytes of header, 70 × "Ä" (140 bytes), IBAN, "EUR1234.56", three empty-field line feeds:
    // 192 bytes, so a reference of 139 bytes makes exactly 331.
    const full = { ...BASE, name: "Ä".repeat(70), reference: `${"é".repeat(69)}x` };
    expect(bytes(payloadOf(full))).toBe(EPC_MAX_BYTES);
    const over = epcPayload({ ...full, reference: `${"é".repeat(69)}xy` });
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error).toMatch(/needs 332/);
  });
});

describe("parseEpcPayload", () => {
  it("reads back what epcPayload wrote", () => {
    const parsed = parseEpcPayload(payloadOf({ ...BASE, bic: "COBADEFFXXX", information: "Thanks" }));
    expect(parsed).toEqual({
      ok: true,
      value: {
        version: "002",
        bic: "COBADEFFXXX",
        name: "Ada Lovelace Studio",
        iban: "DE89370400440532013000",
        amountMinor: 123_456,
        purpose: "",
        structuredReference: "",
        reference: "Invoice 2026-0042",
        information: "Thanks",
      },
    });
  });

  it("property: round trip of amount, name and reference", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999_999 }),
        fc.string({ minLength: 1, maxLength: 70 }),
        fc.string({ maxLength: 140 }),
        (amountMinor, name, reference) => {
          const result = epcPayload({ ...BASE, amountMinor, name, reference });
          if (!result.ok) return;
          const parsed = parseEpcPayload(result.value);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(parsed.value.amountMinor).toBe(amountMinor);
          expect(parsed.value.name.length).toBeGreaterThan(0);
          expect(parsed.value.reference).toBe(result.value.split("\n")[10] ?? "");
        },
      ),
    );
  });

  it("reads a version 001 code with a BIC and CR LF separators", () => {
    const parsed = parseEpcPayload("BCD\r\n001\r\n1\r\nSCT\r\nBPOTBEB1\r\nRed Cross\r\nBE72000000001616\r\nEUR1\r\nCHAR\r\n\r\nUrgency fund");
    expect(parsed.ok && parsed.value).toMatchObject({ version: "001", bic: "BPOTBEB1", amountMinor: 100, purpose: "CHAR", reference: "Urgency fund" });
  });

  it.each([
    ["not BCD", "XYZ\n002\n1\nSCT\n\nA\nDE89370400440532013000\nEUR1", /doesn't start with BCD/],
    ["unknown version", "BCD\n003\n1\nSCT\n\nA\nDE89370400440532013000\nEUR1", /version "003"/],
    ["not UTF-8", "BCD\n002\n2\nSCT\n\nA\nDE89370400440532013000\nEUR1", /UTF-8/],
    ["not SCT", "BCD\n002\n1\nINST\n\nA\nDE89370400440532013000\nEUR1", /SEPA credit transfer/],
    ["001 without BIC", "BCD\n001\n1\nSCT\n\nA\nDE89370400440532013000\nEUR1", /BIC/],
    ["no name", "BCD\n002\n1\nSCT\n\n\nDE89370400440532013000\nEUR1", /name/],
    ["bad IBAN", "BCD\n002\n1\nSCT\n\nA\nDE89370400440532013001\nEUR1", /IBAN/],
    ["IBAN with spaces", "BCD\n002\n1\nSCT\n\nA\nDE89 3704 0044 0532 0130 00\nEUR1", /IBAN/],
    ["amount with a comma", "BCD\n002\n1\nSCT\n\nA\nDE89370400440532013000\nEUR1,50", /EUR12\.34/],
    ["amount with three decimals", "BCD\n002\n1\nSCT\n\nA\nDE89370400440532013000\nEUR1.505", /EUR12\.34/],
    ["zero amount", "BCD\n002\n1\nSCT\n\nA\nDE89370400440532013000\nEUR0.00", /below/],
    ["both references", "BCD\n002\n1\nSCT\n\nA\nDE89370400440532013000\nEUR1\n\nRF18539007547034\nInvoice 1", /both/],
    ["thirteen fields", "BCD\n002\n1\nSCT\n\nA\nDE89370400440532013000\nEUR1\n\n\nx\ny\nz", /twelve/],
  ])("%s", (_name, text, message) => {
    const parsed = parseEpcPayload(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
