import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPercent } from "../../../src/domain/percent/format-percent";
import { parsePercent } from "../../../src/domain/percent/parse-percent";

// ICU versions differ on which no-break space goes before "%"; compare them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatPercent", () => {
  it.each([
    { bp: 150, locale: "en-US", expected: "1.5%" },
    { bp: 150, locale: "de-DE", expected: "1,5 %" },
    { bp: 3333, locale: "en-US", expected: "33.33%" },
    { bp: 3333, locale: "fr-FR", expected: "33,33 %" },
    { bp: 10_000, locale: "en-US", expected: "100%" },
    { bp: 11_000, locale: "en-US", expected: "110%" },
    { bp: 9999, locale: "en-US", expected: "99.99%" },
    { bp: 1, locale: "en-US", expected: "0.01%" },
    { bp: 0, locale: "en-US", expected: "0%" },
  ])("$bp basis points in $locale → $expected", ({ bp, locale, expected }) => {
    expect(plain(formatPercent(bp, locale))).toBe(expected);
  });

  it.each([
    { value: 8_875, locale: "en-US", expected: "8.875%" },
    { value: 19_000, locale: "en-US", expected: "19%" },
    { value: 8_875, locale: "fr-FR", expected: "8,875 %" },
    { value: 1, locale: "en-US", expected: "0.001%" },
  ])("$value thousandths of a percent (3 decimals) in $locale → $expected", ({ value, locale, expected }) => {
    expect(plain(formatPercent(value, locale, 3))).toBe(expected);
  });

  it("round-trips through parsePercent for every whole number of basis points up to 1000%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom("en-US", "de-DE", "fr-FR", "de-CH", "sv-SE"), (bp, locale) => {
        expect(parsePercent(formatPercent(bp, locale), locale, { max: 100_000 })).toEqual({ ok: true, value: bp });
      }),
      { numRuns: 500 },
    );
  });
});
