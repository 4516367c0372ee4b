import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../../../src/domain/dates/calendar-date";
import { LateInterestClaim } from "../../../src/domain/late-interest/late-interest-claim";
import { lateInterest } from "../../../src/domain/late-interest/late-interest";
import { lateFeeAmount } from "../../../src/domain/terms/late-fee-amount";
import type { LateFeeTerms } from "../../../src/domain/terms/late-fee-terms";

// Builds a claim through the schema, so every example is also valid input.
function claim(input: Record<string, unknown>): LateInterestClaim {
  return LateInterestClaim.parse({ payments: [], ...input });
}
const uk = (amountMinor: number, dueDate: string, calculationDate: string, more: Record<string, unknown> = {}) =>
  claim({ regime: "uk", currency: "GBP", amountMinor, dueDate, calculationDate, referenceRateOverrideBp: null, ...more });
const euro = (regime: "eu" | "de" | "fr", amountMinor: number, dueDate: string, calculationDate: string, more: Record<string, unknown> = {}) =>
  claim({ regime, currency: "EUR", amountMinor, dueDate, calculationDate, referenceRateOverrideBp: null, ...more });
const contract = (terms: LateFeeTerms, amountMinor: number, dueDate: string, calculationDate: string, more: Record<string, unknown> = {}) =>
  claim({ regime: "contract", currency: "USD", amountMinor, dueDate, calculationDate, terms, ...more });
const table = (r: ReturnType<typeof lateInterest>) =>
  r.segments.map((s) => [s.from, s.to, s.days, s.balanceMinor, s.referenceRateBp, s.rateBp, s.interestMinor]);
const codes = (r: ReturnType<typeof lateInterest>) => r.warnings.map((w) => w.code);

