import { describe, expect, it } from "vitest";
import { currencyForLocale } from "../../../src/domain/money/currency-for-locale";
import { isCurrencyCode } from "../../../src/domain/money/currency";
import { NUMBER_LOCALES } from "../../../src/domain/money/number-locales";

describe("currencyForLocale", () => {
  it.each([
    ["en-GB", "GBP"],
    ["de-DE", "EUR"],
    ["fr-CA", "CAD"],
    ["de-CH", "CHF"],
    ["en-US", "USD"],
    ["xx-XX", "USD"],
    ["__proto__", "USD"],
    ["", "USD"],
  ])("%j → %s", (locale, currency) => {
    expect(currencyForLocale(locale)).toBe(currency);
  });

  it("gives a real currency for every number style the forms offer", () => {
    for (const { code } of NUMBER_LOCALES) expect(isCurrencyCode(currencyForLocale(code)), code).toBe(true);
  });
});
