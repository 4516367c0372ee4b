import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_MINOR } from "../../../src/domain/money/minor-units";
import { PaymentShare } from "../../../src/domain/schedule/payment-part";
import { splitTotal } from "../../../src/domain/schedule/split-total";

const pct = (basisPoints: number): PaymentShare => ({ mode: "percent", basisPoints });
const amt = (minor: number): PaymentShare => ({ mode: "amount", minor });
const rest: PaymentShare = { mode: "rest" };
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("splitTotal: exact splits", () => {
  it.each([
    { name: "30% / 70%", total: 1_000_000, shares: [pct(3_000), pct(7_000)], amounts: [300_000, 700_000], roundedUp: [] },
    { name: "#14 33.33 / 33.33 / 33.34% of 1,000.01, the rounding goes to the third", total: 100_001, shares: [pct(3_333), pct(3_333), pct(3_334)], amounts: [33_330, 33_330, 33_341], roundedUp: [2] },
    { name: "#14 33.33 / 33.33 / 33.34% of 1,000.00", total: 100_000, shares: [pct(3_333), pct(3_333), pct(3_334)], amounts: [33_330, 33_330, 33_340], roundedUp: [] },
    { name: "the fixture: 30 / 33.33 / 36.67% of 10,000.00", total: 1_000_000, shares: [pct(3_000), pct(3_333), pct(3_667)], amounts: [300_000, 333_300, 366_700], roundedUp: [] },
    { name: "'rest' takes the remainder", total: 100_000, shares: [pct(3_000), pct(4_000), rest], amounts: [30_000, 40_000, 30_000], roundedUp: [] },
    { name: "'rest' can come first", total: 100_000, shares: [rest, pct(2_500)], amounts: [75_000, 25_000], roundedUp: [] },
    { name: "'rest' takes a fractional remainder", total: 100_001, shares: [pct(3_333), rest], amounts: [33_330, 66_671], roundedUp: [1] },
    { name: "a fixed amount and the rest", total: 100_000, shares: [amt(25_000), rest], amounts: [25_000, 75_000], roundedUp: [] },
    { name: "fixed amounts adding up to the total", total: 100_000, shares: [amt(60_000), amt(40_000)], amounts: [60_000, 40_000], roundedUp: [] },
    { name: "a fixed amount and percents", total: 100_000, shares: [amt(10_000), pct(4_500), pct(4_500)], amounts: [10_000, 45_000, 45_000], roundedUp: [] },
    { name: "one payment of 100%", total: 123_457, shares: [pct(10_000)], amounts: [123_457], roundedUp: [] },
    { name: "#16 seven × 14.28% + 0.04% of 100.00", total: 10_000, shares: [...Array.from({ length: 6 }, () => pct(1_428)), pct(1_432)], amounts: [1_428, 1_428, 1_428, 1_428, 1_428, 1_428, 1_432], roundedUp: [] },
    { name: "JPY (no decimals) 1,001 at 33.33/33.33/33.34%: largest fractions first, then the earlier on a tie", total: 1_001, shares: [pct(3_333), pct(3_333), pct(3_334)], amounts: [334, 333, 334], roundedUp: [0, 2] },
  ])("$name", ({ total, shares, amounts, roundedUp }) => {
    const result = splitTotal(total, shares);
    expect(result).toEqual({ ok: true, amounts, roundedUp });
    if (result.ok) expect(sum(result.amounts)).toBe(total);
  });
});