describe("lateInterest: UK Late Payment of Commercial Debts (Interest) Act 1998", () => {
  it("uses the Bank Rate of 30 June for interest starting 1 July, fixed even after Bank Rate rose", () => {
    // Due 30 June 2023, so interest runs from 1 July 2023 (s. 4: the day after the due date).
    // Interest starting 1 July–31 December takes the Bank Rate in force on 30 June 2023: 5.00%
    // (from 22 June 2023). Statutory rate 5% + 8 = 13%, fixed for the life of the debt, although
    // Bank Rate went to 5.25% on 3 August 2023.
    // 1 July–30 September 2023 = 31 + 31 + 30 = 92 days. £1,000 × 13% × 92/365 = £32.767… → £32.77.
    // Compensation (s. 5A): a debt of £1,000 is in the £1,000–£9,999.99 band: £70.
    const r = lateInterest(uk(100_000, "2023-06-30", "2023-09-30"));
    expect(table(r)).toEqual([["2023-07-01", "2023-09-30", 92, 100_000, 500, 1300, 3277]]);
    expect(r.segments[0]!.why).toContain("Bank Rate in force on 30 June 2023 (5%) + 8 points, fixed for the whole debt");
    expect(r.compensation.amountMinor).toBe(7_000);
    expect(r.totalClaimableMinor).toBe(3277 + 7000);
    expect(r.outstandingMinor).toBe(100_000);
    expect(r.totalDueMinor).toBe(100_000 + 3277 + 7000);
    expect(r.rule.name).toBe("Late Payment of Commercial Debts (Interest) Act 1998");
    expect(r.referenceRate?.overridden).toBe(false);
  });

  it.each<[string, string, number]>([
    // Due 29 June 2023: interest starts 30 June 2023, in January–June, so the rate is the one on
    // 31 December 2022: 3.5% (from 15 December 2022) + 8 = 11.5%.
    ["interest starting 30 June takes 31 December's rate", "2023-06-29", 1150],
    // Due 31 December 2023: interest starts 1 January 2024 → Bank Rate on 31 December 2023: 5.25% + 8.
    ["interest starting 1 January takes 31 December's rate", "2023-12-31", 1325],
  ])("%s", (_label, dueDate, rate) => {
    const r = lateInterest(uk(100_000, dueDate, "2024-12-31"));
    expect(r.segments.map((s) => s.rateBp)).toEqual([rate]);
  });

  it.each<[string, number, number]>([
    // s. 5A(2): £40 for a debt under £1,000; £70 from £1,000 to under £10,000; £100 for £10,000 or more.
    ["£999.99", 99_999, 4_000],
    ["£1,000.00", 100_000, 7_000],
    ["£9,999.99", 999_999, 7_000],
    ["£10,000.00", 1_000_000, 10_000],
  ])("fixed compensation on a debt of %s", (_label, amount, expected) => {
    const r = lateInterest(uk(amount, "2024-01-31", "2024-02-10"));
    expect(r.compensation.amountMinor).toBe(expected);
    expect(r.compensation.source).toBe("Late Payment of Commercial Debts (Interest) Act 1998, s. 5A");
  });

  it("counts 29 February as one day at 1/365 of the yearly rate", () => {
    // Due 28 February 2024; interest starts 29 February 2024 (in January–June: Bank Rate on
    // 31 December 2023 = 5.25%; + 8 = 13.25%). One day on £36,500: 36,500 × 13.25% / 365 = £13.25
    // exactly. Dividing by 366 would give £13.21.
    const r = lateInterest(uk(3_650_000, "2024-02-28", "2024-02-29"));
    expect(table(r)).toEqual([["2024-02-29", "2024-02-29", 1, 3_650_000, 525, 1325, 1_325]]);
  });

  it("adds no compensation in another currency and says why", () => {
    const r = lateInterest(claim({ regime: "uk", currency: "EUR", amountMinor: 100_000, dueDate: "2024-01-31", calculationDate: "2024-02-29", referenceRateOverrideBp: null }));
    expect(r.compensation.amountMinor).toBe(0);
    expect(r.compensation.why).toContain("set in GBP");
    expect(r.compensation.why).toContain("this invoice is in EUR");
    expect(codes(r)).toContain("no-compensation-other-currency");
    expect(r.interestMinor).toBeGreaterThan(0);
  });

  it("gives no interest or compensation for an invoice paid on time", () => {
    const r = lateInterest(uk(100_000, "2024-01-31", "2024-03-31", { payments: [{ date: "2024-01-31", amountMinor: 100_000 }] }));
    expect(r.segments).toEqual([]);
    expect(r.totalClaimableMinor).toBe(0);
    expect(r.compensation.amountMinor).toBe(0);
  });

  it.each<[string, number, number]>([
    // An entered rate of -8% gives 0% and -9% gives -1%: no interest either way, never negative.
    ["a rate of exactly 0%", -800, 0],
    ["a negative rate", -900, -100],
  ])("%s earns nothing", (_label, override, rate) => {
    const r = lateInterest(uk(100_000, "2024-01-31", "2024-03-31", { referenceRateOverrideBp: override }));
    expect(r.segments[0]!.rateBp).toBe(rate);
    expect(r.segments[0]!.interestMinor).toBe(0);
    expect(r.segments[0]!.why).toContain("a rate of 0% or less earns no interest");
  });
});

