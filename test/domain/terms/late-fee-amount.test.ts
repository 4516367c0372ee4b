import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lateFeeAmount, lateFeeMaximum } from "../../../src/domain/terms/late-fee-amount";
import type { LateFeeTerms } from "../../../src/domain/terms/late-fee-terms";

const MAX_MINOR = 10_000_000_000_000;

const monthly = (basisPoints: number, graceDays = 0, cap: number | null = null): LateFeeTerms => ({
  kind: "percent-per-month",
  basisPoints,
  graceDays,
  cap: cap === null ? null : { basisPoints: cap },
});
const annual = (basisPoints: number, graceDays = 0, cap: number | null = null): LateFeeTerms => ({
  kind: "annual-rate",
  basisPoints,
  graceDays,
  cap: cap === null ? null : { basisPoints: cap },
});
const flat = (amount: number, graceDays = 0, cap: number | null = null): LateFeeTerms => ({
  kind: "flat",
  amount,
  graceDays,
  cap: cap === null ? null : { basisPoints: cap },
});

describe("lateFeeAmount", () => {
  it.each<[string, LateFeeTerms, number, number, number]>([
    ["no late fee", { kind: "none" }, 100_000, 400, 0],
    ["paid on the due date", annual(1200), 100_000, 0, 0],
    ["paid early", annual(1200), 100_000, -5, 0],
    // 1,000.00 × 12% × 30/365 = 9.8630…
    ["12% a year, 30 days", annual(1200), 100_000, 30, 986],
    ["12% a year, 1 day", annual(1200), 100_000, 1, 33],
    // 1.5% a month = 18% a year; 23 days after a 7-day grace: 1,000.00 × 18% × 23/365 = 11.342…
    ["1.5% a month, 30 days late, 7 days grace", monthly(150, 7), 100_000, 30, 1134],
    ["1.5% a month, last day of grace", monthly(150, 7), 100_000, 7, 0],
    // first day after the grace period: 1 day of interest, 1,000.00 × 18% / 365 = 0.493…
    ["1.5% a month, first day after grace", monthly(150, 7), 100_000, 8, 49],
    // 365 days at 18% = exactly 18% of the amount
    ["1.5% a month, a full year", monthly(150), 100_000, 365, 18_000],
    // uncapped 1000 days would be 493.15; capped at 10% = 100.00
    ["1.5% a month, capped at 10%", monthly(150, 0, 1000), 100_000, 1000, 10_000],
    ["1.5% a month, under the cap", monthly(150, 0, 1000), 100_000, 30, 1479],
    // rounding half-up at the end: 36.5% a year for 1 day = amount / 1000
    ["exact half rounds up", annual(3650), 1500, 1, 2],
    ["just under half rounds down", annual(3650), 1499, 1, 1],
    ["zero invoice", annual(1200), 0, 30, 0],
    ["flat fee within grace", flat(2500, 7), 100_000, 7, 0],
    ["flat fee the day after grace", flat(2500, 7), 100_000, 8, 2500],
    ["flat fee charged once", flat(2500, 7), 100_000, 300, 2500],
    ["flat fee with no grace", flat(2500), 100_000, 1, 2500],
    ["flat fee under its cap", flat(2500, 0, 1000), 100_000, 1, 2500],
    ["flat fee capped", flat(2500, 0, 100), 100_000, 1, 1000],
    // the cap rounds down so it is never exceeded: 10% of 0.15 is 0.015 → 0.01
    ["cap rounds down", flat(5, 0, 1000), 15, 1, 1],
    ["flat fee on a zero invoice with a cap", flat(2500, 0, 1000), 0, 1, 0],
    // the largest amount: 10^13 at 1000% a year for 10 years
    ["largest amount and rate", annual(100_000), MAX_MINOR, 3650, 1_000_000_000_000_000],
    ["largest amount, 100% a month, capped at 100%", monthly(10_000, 0, 10_000), MAX_MINOR, 36_500, MAX_MINOR],
  ])("%s", (_label, terms, invoice, daysLate, expected) => {
    expect(lateFeeAmount(terms, invoice, daysLate)).toBe(expected);
  });

  it.each<[string, number, number]>([
    ["a negative invoice", -1, 30],
    ["a fractional invoice", 100.5, 30],
    ["NaN invoice", Number.NaN, 30],
    ["an unsafe invoice", 2 ** 53, 30],
    ["fractional days", 100_000, 1.5],
    ["NaN days", 100_000, Number.NaN],
    ["infinite days", 100_000, Number.POSITIVE_INFINITY],
  ])("rejects %s", (_label, invoice, daysLate) => {
    expect(() => lateFeeAmount(annual(1200), invoice, daysLate)).toThrow(RangeError);
  });

  it("refuses a result too large to be exact instead of returning a wrong number", () => {
    expect(() => lateFeeAmount(annual(100_000), MAX_MINOR, 36_500)).toThrow(RangeError);
  });

  const terms = fc.oneof(
    fc.record({
      kind: fc.constant("flat" as const),
      amount: fc.integer({ min: 1, max: MAX_MINOR }),
      graceDays: fc.integer({ min: 0, max: 365 }),
      cap: fc.option(fc.record({ basisPoints: fc.integer({ min: 1, max: 10_000 }) }), { nil: null }),
    }),
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
  );
  const invoice = fc.integer({ min: 0, max: MAX_MINOR });
  const day = fc.integer({ min: -30, max: 3650 });

  it("is a non-negative safe integer", () => {
    fc.assert(
      fc.property(terms, invoice, day, (t, i, d) => {
        const fee = lateFeeAmount(t, i, d);
        expect(Number.isSafeInteger(fee)).toBe(true);
        expect(fee).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never goes down as the invoice gets later", () => {
    fc.assert(
      fc.property(terms, invoice, day, day, (t, i, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(lateFeeAmount(t, i, early)).toBeLessThanOrEqual(lateFeeAmount(t, i, late));
      }),
    );
  });

  it("never exceeds the cap", () => {
    fc.assert(
      fc.property(terms, invoice, day, (t, i, d) => {
        if (t.cap === null) return;
        expect(lateFeeAmount(t, i, d) * 10_000).toBeLessThanOrEqual(i * t.cap.basisPoints);
        expect(lateFeeAmount(t, i, d)).toBeLessThanOrEqual(lateFeeMaximum(t, i) ?? Number.POSITIVE_INFINITY);
      }),
    );
  });

  it("charges nothing within the grace period", () => {
    fc.assert(
      fc.property(terms, invoice, fc.integer({ min: 0, max: 365 }), (t, i, d) => {
        fc.pre(d <= t.graceDays);
        expect(lateFeeAmount(t, i, d)).toBe(0);
      }),
    );
  });

  it("is simple daily interest rounded once (within half a minor unit of the exact figure)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (bp, i, d) => {
          const exact = (i * bp * 12 * d) / (10_000 * 365);
          expect(Math.abs(lateFeeAmount(monthly(bp), i, d) - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
          expect(lateFeeAmount(monthly(bp), i, d)).toBe(lateFeeAmount(annual(bp * 12), i, d));
        },
      ),
    );
  });
});

describe("lateFeeMaximum", () => {
  it.each<[string, LateFeeTerms, number, number | null]>([
    ["no late fee", { kind: "none" }, 100_000, 0],
    ["flat fee", flat(2500), 100_000, 2500],
    ["flat fee above its cap", flat(2500, 0, 100), 100_000, 1000],
    ["interest with a cap", monthly(150, 0, 1000), 100_000, 10_000],
    ["interest with no cap", annual(800), 100_000, null],
  ])("%s", (_label, terms, invoice, expected) => {
    expect(lateFeeMaximum(terms, invoice)).toBe(expected);
  });
});
