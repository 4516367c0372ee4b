import { describe, expect, it } from "vitest";
import { moneyOf } from "../../../src/domain/invoice/draft-money";

describe("moneyOf", () => {
  it.each([
    { name: "a known currency and number style", currency: "EUR", numberLocale: "de-DE", expected: { currency: "EUR", locale: "de-DE" } },
    { name: "a currency typed in lower case, with spaces", currency: " usd ", numberLocale: "en-US", expected: { currency: "USD", locale: "en-US" } },
    { name: "no currency yet", currency: "", numberLocale: "en-US", expected: null },
    { name: "a made-up currency", currency: "XYZ1", numberLocale: "en-US", expected: null },
    { name: "an unknown number style (an imported draft)", currency: "EUR", numberLocale: "xx-YY", expected: null },
    { name: "a hostile number style", currency: "EUR", numberLocale: "__proto__", expected: null },
  ])("$name", ({ currency, numberLocale, expected }) => {
    expect(moneyOf({ currency, numberLocale })).toEqual(expected);
  });
});
