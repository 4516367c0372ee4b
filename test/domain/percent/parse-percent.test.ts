import { describe, expect, it } from "vitest";
import { parsePercent } from "../../../src/domain/percent/parse-percent";

describe("parsePercent: accepted", () => {
  it.each([
    { name: "a whole percent", raw: "30", locale: "en-US", options: {}, bp: 3000 },
    { name: "one decimal", raw: "1.5", locale: "en-US", options: {}, bp: 150 },
    { name: "two decimals", raw: "33.33", locale: "en-US", options: {}, bp: 3333 },
    { name: "the smallest step", raw: "0.01", locale: "en-US", options: {}, bp: 1 },
    { name: "de-DE decimal comma and a spaced percent sign", raw: "1,5 %", locale: "de-DE", options: {}, bp: 150 },
    { name: "fr-FR with a narrow no-break space before %", raw: "33,33\u202f%", locale: "fr-FR", options: {}, bp: 3333 },
    { name: "a percent sign", raw: "5%", locale: "en-US", options: {}, bp: 500 },
    { name: "a full-width percent sign", raw: "5％", locale: "en-US", options: {}, bp: 500 },
    { name: "#12 Arabic-Indic digits and percent sign", raw: "٥٪", locale: "en-US", options: {}, bp: 500 },
    { name: "exactly 100%", raw: "100", locale: "en-US", options: {}, bp: 10_000 },
    { name: "above 100% when the max allows it", raw: "150", locale: "en-US", options: { max: 100_000 }, bp: 15_000 },
    { name: "#5 0 when allowZero", raw: "0", locale: "en-US", options: { allowZero: true }, bp: 0 },
    { name: "leading spaces", raw: "  7 ", locale: "en-US", options: {}, bp: 700 },
    { name: "three decimals when asked for (thousandths of a percent)", raw: "8.875", locale: "en-US", options: { decimals: 3 as const }, bp: 8_875 },
    { name: "a whole percent with three decimals asked for", raw: "19", locale: "en-US", options: { decimals: 3 as const }, bp: 19_000 },
  ])("$name: '$raw' → $bp basis points", ({ raw, locale, options, bp }) => {
    expect(parsePercent(raw, locale, options)).toEqual({ ok: true, value: bp });
  });
});

describe("parsePercent: rejected", () => {
  it.each([
    { name: "#7 empty", raw: "", locale: "en-US", options: {}, message: "Enter the percentage" },
    { name: "#7 spaces", raw: "   ", locale: "en-US", options: {}, message: "Enter the percentage" },
    { name: "three decimals", raw: "1.555", locale: "en-US", options: {}, message: "no more than 2 decimal places" },
    { name: "#5 zero by default", raw: "0", locale: "en-US", options: {}, message: "more than 0%" },
    { name: "#5 0.00 by default", raw: "0.00", locale: "en-US", options: {}, message: "more than 0%" },
    { name: "#4 negative", raw: "-1", locale: "en-US", options: {}, message: "0 or more" },
    { name: "#4 U+2212 negative", raw: "−1", locale: "en-US", options: {}, message: "0 or more" },
    { name: "#13 just over 100%", raw: "100.01", locale: "en-US", options: {}, message: "100% or less" },
    { name: "above a custom max", raw: "51", locale: "en-US", options: { max: 5_000 }, message: "50% or less" },
    { name: "four decimals when three are asked for", raw: "8.8755", locale: "en-US", options: { decimals: 3 as const }, message: "no more than 3 decimal places" },
    { name: "over 100% with three decimals", raw: "100.001", locale: "en-US", options: { decimals: 3 as const }, message: "100% or less" },
    { name: "a huge number", raw: "12345678", locale: "en-US", options: { max: 100_000 }, message: "1000% or less" },
    { name: "#6 exponent", raw: "1e2", locale: "en-US", options: {}, message: "as a number, for example 12.50" },
    { name: "#6 NaN", raw: "NaN", locale: "en-US", options: {}, message: "as a number" },
    { name: "#2 comma decimal in en-US", raw: "1,5", locale: "en-US", options: {}, message: "as a number, for example 12.50" },
    { name: "#2 dot decimal in de-DE", raw: "1.5", locale: "de-DE", options: {}, message: "as a number, for example 12,50" },
  ])("$name: '$raw'", ({ raw, locale, options, message }) => {
    const result = parsePercent(raw, locale, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it("names the field", () => {
    expect(parsePercent("", "en-US", { label: "the deposit" })).toEqual({ ok: false, error: "Enter the deposit" });
  });
});

describe("parsePercent: the percent sign only counts at either end", () => {
  it("rejects 1%5 instead of reading 15%", () => expect(parsePercent("1%5", "en-US").ok).toBe(false));
  it.each([["15%"], ["% 15"], [" 15 % "]])("accepts %s", (raw) => expect(parsePercent(raw, "en-US")).toEqual({ ok: true, value: 1500 }));
});