describe("lateInterest: EU Directive 2011/7/EU", () => {
  it("splits at 1 July and uses the ECB rate of each half-year; a partial payment stops interest the day after", () => {
    // €1,000 due 31 January 2024; €400 paid on 29 February 2024 (a leap day); calculated to 31 July 2024.
    // 1 Feb–29 Feb: 29 days on €1,000 (the payment day still earns on the old balance) at the ECB
    //   rate of 1 January 2024 (4.50%) + 8 = 12.5%: 1,000 × 12.5% × 29/365 = €9.9315… → €9.93.
    // 1 Mar–30 Jun: 122 days on €600 at 12.5%: 600 × 12.5% × 122/365 = €25.068… → €25.07.
    // 1 Jul–31 Jul: 31 days on €600 at the ECB rate of 1 July 2024 (4.25%, from 12 June) + 8 = 12.25%:
    //   600 × 12.25% × 31/365 = €6.2424… → €6.24.
    const r = lateInterest(euro("eu", 100_000, "2024-01-31", "2024-07-31", { payments: [{ date: "2024-02-29", amountMinor: 40_000 }] }));
    expect(table(r)).toEqual([
      ["2024-02-01", "2024-02-29", 29, 100_000, 450, 1250, 993],
      ["2024-03-01", "2024-06-30", 122, 60_000, 450, 1250, 2507],
      ["2024-07-01", "2024-07-31", 31, 60_000, 425, 1225, 624],
    ]);
    expect(r.interestMinor).toBe(993 + 2507 + 624);
    expect(r.compensation.amountMinor).toBe(4_000);
    expect(r.outstandingMinor).toBe(60_000);
    expect(r.segments[2]!.why).toContain("The ECB rate in force on 1 July 2024 (4.25%) + 8 points, for July to December 2024");
  });

  it("uses one entered rate for every half-year and says it was overridden", () => {
    // Entered 3%: 3 + 8 = 11% in both halves, instead of the table's 12.5% and 12.25%.
    const r = lateInterest(euro("eu", 100_000, "2024-06-15", "2024-07-15", { referenceRateOverrideBp: 300 }));
    expect(r.segments.map((s) => [s.referenceRateBp, s.rateBp])).toEqual([
      [300, 1100],
      [300, 1100],
    ]);
    expect(r.referenceRate?.overridden).toBe(true);
    expect(codes(r)).toContain("info-reference-rate-overridden");
    expect(r.segments[0]!.why).toContain("Reference rate you entered (3%)");
  });

  it("warns when a reference date is after the date our figures are known good to", () => {
    const r = lateInterest(euro("eu", 100_000, "2026-07-31", "2026-09-30"));
    expect(codes(r)).toContain("reference-rate-after-as-of");
    expect(r.warnings.find((w) => w.code === "reference-rate-after-as-of")!.message).toContain("https://www.ecb.europa.eu/");
  });
});

describe("lateInterest: Germany, § 288(2) BGB", () => {
  it("splits a period across 1 July at the new Basiszinssatz", () => {
    // €10,000 due 15 June 2023, calculated to 20 July 2023.
    // 16–30 June: 15 days at Basiszinssatz 1.62% (from 1 January 2023) + 9 = 10.62%:
    //   10,000 × 10.62% × 15/365 = €43.643… → €43.64.
    // 1–20 July: 20 days at 3.12% (from 1 July 2023) + 9 = 12.12%: 10,000 × 12.12% × 20/365 = €66.410… → €66.41.
    // § 288(5): flat €40.
    const r = lateInterest(euro("de", 1_000_000, "2023-06-15", "2023-07-20"));
    expect(table(r)).toEqual([
      ["2023-06-16", "2023-06-30", 15, 1_000_000, 162, 1062, 4_364],
      ["2023-07-01", "2023-07-20", 20, 1_000_000, 312, 1212, 6_641],
    ]);
    expect(r.compensation).toMatchObject({ amountMinor: 4_000, source: "§ 288(5) BGB" });
    expect(r.totalClaimableMinor).toBe(4_364 + 6_641 + 4_000);
  });

  it("adds 9 points to a negative Basiszinssatz", () => {
    // €1,000 due 31 March 2020; April 2020 = 30 days at -0.88% + 9 = 8.12%:
    // 1,000 × 8.12% × 30/365 = €6.6739… → €6.67.
    const r = lateInterest(euro("de", 100_000, "2020-03-31", "2020-04-30"));
    expect(table(r)).toEqual([["2020-04-01", "2020-04-30", 30, 100_000, -88, 812, 667]]);
    expect(codes(r)).toContain("info-negative-reference-rate");
  });
});

describe("lateInterest: France, Code de commerce art. L441-10", () => {
  it("charges the ECB rate + 10 points on the amount including VAT", () => {
    // Invoice €1,000 + 20% TVA = €1,200 TTC, due 31 March 2024, calculated to 30 April 2024: 30 days.
    // Rate: ECB rate on 1 January 2024 (4.50%) + 10 = 14.5%. 1,200 × 14.5% × 30/365 = €14.3013… → €14.30
    // (on the €1,000 before VAT it would have been €11.92). D441-5: €40 indemnity.
    const r = lateInterest(euro("fr", 120_000, "2024-03-31", "2024-04-30"));
    expect(table(r)).toEqual([["2024-04-01", "2024-04-30", 30, 120_000, 450, 1450, 1_430]]);
    expect(r.compensation.amountMinor).toBe(4_000);
    expect(r.totalClaimableMinor).toBe(5_430);
    expect(r.rule.summary).toContain("including VAT");
  });
});

