import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity } from "../../../src/domain/invoice/format-quantity";
import { MAX_QUANTITY_THOUSANDTHS, parseQuantity } from "../../../src/domain/invoice/parse-quantity";
import { NUMBER_LOCALES } from "../../../src/domain/money/number-locales";

describe("parseQuantity: accepted", () => {
  it.each([
    { raw: "1", locale: "en-US", thousandths: 1_000 },
    { raw: "2.5", locale: "en-US", thousandths: 2_500 },
    { raw: "0.125", locale: "en-GB", thousandths: 125 },
    { raw: ".5", locale: "en-US", thousandths: 500 },
    { raw: "0,75", locale: "de-DE", thousandths: 750 },
    { raw: "1.000,5", locale: "de-DE", thousandths: 1_000_500 },
    { raw: "1 000", locale: "fr-FR", thousandths: 1_000_000 },
    { raw: "1’000.25", locale: "de-CH", thousandths: 1_000_250 },
    { raw: " 12 ", locale: "en-US", thousandths: 12_000 },
    { raw: "+3", locale: "en-US", thousandths: 3_000 },
    { raw: "٣", locale: "en-US", thousandths: 3_000 },
    { raw: "0.001", locale: "en-US", thousandths: 1 },
    { raw: "1,000,000", locale: "en-US", thousandths: MAX_QUANTITY_THOUSANDTHS },
    { raw: "0001.500", locale: "en-US", thousandths: 1_500 },
  ])("$raw ($locale) → $thousandths", ({ raw, locale, thousandths }) => {
    expect(parseQuantity(raw, locale)).toEqual({ ok: true, value: thousandths });
  });
});

describe("parseQuantity: refused with a message", () => {
  it.each([
    { raw: "", locale: "en-US", error: "Enter the quantity" },
    { raw: "   ", locale: "en-US", error: "Enter the quantity" },
    { raw: "0", locale: "en-US", error: "The quantity must be more than 0" },
    { raw: "0.0001", locale: "en-US", error: "Enter the quantity with no more than 3 decimal places" },
    { raw: "-2", locale: "en-US", error: "Enter a quantity of more than 0" },
    { raw: "1000000.001", locale: "en-US", error: "The quantity must be 1,000,000 or less" },
    { raw: "99999999", locale: "en-US", error: "The quantity must be 1,000,000 or less" },
    { raw: "2000000", locale: "de-DE", error: "The quantity must be 1.000.000 or less" },
    { raw: "1,5", locale: "en-US", error: "Enter the quantity as a number, for example 2.5" },
    { raw: "1.5", locale: "de-DE", error: "Enter the quantity as a number, for example 2,5" },
    { raw: "1e3", locale: "en-US", error: "Enter the quantity as a number, for example 2.5" },
    { raw: "two", locale: "en-US", error: "Enter the quantity as a number, for example 2.5" },
    { raw: "Infinity", locale: "en-US", error: "Enter the quantity as a number, for example 2.5" },
    { raw: "3 hours", locale: "en-US", error: "Enter the quantity as a number, for example 2.5" },
  ])("$raw ($locale) → $error", ({ raw, locale, error }) => {
    expect(parseQuantity(raw, locale)).toEqual({ ok: false, error });
  });
});

describe("formatQuantity", () => {
  it.each([
    { thousandths: 1_000, locale: "en-US", text: "1" },
    { thousandths: 1_500, locale: "en-US", text: "1.5" },
    { thousandths: 125, locale: "en-GB", text: "0.125" },
    { thousandths: 1_500, locale: "de-DE", text: "1,5" },
    { thousandths: 1_000_000_000, locale: "en-US", text: "1,000,000" },
    { thousandths: 1_234_567_890, locale: "de-DE", text: "1.234.567,89" },
    { thousandths: 1, locale: "fr-FR", text: "0,001" },
  ])("$thousandths ($locale) → $text", ({ thousandths, locale, text }) => {
    expect(formatQuantity(thousandths, locale)).toBe(text);
  });

  it("reads back to the same quantity in every number style", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_QUANTITY_THOUSANDTHS }), fc.constantFrom(...NUMBER_LOCALES.map((l) => l.code)), (thousandths, locale) => {
        expect(parseQuantity(formatQuantity(thousandths, locale), locale)).toEqual({ ok: true, value: thousandths });
      }),
    );
  });
});
