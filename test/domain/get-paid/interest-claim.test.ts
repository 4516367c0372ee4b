import { describe, expect, it } from "vitest";
import { caseInterest, claimSentence } from "../../../src/domain/get-paid/interest-claim";
import { overdueCase } from "../../support/overdue-case";

// The sample case: £2,400.00 due 1 April 2027, £400.00 paid on 10 April, worked out on 20 April 2027.

describe("caseInterest", () => {
  it("the contract's terms when it set none: nothing to add", () => {
    const interest = caseInterest(overdueCase());
    expect(interest.kind === "result" && [interest.result.totalClaimableMinor, interest.result.outstandingMinor]).toEqual([0, 200_000]);
    expect(claimSentence(overdueCase(), interest)).toBeUndefined();
  });

  it("UK statutory interest on the balance as it stood each day, with the £70 compensation band", () => {
    const overdue = overdueCase((d) => (d.claim.regime = "uk"));
    const interest = caseInterest(overdue);
    if (interest.kind !== "result") throw new Error(interest.kind);
    // 11.75% (Bank Rate 3.75% + 8): 2 to 10 April on £2,400.00 = 9 days → 240000 × 0.1175 × 9 / 365 = 695.34 → 695;
    // 11 to 20 April on £2,000.00 = 10 days → 200000 × 0.1175 × 10 / 365 = 643.84 → 644.
    expect(interest.result.segments.map((s) => [s.from, s.to, s.days, s.balanceMinor, s.rateBp, s.interestMinor])).toEqual([
      ["2027-04-02", "2027-04-10", 9, 240_000, 1_175, 695],
      ["2027-04-11", "2027-04-20", 10, 200_000, 1_175, 644],
    ]);
    expect([interest.result.compensation.amountMinor, interest.result.totalClaimableMinor, interest.result.totalDueMinor]).toEqual([7_000, 8_339, 208_339]);
    expect(claimSentence(overdue, interest)).toBe(
      "Under the Late Payment of Commercial Debts (Interest) Act 1998, late payment adds interest of £13.39 and fixed compensation of £70.00 to the £2,000.00 still owed, £2,083.39 in all.",
    );
  });

  it("statutory interest is for business clients only", () => {
    const interest = caseInterest(overdueCase((d) => Object.assign(d.claim, { regime: "uk", businessClient: false })));
    expect(interest).toEqual({ kind: "not-applicable", reason: expect.stringMatching(/between businesses/) });
  });

  it("a rate the user enters replaces the history, negative ones included", () => {
    const interest = caseInterest(overdueCase((d) => Object.assign(d.claim, { regime: "de", referenceRateOverride: "-0.88" })));
    expect(interest.kind === "result" && interest.result.segments.map((s) => s.rateBp)).toEqual([812, 812]);
  });

  it("a debt older than the rate history asks for the rate, on the override field", () => {
    const overdue = overdueCase((d) => {
      d.claim.regime = "uk";
      d.invoice.issueDate = "2008-01-01";
      d.invoice.dueDate = "2008-02-01";
      d.invoice.partialPayments = [];
    });
    const interest = caseInterest(overdue);
    expect(interest).toEqual({ kind: "problem", field: "claim.referenceRateOverride", message: expect.stringMatching(/Enter the reference rate yourself/) });
  });
});

describe("the rule as a sentence names it after \"under\"", () => {
  it.each([
    ["uk", "GBP", "Under the Late Payment of Commercial Debts (Interest) Act 1998, late payment adds"],
    ["eu", "EUR", "Under the Late Payment Directive 2011/7/EU, late payment adds"],
    ["de", "EUR", "Under § 288(2) of the Bürgerliches Gesetzbuch (BGB), late payment adds"],
    ["fr", "EUR", "Under article L441-10 of the Code de commerce, late payment adds"],
  ] as const)("%s", (regime, currency, start) => {
    const overdue = overdueCase((d) => {
      d.claim.regime = regime;
      d.invoice.currency = currency;
    });
    expect(claimSentence(overdue, caseInterest(overdue))!.startsWith(start)).toBe(true);
  });
});

describe("caseInterest: which rules fit the invoice", () => {
  it("a consumer client: the business rates don't apply, and the consumer defaults are named", () => {
    const interest = caseInterest(overdueCase((d) => Object.assign(d.claim, { regime: "de", businessClient: false })));
    expect(interest.kind === "not-applicable" && interest.reason).toMatch(/BGB § 288\(1\).*Code civil art\. 1231-6/);
  });

  it.each([
    ["SEK without a rate: the national central bank's rate is asked for", "SEK", "", "problem"],
    ["SEK with the rate entered", "SEK", "1.75", "result"],
    ["EUR: the ECB rate from the history", "EUR", "", "result"],
  ])("the EU minimum, %s", (_what, currency, override, kind) => {
    const overdue = overdueCase((d) => {
      d.invoice.currency = currency;
      d.invoice.numberLocale = "en-GB";
      Object.assign(d.claim, { regime: "eu", referenceRateOverride: override });
    });
    expect(caseInterest(overdue).kind).toBe(kind);
  });
});
