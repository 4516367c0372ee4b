import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, formatMoney } from "../../../src/domain/money/format-money";
import { MAX_MINOR } from "../../../src/domain/money/minor-units";
import { NUMBER_LOCALES } from "../../../src/domain/money/number-locales";

// Intl output contains no-break spaces; compare with them made visible as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it.each([
    { name: "USD in en-US", minor: 123456, currency: "USD", locale: "en-US", expected: "$1,234.56" },
    { name: "EUR in de-DE", minor: 123456, currency: "EUR", locale: "de-DE", expected: "1.234,56 €" },
    { name: "EUR in fr-FR", minor: 123456, currency: "EUR", locale: "fr-FR", expected: "1 234,56 €" },
    { name: "JPY has no decimals", minor: 123456, currency: "JPY", locale: "en-US", expected: "¥123,456" },
    { name: "KWD has three decimals", minor: 123456, currency: "KWD", locale: "en-US", expected: "KWD 123.456" },
    { name: "GBP in en-GB", minor: 5, currency: "GBP", locale: "en-GB", expected: "£0.05" },
    { name: "zero keeps its decimals", minor: 0, currency: "USD", locale: "en-US", expected: "$0.00" },
    { name: "#10 the maximum is printed exactly", minor: MAX_MINOR, currency: "USD", locale: "en-US", expected: "$100,000,000,000.00" },
  ])("$name: $minor → $expected", ({ minor, currency, locale, expected }) => {
    expect(plain(formatMoney(minor, currency, locale))).toBe(expected);
  });

  it("#10 prints a large amount digit for digit (no binary float on the way)", () => {
    expect(formatMoney(9_007_199_254_740_991, "USD", "en-US")).toBe("$90,071,992,547,409.91");
  });

  it("#10 never prints NaN or Infinity for amounts in range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MINOR }), fc.constantFrom(...NUMBER_LOCALES.map((l) => l.code)), (minor, locale) => {
        expect(formatMoney(minor, "EUR", locale)).not.toMatch(/NaN|Infinity|∞/);
      }),
    );
  });
});

describe("formatAmount", () => {
  it.each([
    { name: "#1 en-US", minor: 123456, currency: "USD", locale: "en-US", expected: "1,234.56" },
    { name: "#1 de-DE", minor: 123456, currency: "EUR", locale: "de-DE", expected: "1.234,56" },
    { name: "#1 fr-FR uses a narrow no-break space", minor: 123456, currency: "EUR", locale: "fr-FR", expected: "1\u202f234,56" },
    { name: "JPY has no decimals", minor: 1500, currency: "JPY", locale: "en-US", expected: "1,500" },
    { name: "KWD has three decimals", minor: 1234, currency: "KWD", locale: "en-US", expected: "1.234" },
    { name: "small amounts keep their leading zero", minor: 7, currency: "USD", locale: "en-US", expected: "0.07" },
  ])("$name: $minor → $expected", ({ minor, currency, locale, expected }) => {
    expect(formatAmount(minor, currency, locale)).toBe(expected);
  });

  it("carries no currency symbol or code", () => {
    expect(formatAmount(123456, "EUR", "de-DE")).not.toMatch(/€|EUR/);
    expect(formatAmount(123456, "USD", "en-US")).not.toMatch(/\$|USD/);
  });
});