describe("lateInterest: contract terms", () => {
  const monthly = (basisPoints: number, graceDays: number, cap: number | null): LateFeeTerms => ({
    kind: "percent-per-month",
    basisPoints,
    graceDays,
    cap: cap === null ? null : { basisPoints: cap },
  });

  it("starts after the grace period and stops at the cap, also with a partial payment", () => {
    // 2% a month = 24% a year; 10 days' grace; at most 5% of the $1,000 invoice = $50.00.
    // Due 31 January 2025: interest from 11 February. $500 paid on 20 February 2025.
    // 11–20 Feb: 10 days on $1,000: 1,000 × 24% × 10/365 = $6.575… → $6.58.
    // 21 Feb–31 Dec: 314 days on $500: 500 × 24% × 314/365 = $103.23…, cut to the $43.42 left under the cap.
    const r = lateInterest(contract(monthly(200, 10, 500), 100_000, "2025-01-31", "2025-12-31", { payments: [{ date: "2025-02-20", amountMinor: 50_000 }] }));
    expect(table(r)).toEqual([
      ["2025-02-11", "2025-02-20", 10, 100_000, null, 2400, 658],
      ["2025-02-21", "2025-12-31", 314, 50_000, null, 2400, 4_342],
    ]);
    expect(r.interestMinor).toBe(5_000);
    expect(r.segments[1]!.why).toContain("maximum of 5% of the invoice amount");
    expect(r.compensation.amountMinor).toBe(0);
    expect(r.referenceRate).toBeNull();
  });

  it("charges nothing within the grace period", () => {
    const r = lateInterest(contract(monthly(200, 10, null), 100_000, "2025-01-31", "2025-02-10"));
    expect(r.segments).toEqual([]);
    expect(r.totalClaimableMinor).toBe(0);
  });

  it.each<[string, Record<string, unknown>, number]>([
    ["unpaid after the grace period", {}, 2_500],
    ["paid in full within the grace period", { payments: [{ date: "2025-02-05", amountMinor: 100_000 }] }, 0],
    ["half paid within the grace period", { payments: [{ date: "2025-02-05", amountMinor: 50_000 }] }, 2_500],
  ])("a flat fee: %s", (_label, more, fee) => {
    const r = lateInterest(contract({ kind: "flat", amount: 2_500, graceDays: 7, cap: null }, 100_000, "2025-01-31", "2025-03-31", more));
    expect(r.lateFee?.amountMinor).toBe(fee);
    expect(r.totalClaimableMinor).toBe(fee);
  });

  it("no late fee: nothing", () => {
    const r = lateInterest(contract({ kind: "none" }, 100_000, "2025-01-31", "2025-03-31"));
    expect(r.totalClaimableMinor).toBe(0);
    expect(r.rule.summary).toContain("No late fee or interest is charged");
  });

  const terms = fc.oneof(
    fc.record({
      kind: fc.constant("percent-per-month" as const),
      basisPoints: fc.integer({ min: 1, max: 10_000 }),
      graceDays: fc.integer({ min: 0, max: 365 }),
      cap: fc.option(fc.record({ basisPoints: fc.integer({ min: 1, max: 10_000 }) }), { nil: null }),
    }),
    fc.record({
      kind: fc.constant("annual-rate" as const),
      basisPoints: fc.integer({ min: 1, max: 100_000 }),
      graceDays: fc.integer({ min: 0, max: 365 }),
      cap: fc.option(fc.record({ basisPoints: fc.integer({ min: 1, max: 10_000 }) }), { nil: null }),
    }),
    fc.record({
      kind: fc.constant("flat" as const),
      amount: fc.integer({ min: 1, max: 10_000_000 }),
      graceDays: fc.integer({ min: 0, max: 365 }),
      cap: fc.option(fc.record({ basisPoints: fc.integer({ min: 1, max: 10_000 }) }), { nil: null }),
    }),
  );

  it("with no payments, charges exactly what late-fee-amount.ts charges (one rule)", () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: -10, max: 2_000 }), (t, amount, late) => {
        const r = lateInterest(contract(t, amount, "2024-01-31", addDays("2024-01-31", late)));
        expect(r.interestMinor + (r.lateFee?.amountMinor ?? 0)).toBe(lateFeeAmount(t, amount, late));
      }),
    );
  });
});

