import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIban, ibanChecksumValid, readIban } from "../../../src/domain/payment/iban";

// Valid examples: the IBAN registry's (SWIFT, ISO 13616) example numbers for each country.
const VALID = [
  { country: "DE", typed: "DE89 3704 0044 0532 0130 00", electronic: "DE89370400440532013000" },
  { country: "GB", typed: "GB29 NWBK 6016 1331 9268 19", electronic: "GB29NWBK60161331926819" },
  { country: "FR", typed: "FR14 2004 1010 0505 0001 3M02 606", electronic: "FR1420041010050500013M02606" },
  { country: "NL", typed: "nl91abna0417164300", electronic: "NL91ABNA0417164300" },
  { country: "BE", typed: "BE68539007547034", electronic: "BE68539007547034" },
  { country: "IT", typed: "IT60 X054 2811 1010 0000 0123 456", electronic: "IT60X0542811101000000123456" },
  { country: "ES", typed: "ES91 2100 0418 4502 0005 1332", electronic: "ES9121000418450200051332" },
  { country: "CH", typed: "CH93 0076 2011 6238 5295 7", electronic: "CH9300762011623852957" },
  { country: "NO", typed: "NO93 8601 1117 947", electronic: "NO9386011117947" },
  { country: "MT (31 characters)", typed: "MT84 MALT 0110 0001 2345 MTLC AST0 01S", electronic: "MT84MALT011000012345MTLCAST001S" },
  { country: "AT, pasted with no-break spaces and a tab", typed: " AT61\u00a01904\u202f3002\t3457 3201 ", electronic: "AT611904300234573201" },
];

describe("readIban accepts valid IBANs from many countries", () => {
  it.each(VALID)("$country", ({ typed, electronic }) => {
    expect(readIban(typed)).toEqual({ ok: true, value: electronic });
  });

  it("the Maltese example really has 31 characters", () => {
    expect("MT84MALT011000012345MTLCAST001S").toHaveLength(31);
  });
});

describe("readIban refuses invalid IBANs with a message that says what to fix", () => {
  it.each([
    { name: "last digit off by one", typed: "DE89370400440532013001", message: /check digits don't match.*typo/ },
    { name: "check digits off by one", typed: "DE88370400440532013000", message: /check digits don't match.*typo/ },
    { name: "two neighbouring digits swapped", typed: "DE89370400440532031000", message: /check digits don't match.*typo/ },
    { name: "check digits swapped", typed: "GB92NWBK60161331926819", message: /check digits don't match/ },
    { name: "one digit missing", typed: "DE8937040044053201300", message: /Germany \(DE\) has 22 characters; this one has 21\. Check for a missing character/ },
    { name: "one digit extra", typed: "NL91ABNA04171643001", message: /has 18 characters; this one has 19\. Check for an extra character/ },
    { name: "MT one short of 31", typed: "MT84MALT011000012345MTLCAST001", message: /has 31 characters; this one has 30/ },
    { name: "unknown country", typed: "XX89370400440532013000", message: /"XX" is not the code of a country that uses IBANs/ },
    { name: "US has no IBAN", typed: "US12345678901234567890", message: /"US" is not the code/ },
    { name: "digits where the country code belongs", typed: "1289370400440532013000", message: /starts with a two-letter country code/ },
    { name: "a letter in the check digits", typed: "DEA9370400440532013000", message: /check digits: two numbers/ },
    { name: "a letter where Germany has digits", typed: "DE89370400440532O13000", message: /format of an IBAN from Germany \(DE\).*typo/ },
    { name: "a letter where the UK has digits", typed: "GB29NWBK6016133192681A", message: /format of an IBAN from United Kingdom \(GB\)/ },
    { name: "digits where the UK bank code has letters", typed: "GB29NW1K60161331926819", message: /format of an IBAN/ },
    { name: "hyphens", typed: "DE89-3704-0044-0532-0130-00", message: /only letters and digits \(spaces are fine\): remove the hyphens/ },
    { name: "a dot", typed: "DE89.370400440532013000", message: /remove the "\."/ },
    { name: "a non-Latin letter", typed: "DE89370400440532013Ö00", message: /remove the "Ö"/ },
    { name: "empty", typed: "   ", message: /Enter the IBAN/ },
  ])("$name", ({ typed, message }) => {
    const result = readIban(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("never throws, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (typed) => {
        const result = readIban(typed);
        if (result.ok) expect(result.value).toMatch(/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/);
      }),
    );
  });

  it("catches every single-digit change of a valid IBAN (ISO 7064 MOD 97-10)", () => {
    const iban = "DE89370400440532013000";
    fc.assert(
      fc.property(fc.integer({ min: 2, max: iban.length - 1 }), fc.integer({ min: 1, max: 9 }), (at, plus) => {
        const digit = (Number(iban[at]) + plus) % 10;
        const changed = iban.slice(0, at) + String(digit) + iban.slice(at + 1);
        expect(readIban(changed).ok).toBe(false);
      }),
    );
  });
});

describe("ibanChecksumValid", () => {
  it.each([
    ["DE89370400440532013000", true],
    ["GB82WEST12345698765432", true],
    ["GB82WEST12345698765423", false],
    ["DE8937040044053201300!", false],
  ])("%s → %s", (iban, expected) => {
    expect(ibanChecksumValid(iban)).toBe(expected);
  });
});

describe("formatIban", () => {
  it.each([
    ["DE89370400440532013000", "DE89 3704 0044 0532 0130 00"],
    ["de89 3704 004405320130 00", "DE89 3704 0044 0532 0130 00"],
    ["MT84MALT011000012345MTLCAST001S", "MT84 MALT 0110 0001 2345 MTLC AST0 01S"],
    ["NO9386011117947", "NO93 8601 1117 947"],
    ["", ""],
  ])("%s → %s", (iban, expected) => {
    expect(formatIban(iban)).toBe(expected);
  });
});
