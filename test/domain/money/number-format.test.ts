import { describe, expect, it } from "vitest";
import { exampleFor, localeSeparators, normaliseDigits, readNumberText } from "../../../src/domain/money/number-format";

describe("localeSeparators", () => {
  it.each([
    { locale: "en-US", group: ",", decimal: "." },
    { locale: "en-GB", group: ",", decimal: "." },
    { locale: "de-DE", group: ".", decimal: "," },
    { locale: "es-ES", group: ".", decimal: "," },
    { locale: "fr-FR", group: "\u202f", decimal: "," },
  ])("$locale groups with '$group' and marks decimals with '$decimal'", ({ locale, group, decimal }) => {
    expect(localeSeparators(locale)).toEqual({ group, decimal });
  });

  it("de-CH groups with an apostrophe (ASCII or typographic, depending on the ICU version)", () => {
    const { group, decimal } = localeSeparators("de-CH");
    expect(["'", "\u2019"]).toContain(group);
    expect(decimal).toBe(".");
  });
});

describe("normaliseDigits", () => {
  it.each([
    { name: "#12 Arabic-Indic", raw: "٠١٢٣٤٥٦٧٨٩", expected: "0123456789" },
    { name: "#12 extended Arabic-Indic (Persian)", raw: "۰۱۲۳۴۵۶۷۸۹", expected: "0123456789" },
    { name: "#12 full-width", raw: "０１２３４５６７８９", expected: "0123456789" },
    { name: "ASCII digits and other characters are left alone", raw: "a1.2,3", expected: "a1.2,3" },
  ])("$name", ({ raw, expected }) => {
    expect(normaliseDigits(raw)).toBe(expected);
  });
});

describe("readNumberText", () => {
  it.each([
    { name: "empty", raw: "", locale: "en-US", expected: { kind: "empty" } },
    { name: "spaces only", raw: " \u00a0\u202f\u200b", locale: "en-US", expected: { kind: "empty" } },
    { name: "#4 hyphen-minus", raw: "-1", locale: "en-US", expected: { kind: "negative" } },
    { name: "#4 U+2212 minus", raw: "\u22121", locale: "en-US", expected: { kind: "negative" } },
    { name: "#4 full-width hyphen-minus", raw: "\uff0d1", locale: "en-US", expected: { kind: "negative" } },
    { name: "#6 exponent", raw: "1e5", locale: "en-US", expected: { kind: "invalid" } },
    { name: "#6 underscore", raw: "1_000", locale: "en-US", expected: { kind: "invalid" } },
    { name: "whole and fraction", raw: "1,234.5", locale: "en-US", expected: { kind: "number", whole: "1234", fraction: "5" } },
    { name: "fraction only", raw: ".25", locale: "en-US", expected: { kind: "number", whole: "0", fraction: "25" } },
    { name: "#2 comma decimal in en-US", raw: "1,5", locale: "en-US", expected: { kind: "ambiguous", example: "1,234.50" } },
    { name: "#2 dot decimal in de-DE", raw: "1.5", locale: "de-DE", expected: { kind: "ambiguous", example: "1.234,50" } },
    { name: "#2 comma after the dot in en-US", raw: "1.5,0", locale: "en-US", expected: { kind: "ambiguous", example: "1,234.50" } },
    { name: "space-grouped in en-US", raw: "1 234", locale: "en-US", expected: { kind: "number", whole: "1234", fraction: "" } },
    { name: "badly space-grouped", raw: "12 34", locale: "en-US", expected: { kind: "ambiguous", example: "1,234.50" } },
    { name: "de-CH typographic apostrophe", raw: "1’234.5", locale: "de-CH", expected: { kind: "number", whole: "1234", fraction: "5" } },
    { name: "de-CH ASCII apostrophe", raw: "1'234.5", locale: "de-CH", expected: { kind: "number", whole: "1234", fraction: "5" } },
    { name: "an apostrophe is not a group mark in en-US", raw: "1'234", locale: "en-US", expected: { kind: "invalid" } },
  ])("$name: '$raw'", ({ raw, locale, expected }) => {
    expect(readNumberText(raw, locale)).toEqual(expected);
  });

  it("removes the `strip` pattern before reading", () => {
    expect(readNumberText("USD 12", "en-US", /USD/g)).toEqual({ kind: "number", whole: "12", fraction: "" });
  });
});

describe("exampleFor", () => {
  it.each([
    { locale: "en-US", expected: "1,234.50" },
    { locale: "de-DE", expected: "1.234,50" },
  ])("$locale → $expected", ({ locale, expected }) => {
    expect(exampleFor(locale)).toBe(expected);
  });
});
