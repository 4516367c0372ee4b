import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTaxRate, parseTaxRate, TAX_RATE_SCALE } from "../../../src/domain/invoice/tax-rate";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("parseTaxRate: thousandths of a percent", () => {
  it.each([
    { raw: "19", locale: "en-US", value: 19_000 },
    { raw: "8.875", locale: "en-US", value: 8_875 },
    { raw: "8,875 %", locale: "de-DE", value: 8_875 },
    { raw: "10.25", locale: "en-US", value: 10_250 },
    { raw: "7.7", locale: "en-US", value: 7_700 },
    { raw: "0", locale: "en-US", value: 0 },
    { raw: "0.001", locale: "en-US", value: 1 },
    { raw: "100", locale: "en-US", value: TAX_RATE_SCALE },
  ])("'$raw' ($locale) → $value", ({ raw, locale, value }) => {
    expect(parseTaxRate(raw, locale)).toEqual({ ok: true, value });
  });

  it.each([
    { raw: "8.8755", message: "Enter the tax rate with no more than 3 decimal places" },
    { raw: "100.001", message: "Enter the tax rate of 100% or less" },
    { raw: "-5", message: "Enter the tax rate as 0 or more" },
    { raw: "", message: "Enter the tax rate" },
    { raw: "abc", message: "Enter the tax rate as a number" },
  ])("refuses '$raw'", ({ raw, message }) => {
    const result = parseTaxRate(raw, "en-US");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe("formatTaxRate: no trailing zeros", () => {
  it.each([
    { value: 19_000, locale: "en-US", text: "19%" },
    { value: 8_875, locale: "en-US", text: "8.875%" },
    { value: 8_875, locale: "de-DE", text: "8,875 %" },
    { value: 7_700, locale: "en-US", text: "7.7%" },
    { value: 10_250, locale: "en-US", text: "10.25%" },
    { value: 1, locale: "en-US", text: "0.001%" },
    { value: 0, locale: "en-US", text: "0%" },
    { value: 100_000, locale: "en-US", text: "100%" },
  ])("$value in $locale → $text", ({ value, locale, text }) => {
    expect(plain(formatTaxRate(value, locale))).toBe(text);
  });

  it("reads back through parseTaxRate for every rate from 0 to 100%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TAX_RATE_SCALE }), fc.constantFrom("en-US", "de-DE", "fr-FR", "de-CH"), (value, locale) => {
        expect(parseTaxRate(formatTaxRate(value, locale), locale)).toEqual({ ok: true, value });
      }),
      { numRuns: 500 },
    );
  });
});
