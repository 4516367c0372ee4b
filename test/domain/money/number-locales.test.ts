import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/domain/money/parse-money";
import { NUMBER_LOCALES, isNumberLocale, numberLocaleFor } from "../../../src/domain/money/number-locales";

describe("numberLocaleFor", () => {
  it.each([
    { language: "en-US", expected: "en-US" },
    { language: "EN-gb", expected: "en-GB" },
    { language: "de-AT", expected: "de-DE" },
    { language: "fr", expected: "fr-FR" },
    { language: "ja-JP", expected: "en-US" },
    { language: "", expected: "en-US" },
  ])("$language → $expected", ({ language, expected }) => {
    expect(numberLocaleFor(language)).toBe(expected);
  });
});

describe("isNumberLocale", () => {
  it.each([
    { code: "de-CH", expected: true },
    { code: "en-IN", expected: false },
    { code: "", expected: false },
  ])("$code → $expected", ({ code, expected }) => {
    expect(isNumberLocale(code)).toBe(expected);
  });
});

describe("NUMBER_LOCALES labels", () => {
  // Each label starts with an example a user may copy; it must parse in its own locale.
  it.each(NUMBER_LOCALES.map((l) => ({ code: l.code, example: l.label.split(" (")[0]! })))("$code reads its own example '$example'", ({ code, example }) => {
    expect(parseMoney(example, "EUR", code)).toEqual({ ok: true, value: 123456 });
  });
});