describe("splitTotal: rejected with the live sum", () => {
  it.each([
    { name: "#14 3 × 33.33% of 1,000.00 (sum 99.99%)", total: 100_000, shares: [pct(3_333), pct(3_333), pct(3_333)], reason: "under", sumBasisPoints: 9_999, allocated: 99_990, left: 10 },
    { name: "#13 99.99%", total: 100_000, shares: [pct(3_000), pct(6_999)], reason: "under", sumBasisPoints: 9_999, allocated: 99_990, left: 10 },
    { name: "#13 100.01%", total: 100_000, shares: [pct(3_000), pct(7_001)], reason: "over", sumBasisPoints: 10_001, allocated: 100_010, left: -10 },
    { name: "#13 110%", total: 100_000, shares: [pct(5_000), pct(6_000)], reason: "over", sumBasisPoints: 11_000, allocated: 110_000, left: -10_000 },
    { name: "#13 a fixed amount above the total", total: 100_000, shares: [amt(200_000)], reason: "over", sumBasisPoints: 20_000, allocated: 200_000, left: -100_000 },
    { name: "two 'rest' parts", total: 100_000, shares: [pct(3_000), rest, rest], reason: "too-many-rests", sumBasisPoints: 3_000, allocated: 30_000, left: 70_000 },
    { name: "'rest' with nothing left", total: 100_000, shares: [pct(10_000), rest], reason: "rest-negative", sumBasisPoints: 10_000, allocated: 100_000, left: 0 },
    { name: "'rest' when the others already exceed 100%", total: 100_000, shares: [pct(6_000), pct(6_000), rest], reason: "over", sumBasisPoints: 12_000, allocated: 120_000, left: -20_000 },
    { name: "no parts at all", total: 100_000, shares: [], reason: "under", sumBasisPoints: 0, allocated: 0, left: 100_000 },
  ])("$name", ({ total, shares, reason, sumBasisPoints, allocated, left }) => {
    expect(splitTotal(total, shares)).toEqual({ ok: false, reason, sumBasisPoints, allocated, left });
  });
});

describe("PaymentShare schema (#15)", () => {
  it.each([
    { name: "a 0% share", share: { mode: "percent", basisPoints: 0 } },
    { name: "a negative share", share: { mode: "percent", basisPoints: -100 } },
    { name: "more than 100%", share: { mode: "percent", basisPoints: 10_001 } },
    { name: "a fractional basis point", share: { mode: "percent", basisPoints: 0.5 } },
    { name: "a 0 amount", share: { mode: "amount", minor: 0 } },
    { name: "an unknown mode", share: { mode: "half" } },
  ])("rejects $name", ({ share }) => {
    expect(PaymentShare.safeParse(share).success).toBe(false);
  });

  it.each([pct(1), pct(10_000), amt(1), rest])("accepts %o", (share) => {
    expect(PaymentShare.parse(share)).toEqual(share);
  });
});

/** Basis points that add up to exactly 10,000, in 1 to `max` parts. */
const fullPercents = (max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 9_999 }), { maxLength: max - 1 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
      return points.slice(1).map((p, i) => p - points[i]!);
    });

describe("splitTotal: properties", () => {
  it("#14 #16 percents adding up to 100%: parts sum exactly to the total, none negative, each within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MINOR }), fullPercents(21), (total, bps) => {
        const result = splitTotal(total, bps.map(pct));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(sum(result.amounts)).toBe(total);
        result.amounts.forEach((a, i) => {
          expect(a).toBeGreaterThanOrEqual(0);
          const diff = BigInt(a) * 10_000n - BigInt(total) * BigInt(bps[i]!);
          expect(diff < 10_000n && diff > -10_000n).toBe(true);
          expect(result.roundedUp.includes(i)).toBe(diff > 0n);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("'rest' takes exactly what the other parts leave", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_MINOR }),
        fc.array(fc.integer({ min: 1, max: 3_000 }), { maxLength: 3 }),
        fc.nat(3),
        (total, bps, at) => {
          const shares = bps.map(pct);
          const restAt = Math.min(at, shares.length);
          shares.splice(restAt, 0, rest);
          const result = splitTotal(total, shares);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(sum(result.amounts)).toBe(total);
          const others = sum(result.amounts.filter((_, i) => i !== restAt));
          expect(result.amounts[restAt]).toBe(total - others);
          expect(result.amounts.every((a) => a >= 0)).toBe(true);
        },
      ),
    );
  });

  it("#13 any percent sum other than 100% is rejected and reports that sum", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_MINOR }),
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 21 }).filter((b) => sum(b) !== 10_000),
        (total, bps) => {
          const result = splitTotal(total, bps.map(pct));
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.reason).toBe(sum(bps) < 10_000 ? "under" : "over");
          expect(result.sumBasisPoints).toBe(sum(bps));
          expect(result.left).toBe(total - result.allocated);
        },
      ),
    );
  });
});