describe("lateInterest: other places (contract terms only)", () => {
  const twoPercent: LateFeeTerms = { kind: "percent-per-month", basisPoints: 200, graceDays: 0, cap: null };
  const other = (usState: string | null) =>
    claim({ regime: "other", currency: "USD", amountMinor: 100_000, dueDate: "2025-01-31", calculationDate: "2025-03-31", terms: twoPercent, usState });

  it("says only the contract applies and states the 1.5% a month convention", () => {
    const r = lateInterest(other(null));
    expect(r.rule.name).toBe("Contract terms only");
    expect(r.rule.summary).toContain("1.5% per month or the maximum rate allowed by law, whichever is less");
    expect(codes(r)).toEqual(["info-contract-terms-only", "above-usual-maximum"]);
    expect(r.compensation.amountMinor).toBe(0);
  });

  it("reuses the known state caps: 24% a year is above New York's 16%", () => {
    expect(codes(lateInterest(other("NY")))).toEqual(["info-contract-terms-only", "us-ny-civil-usury"]);
  });
});

describe("lateInterest: payments", () => {
  it("ignores payments after the calculation date, and says so", () => {
    const r = lateInterest(uk(100_000, "2024-01-31", "2024-02-29", { payments: [{ date: "2024-03-05", amountMinor: 100_000 }] }));
    expect(r.segments.map((s) => s.balanceMinor)).toEqual([100_000]);
    expect(r.outstandingMinor).toBe(100_000);
    expect(codes(r)).toContain("payments-after-calculation-date");
  });

  it("takes payments before the due date off the amount from the start", () => {
    const r = lateInterest(uk(100_000, "2024-01-31", "2024-02-29", { payments: [{ date: "2024-01-10", amountMinor: 30_000 }] }));
    expect(r.segments.map((s) => s.balanceMinor)).toEqual([70_000]);
  });

  it("never lets the balance go below zero", () => {
    const r = lateInterest(uk(100_000, "2024-01-31", "2024-02-29", { payments: [{ date: "2024-02-10", amountMinor: 150_000 }] }));
    expect(r.outstandingMinor).toBe(0);
    expect(r.segments.map((s) => [s.to, s.balanceMinor])).toEqual([["2024-02-10", 100_000]]);
    expect(codes(r)).toContain("payments-exceed-amount");
  });
});

