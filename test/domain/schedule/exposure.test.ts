import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../src/domain/dates/calendar-date";
import { allocateByWeights } from "../../../src/domain/schedule/allocate";
import { type ExposureInput, exposureCurve } from "../../../src/domain/schedule/exposure";

// A 10-day project worth 1,000 minor units, delivered evenly: 100 a day.
const base = { startDate: "2027-01-01", endDate: "2027-01-11", total: 1_000 };

describe("exposureCurve: worked by hand", () => {
  it("30% deposit, 70% at the end, paid on the day", () => {
    const curve = exposureCurve({
      ...base,
      netDays: 0,
      payments: [
        { kind: "deposit", amount: 300, invoiceDate: "2027-01-01" },
        { kind: "milestone", amount: 700, invoiceDate: "2027-01-11" },
      ],
    });
    expect(curve.points).toEqual([
      { date: "2027-01-01", delivered: 0, received: 300 },
      { date: "2027-01-11", delivered: 1_000, received: 1_000 },
    ]);
    // Just before the final payment: all work delivered, only the deposit received.
    expect(curve.peak).toEqual({ amount: 700, basisPoints: 7_000, date: "2027-01-11" });
    expect(curve.lastPaymentDate).toBe("2027-01-11");
  });

  it("30% deposit, 30% halfway, 40% at the end, paid on the day", () => {
    const curve = exposureCurve({
      ...base,
      netDays: 0,
      payments: [
        { kind: "deposit", amount: 300, invoiceDate: "2027-01-01" },
        { kind: "milestone", amount: 300, invoiceDate: "2027-01-06" },
        { kind: "milestone", amount: 400, invoiceDate: "2027-01-11" },
      ],
    });
    expect(curve.points).toEqual([
      { date: "2027-01-01", delivered: 0, received: 300 },
      { date: "2027-01-06", delivered: 500, received: 600 },
      { date: "2027-01-11", delivered: 1_000, received: 1_000 },
    ]);
    expect(curve.peak).toEqual({ amount: 400, basisPoints: 4_000, date: "2027-01-11" });
  });

  it("the same plan on 7-day terms: each milestone arrives a week after its invoice", () => {
    const curve = exposureCurve({
      ...base,
      netDays: 7,
      payments: [
        { kind: "deposit", amount: 300, invoiceDate: "2027-01-01" },
        { kind: "milestone", amount: 300, invoiceDate: "2027-01-06" },
        { kind: "milestone", amount: 400, invoiceDate: "2027-01-11" },
      ],
    });
    expect(curve.points).toEqual([
      { date: "2027-01-01", delivered: 0, received: 300 },
      { date: "2027-01-11", delivered: 1_000, received: 300 },
      { date: "2027-01-13", delivered: 1_000, received: 600 },
      { date: "2027-01-18", delivered: 1_000, received: 1_000 },
    ]);
    // The deposit is never paid late: it is due on the start date whatever the terms.
    expect(curve.peak).toEqual({ amount: 700, basisPoints: 7_000, date: "2027-01-11" });
    expect(curve.lastPaymentDate).toBe("2027-01-18");
  });

  it("no deposit and one payment at the end: the whole fee is at risk", () => {
    const curve = exposureCurve({ ...base, netDays: 14, payments: [{ kind: "milestone", amount: 1_000, invoiceDate: "2027-01-11" }] });
    expect(curve.peak).toEqual({ amount: 1_000, basisPoints: 10_000, date: "2027-01-11" });
    expect(curve.lastPaymentDate).toBe("2027-01-25");
  });

  it.each([
    { name: "a 10-day project", endDate: "2027-01-11" },
    { name: "a one-day project (start = end)", endDate: "2027-01-01" },
  ])("a 100% deposit leaves nothing at risk: $name", ({ endDate }) => {
    const curve = exposureCurve({ ...base, endDate, netDays: 14, payments: [{ kind: "deposit", amount: 1_000, invoiceDate: "2027-01-01" }] });
    expect(curve.peak.amount).toBe(0);
    expect(curve.peak.basisPoints).toBe(0);
  });
});

/** A random project: dates, total, a schedule that adds up, invoices within the project. */
const project = fc
  .record({
    start: fc.integer({ min: 0, max: 60_000 }),
    span: fc.integer({ min: 0, max: 400 }),
    total: fc.integer({ min: 1, max: 10_000_000_000_000 }),
    netDays: fc.integer({ min: 0, max: 120 }),
    weights: fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 21 }),
    withDeposit: fc.boolean(),
    offsets: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 21, maxLength: 21 }),
  })
  .map(({ start, span, total, netDays, weights, withDeposit, offsets }): ExposureInput => {
    const startDate = addDays("1900-01-01", start);
    const amounts = allocateByWeights(total, weights).amounts;
    return {
      startDate,
      endDate: addDays(startDate, span),
      total,
      netDays,
      payments: amounts.map((amount, i) => ({
        kind: withDeposit && i === 0 ? "deposit" : "milestone",
        amount,
        invoiceDate: withDeposit && i === 0 ? startDate : addDays(startDate, Math.floor(offsets[i]! * span)),
      })),
    };
  });

describe("exposureCurve: properties", () => {
  it("the peak is between 0 and the total, on one of the chart's dates", () => {
    fc.assert(
      fc.property(project, (input) => {
        const { peak, points } = exposureCurve(input);
        expect(peak.amount).toBeGreaterThanOrEqual(0);
        expect(peak.amount).toBeLessThanOrEqual(input.total);
        expect(peak.basisPoints).toBeGreaterThanOrEqual(0);
        expect(peak.basisPoints).toBeLessThanOrEqual(10_000);
        expect(points.map((p) => p.date)).toContain(peak.date);
      }),
      { numRuns: 300 },
    );
  });

  it("points are in date order; delivery and receipts only grow, ending at the total", () => {
    fc.assert(
      fc.property(project, (input) => {
        const { points, lastPaymentDate } = exposureCurve(input);
        for (let i = 1; i < points.length; i += 1) {
          expect(points[i]!.date > points[i - 1]!.date).toBe(true);
          expect(points[i]!.delivered).toBeGreaterThanOrEqual(points[i - 1]!.delivered);
          expect(points[i]!.received).toBeGreaterThanOrEqual(points[i - 1]!.received);
        }
        const last = points[points.length - 1]!;
        expect(last.date).toBe(lastPaymentDate);
        expect(last.delivered).toBe(input.total);
        expect(last.received).toBe(input.total);
      }),
      { numRuns: 300 },
    );
  });

  it("with a 100% deposit the peak is 0, whatever the dates and terms", () => {
    fc.assert(
      fc.property(project, (input) => {
        const all = { ...input, payments: [{ kind: "deposit" as const, amount: input.total, invoiceDate: input.startDate }] };
        expect(exposureCurve(all).peak.amount).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
