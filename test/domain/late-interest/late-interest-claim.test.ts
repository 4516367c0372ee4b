import { describe, expect, it } from "vitest";
import { LateInterestClaim } from "../../../src/domain/late-interest/late-interest-claim";

const uk = {
  regime: "uk",
  currency: "GBP",
  amountMinor: 100_000,
  dueDate: "2024-01-31",
  calculationDate: "2024-03-31",
  payments: [],
  referenceRateOverrideBp: null,
};
const contract = {
  regime: "contract",
  currency: "USD",
  amountMinor: 100_000,
  dueDate: "2024-01-31",
  calculationDate: "2024-03-31",
  payments: [],
  terms: { kind: "percent-per-month", basisPoints: 150, graceDays: 0, cap: null },
};

describe("LateInterestClaim", () => {
  it.each<[string, unknown]>([
    ["a UK claim", uk],
    ["a contract claim", contract],
    ["an 'other' claim with a US state", { ...contract, regime: "other", usState: "NY" }],
    ["a claim with payments", { ...uk, payments: [{ date: "2024-02-10", amountMinor: 5_000 }] }],
    ["a UK claim older than our rates, with the rate entered", { ...uk, dueDate: "2005-01-31", referenceRateOverrideBp: 475 }],
    ["a negative entered rate", { ...uk, referenceRateOverrideBp: -50 }],
    ["a German claim due on the last day of 2014 (interest from 1 January 2015)", { ...uk, regime: "de", currency: "EUR", dueDate: "2014-12-31" }],
  ])("accepts %s", (_label, input) => {
    expect(LateInterestClaim.safeParse(input).success).toBe(true);
  });

  it.each<[string, unknown, string, string]>([
    ["an unknown regime", { ...uk, regime: "mars" }, "regime", "Choose how late interest is worked out: contract, uk, eu, de, fr or other"],
    ["a zero amount", { ...uk, amountMinor: 0 }, "amountMinor", "The invoice amount must be more than 0"],
    ["a fractional amount", { ...uk, amountMinor: 10.5 }, "amountMinor", "Enter the invoice amount as a whole number of the currency's smallest unit (cents, pence)"],
    ["a huge amount", { ...uk, amountMinor: 10 ** 14 }, "amountMinor", "The invoice amount is too large"],
    ["a date that does not exist", { ...uk, dueDate: "2023-02-29" }, "dueDate", "Enter a real date (YYYY-MM-DD)"],
    ["a date in another format", { ...uk, calculationDate: "31/03/2024" }, "calculationDate", "Enter a real date (YYYY-MM-DD)"],
    ["an unknown currency", { ...uk, currency: "ABC" }, "currency", "Choose a currency from the list (an ISO 4217 code such as USD, EUR or JPY)"],
    ["a payment of 0", { ...uk, payments: [{ date: "2024-02-10", amountMinor: 0 }] }, "payments.0.amountMinor", "The payment must be more than 0"],
    ["a payment with a bad date", { ...uk, payments: [{ date: "2024-13-01", amountMinor: 1 }] }, "payments.0.date", "Enter a real date (YYYY-MM-DD)"],
    [
      "too many payments",
      { ...uk, payments: Array.from({ length: 101 }, () => ({ date: "2024-02-10", amountMinor: 1 })) },
      "payments",
      "Enter at most 100 payments",
    ],
    ["an entered rate above 50%", { ...uk, referenceRateOverrideBp: 5_001 }, "referenceRateOverrideBp", "The reference rate cannot be above 50%"],
    ["an entered rate below -10%", { ...uk, referenceRateOverrideBp: -1_001 }, "referenceRateOverrideBp", "The reference rate cannot be below -10%"],
    ["an entered rate that is not whole basis points", { ...uk, referenceRateOverrideBp: 4.255 }, "referenceRateOverrideBp", "Enter the reference rate as a percentage, such as 4.25"],
    [
      // Interest from 1 January 2009 takes the Bank Rate of 31 December 2008: before our history (5 March 2009).
      "a UK debt older than our Bank Rate history",
      { ...uk, dueDate: "2008-12-31" },
      "dueDate",
      "Our reference rates for this rule start on 5 March 2009, after the date that applies to this debt. Enter the reference rate yourself.",
    ],
    [
      "a French debt older than our ECB history",
      { ...uk, regime: "fr", currency: "EUR", dueDate: "2014-06-30" },
      "dueDate",
      "Our reference rates for this rule start on 10 September 2014, after the date that applies to this debt. Enter the reference rate yourself.",
    ],
    ["contract terms missing", { ...contract, terms: undefined }, "terms", ""],
    ["a contract rate of 0", { ...contract, terms: { ...contract.terms, basisPoints: 0 } }, "terms.basisPoints", "The monthly interest rate must be more than 0%"],
    ["an unknown US state", { ...contract, regime: "other", usState: "XX" }, "usState", "Choose a US state from the list, or none"],
  ])("rejects %s", (_label, input, path, message) => {
    const result = LateInterestClaim.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join(".") === path);
    expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
    if (message !== "") expect(issue!.message).toBe(message);
  });
});
