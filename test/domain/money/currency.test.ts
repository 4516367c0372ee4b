import { describe, expect, it } from "vitest";
import { CurrencyCode, currencyDigits, currencyName, currencyOptions, isCurrencyCode } from "../../../src/domain/money/currency";

describe("isCurrencyCode", () => {
  it.each([
    { code: "USD", expected: true },
    { code: "EUR", expected: true },
    { code: "JPY", expected: true },
    { code: "KWD", expected: true },
    { code: "usd", expected: false },
    { code: "US", expected: false },
    { code: "USDX", expected: false },
    { code: "€", expected: false },
    { code: "", expected: false },
    { code: "ZZZ", expected: false },
  ])("'$code' → $expected", ({ code, expected }) => {
    expect(isCurrencyCode(code)).toBe(expected);
  });
});

describe("currencyDigits (ISO 4217 minor units)", () => {
  it.each([
    { code: "USD", digits: 2 },
    { code: "EUR", digits: 2 },
    { code: "GBP", digits: 2 },
    { code: "JPY", digits: 0 },
    { code: "KRW", digits: 0 },
    { code: "KWD", digits: 3 },
    { code: "BHD", digits: 3 },
  ])("$code has $digits", ({ code, digits }) => {
    expect(currencyDigits(code)).toBe(digits);
  });
});

describe("CurrencyCode schema", () => {
  it.each([
    { name: "trims and upper-cases", raw: " eur ", expected: "EUR" },
    { name: "keeps a valid code", raw: "JPY", expected: "JPY" },
  ])("$name", ({ raw, expected }) => {
    expect(CurrencyCode.parse(raw)).toBe(expected);
  });

  it.each(["", "EU", "€", "XYZ1"])("rejects '%s' with a message", (raw) => {
    const result = CurrencyCode.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("Choose a currency");
  });
});

describe("currency names", () => {
  it("names a currency in English", () => {
    expect(currencyName("EUR")).toBe("Euro");
  });

  it("offers every known code once", () => {
    const options = currencyOptions();
    expect(options.length).toBeGreaterThan(100);
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
    expect(options).toContainEqual({ code: "USD", name: "US Dollar" });
  });
});
