import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, formatMoney } from "../../../src/domain/money/format-money";
import { MAX_MINOR } from "../../../src/domain/money/minor-units";
import { NUMBER_LOCALES } from "../../../src/domain/money/number-locales";
import { parseMoney } from "../../../src/domain/money/parse-money";

const NNBSP = "\u202f";
const NBSP = "\u00a0";
const ZWSP = "\u200b";

describe("parseMoney: accepted input", () => {
  it.each([
    { name: "#1 en-US with a comma group and a dot decimal", raw: "1,234.56", currency: "USD", locale: "en-US", minor: 123456 },
    { name: "#1 de-DE with a dot group and a comma decimal", raw: "1.234,56", currency: "EUR", locale: "de-DE", minor: 123456 },
    { name: "#1 fr-FR with a narrow no-break space group", raw: `1${NNBSP}234,56`, currency: "EUR", locale: "fr-FR", minor: 123456 },
    { name: "#1 fr-FR with a no-break space group", raw: `1${NBSP}234,56`, currency: "EUR", locale: "fr-FR", minor: 123456 },
    { name: "#1 fr-FR with a plain space group", raw: "1 234,56", currency: "EUR", locale: "fr-FR", minor: 123456 },
    { name: "#1 de-CH with an ASCII apostrophe group", raw: "1'234.56", currency: "CHF", locale: "de-CH", minor: 123456 },
    { name: "#1 de-CH with a typographic apostrophe group (as in the locale's label)", raw: "1’234.56", currency: "CHF", locale: "de-CH", minor: 123456 },
    { name: "#1 de-CH with the code and a typographic apostrophe", raw: "CHF 1’234.50", currency: "CHF", locale: "de-CH", minor: 123450 },
    { name: "#1 sv-SE with a space group", raw: "1 234,56", currency: "SEK", locale: "sv-SE", minor: 123456 },
    { name: "#1 en-US with no group separator", raw: "1234.56", currency: "USD", locale: "en-US", minor: 123456 },
    { name: "#1 several groups", raw: "12,345,678.90", currency: "USD", locale: "en-US", minor: 1234567890 },
    { name: "#3 euro sign and spaces", raw: "€ 1 500", currency: "EUR", locale: "en-US", minor: 150000 },
    { name: "#3 leading and trailing spaces", raw: " 1500 ", currency: "EUR", locale: "en-US", minor: 150000 },
    { name: "#3 trailing ISO code", raw: "1500 EUR", currency: "EUR", locale: "en-US", minor: 150000 },
    { name: "#3 lower-case ISO code", raw: "1500 eur", currency: "EUR", locale: "en-US", minor: 150000 },
    { name: "#3 trailing no-break space", raw: `1500${NBSP}`, currency: "EUR", locale: "en-US", minor: 150000 },
    { name: "#3 trailing zero-width space", raw: `1500${ZWSP}`, currency: "EUR", locale: "en-US", minor: 150000 },
    { name: "#3 zero-width space inside the number", raw: `1${ZWSP}500`, currency: "EUR", locale: "en-US", minor: 150000 },
    { name: "#3 dollar sign", raw: "$1,234.56", currency: "USD", locale: "en-US", minor: 123456 },
    { name: "#3 fr-CA's US-dollar symbol, which contains a no-break space", raw: `1 500,00 $${NBSP}US`, currency: "USD", locale: "fr-CA", minor: 150000 },
    { name: "#3 euro sign after the amount in de-DE", raw: "1.234,56 €", currency: "EUR", locale: "de-DE", minor: 123456 },
    { name: "#8 KWD with three decimals", raw: "1.234", currency: "KWD", locale: "en-US", minor: 1234 },
    { name: "#8 JPY whole number", raw: "1,500", currency: "JPY", locale: "en-US", minor: 1500 },
    { name: "#8 EUR with one decimal", raw: "12.3", currency: "EUR", locale: "en-US", minor: 1230 },
    { name: "#8 a trailing decimal mark", raw: "12.", currency: "EUR", locale: "en-US", minor: 1200 },
    { name: "#8 a leading decimal mark", raw: ".5", currency: "EUR", locale: "en-US", minor: 50 },
    { name: "#12 Arabic-Indic digits", raw: "١٢٣٤", currency: "USD", locale: "en-US", minor: 123400 },
    { name: "#12 Persian digits", raw: "۱۲۳۴", currency: "USD", locale: "en-US", minor: 123400 },
    { name: "#12 full-width digits", raw: "１２３４", currency: "USD", locale: "en-US", minor: 123400 },
    { name: "#12 full-width digits and separators", raw: "１，２３４．５", currency: "USD", locale: "en-US", minor: 123450 },
    { name: "leading zeros", raw: "007.50", currency: "USD", locale: "en-US", minor: 750 },
    { name: "an explicit plus sign", raw: "+25", currency: "USD", locale: "en-US", minor: 2500 },
    { name: "#10 exactly the maximum", raw: "100,000,000,000.00", currency: "USD", locale: "en-US", minor: MAX_MINOR },
  ])("$name: $raw → $minor", ({ raw, currency, locale, minor }) => {
    expect(parseMoney(raw, currency, locale)).toEqual({ ok: true, value: minor });
  });

  it.each([
    { name: "#5 0 is allowed by default", raw: "0", options: {} },
    { name: "#5 0.00 is allowed when explicitly free", raw: "0.00", options: { allowZero: true } },
  ])("$name", ({ raw, options }) => {
    expect(parseMoney(raw, "USD", "en-US", options)).toEqual({ ok: true, value: 0 });
  });
});