describe("lateInterest: properties", () => {
  const FIRST = "2015-01-01";
  const regimes = fc.constantFrom("uk", "eu", "de", "fr", "contract");
  const arbitraryClaim = fc
    .record({
      regime: regimes,
      amountMinor: fc.integer({ min: 1, max: 1_000_000_000 }),
      dueOffset: fc.integer({ min: 0, max: 4_200 }),
      length: fc.integer({ min: -5, max: 1_500 }),
      payments: fc.array(fc.record({ offset: fc.integer({ min: -30, max: 1_600 }), amountMinor: fc.integer({ min: 1, max: 500_000_000 }) }), {
        maxLength: 4,
      }),
      monthlyBp: fc.integer({ min: 1, max: 10_000 }),
      graceDays: fc.integer({ min: 0, max: 60 }),
      capBp: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
      override: fc.option(fc.integer({ min: -1_000, max: 5_000 }), { nil: null }),
    })
    .map((g) => {
      const dueDate = addDays(FIRST, g.dueOffset);
      const common = {
        amountMinor: g.amountMinor,
        dueDate,
        calculationDate: addDays(dueDate, g.length),
        payments: g.payments.map((p) => ({ date: addDays(dueDate, p.offset), amountMinor: p.amountMinor })),
      };
      return g.regime === "contract"
        ? claim({
            regime: "contract",
            currency: "USD",
            ...common,
            terms: { kind: "percent-per-month", basisPoints: g.monthlyBp, graceDays: g.graceDays, cap: g.capBp === null ? null : { basisPoints: g.capBp } },
          })
        : claim({ regime: g.regime, currency: g.regime === "uk" ? "GBP" : "EUR", ...common, referenceRateOverrideBp: g.override });
    });

  it("interest is never negative, and the total is the sum of the periods", () => {
    fc.assert(
      fc.property(arbitraryClaim, (c) => {
        const r = lateInterest(c);
        for (const s of r.segments) {
          expect(Number.isSafeInteger(s.interestMinor)).toBe(true);
          expect(s.interestMinor).toBeGreaterThanOrEqual(0);
          expect(s.days).toBe(daysBetween(s.from, s.to) + 1);
        }
        expect(r.interestMinor).toBe(r.segments.reduce((sum, s) => sum + s.interestMinor, 0));
        expect(r.totalClaimableMinor).toBe(r.interestMinor + (r.lateFee?.amountMinor ?? 0) + r.compensation.amountMinor);
      }),
    );
  });

  it("more days never give less interest", () => {
    fc.assert(
      fc.property(arbitraryClaim, fc.integer({ min: 1, max: 400 }), (c, more) => {
        const later = { ...c, calculationDate: addDays(c.calculationDate, more) };
        expect(lateInterest(later).interestMinor).toBeGreaterThanOrEqual(lateInterest(c).interestMinor);
      }),
    );
  });

  it("a payment on or before the due date never increases interest", () => {
    fc.assert(
      fc.property(arbitraryClaim, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 1_000_000_000 }), (c, before, amount) => {
        const paid = { ...c, payments: [...c.payments, { date: addDays(c.dueDate, -before), amountMinor: amount }] };
        expect(lateInterest(paid).interestMinor).toBeLessThanOrEqual(lateInterest(c).interestMinor);
      }),
    );
  });

  // A payment later on cuts one period in two, and each part is rounded on its own: the rounding of
  // the two parts can come out up to one minor unit above the rounding of the whole (e.g. 0.6 + 0.6
  // rounds to 2 while 1.2 rounds to 1). Every other period's balance only falls. So a partial payment
  // never increases interest by more than one minor unit, and never increases the exact interest.
  it("a payment at any date never increases interest by more than one minor unit of rounding", () => {
    fc.assert(
      fc.property(arbitraryClaim, fc.integer({ min: -30, max: 1_600 }), fc.integer({ min: 1, max: 1_000_000_000 }), (c, offset, amount) => {
        const paid = { ...c, payments: [...c.payments, { date: addDays(c.dueDate, offset), amountMinor: amount }] };
        expect(lateInterest(paid).interestMinor).toBeLessThanOrEqual(lateInterest(c).interestMinor + 1);
      }),
    );
  });
});

describe("UK compensation: the band of the debt unpaid on the due date", () => {
  it.each([
    // £1,200 invoice, £300 paid on the due date: £900 was late → £40 band, not £70.
    ["paid on the due date", "2026-11-13", 4_000, "£40.00 for a debt of £900.00 (what was unpaid on the due date)"],
    // Paid a day late: the whole £1,200 was late → £70.
    ["paid the day after", "2026-11-14", 7_000, "£70.00 for a debt of £1,200.00"],
  ])("a part %s", (_what, paidOn, expected, why) => {
    const result = lateInterest(
      LateInterestClaim.parse({
        regime: "uk",
        currency: "GBP",
        amountMinor: 120_000,
        dueDate: "2026-11-13",
        calculationDate: "2026-12-06",
        payments: [{ date: paidOn, amountMinor: 30_000 }],
        referenceRateOverrideBp: null,
      }),
    );
    expect([result.compensation.amountMinor, result.compensation.why]).toEqual([expected, why]);
  });
});