describe("parseMoney: rejected input", () => {
  it.each([
    { name: "#2 1,234 in de-DE is 1 euro 234 cents, too many decimals", raw: "1,234", currency: "EUR", locale: "de-DE", message: "EUR has 2 decimal places: enter the amount with no more than 2, for example 1.234,50" },
    { name: "#2 1,5 in en-US looks like a decimal comma", raw: "1,5", currency: "USD", locale: "en-US", message: "in this format: 1,234.50" },
    { name: "#2 1.5 in de-DE looks like a decimal point", raw: "1.5", currency: "EUR", locale: "de-DE", message: "in this format: 1.234,50" },
    { name: "#2 a comma after the decimal point in en-US", raw: "1.234,5", currency: "USD", locale: "en-US", message: "in this format" },
    { name: "#2 a group of two digits", raw: "1,23,456", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#2 two decimal marks", raw: "1.2.3", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#2 a leading group mark", raw: ",123", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#4 hyphen-minus", raw: "-500", currency: "USD", locale: "en-US", message: "0 or more" },
    { name: "#4 U+2212 minus sign", raw: "−500", currency: "USD", locale: "en-US", message: "0 or more" },
    { name: "#4 en dash as a minus", raw: "–500", currency: "USD", locale: "en-US", message: "0 or more" },
    { name: "#4 minus after a currency sign", raw: "$ -500", currency: "USD", locale: "en-US", message: "0 or more" },
    { name: "#6 1e308", raw: "1e308", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#6 1e309", raw: "1e309", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#6 Infinity", raw: "Infinity", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#6 NaN", raw: "NaN", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#6 hex 0x10", raw: "0x10", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#6 underscore 1_000", raw: "1_000", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#6 a trailing minus", raw: "5-", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#6 two plus signs", raw: "++5", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#6 a decimal mark alone", raw: ".", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "#7 empty", raw: "", currency: "USD", locale: "en-US", message: "Enter the amount" },
    { name: "#7 only spaces", raw: "   ", currency: "USD", locale: "en-US", message: "Enter the amount" },
    { name: "#7 only a currency sign", raw: "€", currency: "EUR", locale: "en-US", message: "Enter the amount" },
    { name: "#7 only no-break and zero-width spaces", raw: `${NBSP}${ZWSP}`, currency: "EUR", locale: "en-US", message: "Enter the amount" },
    { name: "#8 12.345 EUR", raw: "12.345", currency: "EUR", locale: "en-US", message: "EUR has 2 decimal places" },
    { name: "#8 100.5 JPY", raw: "100.5", currency: "JPY", locale: "en-US", message: "JPY has no decimal places" },
    { name: "#8 1.2345 KWD", raw: "1.2345", currency: "KWD", locale: "en-US", message: "KWD has 3 decimal places" },
    { name: "#9 1.005 USD is not silently rounded", raw: "1.005", currency: "USD", locale: "en-US", message: "USD has 2 decimal places" },
    { name: "#10 one cent above the maximum", raw: "100000000000.01", currency: "USD", locale: "en-US", message: "or less" },
    { name: "#10 a 17-digit number", raw: "99999999999999999", currency: "USD", locale: "en-US", message: "too large" },
    { name: "#10 300 digits", raw: "9".repeat(300), currency: "USD", locale: "en-US", message: "too large" },
    { name: "a letter in the amount", raw: "12a", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
    { name: "another currency's sign", raw: "£12", currency: "USD", locale: "en-US", message: "digits 0–9 only" },
  ])("$name: $raw", ({ raw, currency, locale, message }) => {
    const result = parseMoney(raw, currency, locale);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it.each([
    { name: "#5 0 for a rate", raw: "0" },
    { name: "#5 0.00 for a rate", raw: "0.00" },
    { name: "#5 $0 for a rate", raw: "$0" },
  ])("$name is rejected when 0 is not allowed", ({ raw }) => {
    expect(parseMoney(raw, "USD", "en-US", { allowZero: false, label: "the hourly rate" })).toEqual({
      ok: false,
      error: "The hourly rate must be more than 0",
    });
  });

  it("#7 names the field in the message and never returns 0", () => {
    expect(parseMoney("", "USD", "en-US", { label: "the fixed fee" })).toEqual({ ok: false, error: "Enter the fixed fee" });
    expect(parseMoney("  ", "USD", "en-US", { allowZero: true })).toEqual({ ok: false, error: "Enter the amount" });
  });

  it("#4 says the amount must be 0 or more", () => {
    expect(parseMoney("-500", "USD", "en-US", { label: "the fixed fee" })).toEqual({
      ok: false,
      error: "Enter an amount of 0 or more for the fixed fee",
    });
  });
});

describe("parseMoney: properties", () => {
  const locales = NUMBER_LOCALES.map((l) => l.code);
  const currencies = ["USD", "EUR", "GBP", "CHF", "JPY", "KWD", "SEK"];

  it("reads back what formatAmount prints, for every offered number style and several currencies", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_MINOR }),
        fc.constantFrom(...locales),
        fc.constantFrom(...currencies),
        (minor, locale, currency) => {
          expect(parseMoney(formatAmount(minor, currency, locale), currency, locale)).toEqual({ ok: true, value: minor });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads back what formatMoney prints, symbol included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_MINOR }),
        fc.constantFrom(...locales),
        fc.constantFrom("USD", "EUR", "GBP", "CHF", "JPY"),
        (minor, locale, currency) => {
          expect(parseMoney(formatMoney(minor, currency, locale), currency, locale)).toEqual({ ok: true, value: minor });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws and only ever returns a safe integer in range", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(...locales), fc.constantFrom(...currencies), (raw, locale, currency) => {
        const result = parseMoney(raw, currency, locale);
        if (result.ok) {
          expect(Number.isSafeInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(MAX_MINOR);
        } else {
          expect(result.error).not.toBe("");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("rejects anything above the maximum", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(MAX_MINOR) + 1n, max: 10n ** 30n }), (minor) => {
        const text = String(minor);
        const raw = `${text.slice(0, -2)}.${text.slice(-2)}`;
        expect(parseMoney(raw, "USD", "en-US").ok).toBe(false);
      }),
    );
  });
});

describe("parseMoney: a currency sign only counts at either end", () => {
  it.each([
    ["1$000", "USD", "en-US"],
    ["1€000", "EUR", "de-DE"],
    ["12 EUR 5", "EUR", "de-DE"],
  ])("%s is rejected, not read as a thousand", (raw, currency, locale) => {
    expect(parseMoney(raw, currency, locale).ok).toBe(false);
  });
  it.each([
    ["$1,000", "USD", "en-US", 100000],
    ["1.000 €", "EUR", "de-DE", 100000],
    [" EUR 12,50 ", "EUR", "de-DE", 1250],
  ])("%s at the ends is still ignored", (raw, currency, locale, minor) => {
    expect(parseMoney(raw, currency, locale)).toEqual({ ok: true, value: minor });
  });
});
