import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateByWeights, allocateExact } from "../../../src/domain/schedule/allocate";
import { MAX_MINOR } from "../../../src/domain/money/minor-units";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("allocateByWeights", () => {
  it.each([
    { name: "#14 three equal thirds of 1,000.00", total: 100_000, weights: [1, 1, 1], amounts: [33_334, 33_333, 33_333], roundedUp: [0] },
    { name: "#16 seven equal instalments of 100.00", total: 10_000, weights: [1, 1, 1, 1, 1, 1, 1], amounts: [1_429, 1_429, 1_429, 1_429, 1_428, 1_428, 1_428], roundedUp: [0, 1, 2, 3] },
    { name: "an exact split needs no rounding", total: 10_000, weights: [3_000, 7_000], amounts: [3_000, 7_000], roundedUp: [] },
    { name: "the largest remainder gets the extra unit, not the first", total: 10, weights: [1, 2], amounts: [3, 7], roundedUp: [1] },
    { name: "a zero weight gets nothing", total: 100, weights: [0, 1, 1], amounts: [0, 50, 50], roundedUp: [] },
    { name: "a total of 0", total: 0, weights: [1, 2], amounts: [0, 0], roundedUp: [] },
    { name: "one minor unit over three parts", total: 1, weights: [1, 1, 1], amounts: [1, 0, 0], roundedUp: [0] },
    { name: "the maximum amount", total: MAX_MINOR, weights: [3_333, 3_333, 3_334], amounts: [3_333_000_000_000, 3_333_000_000_000, 3_334_000_000_000], roundedUp: [] },
  ])("$name", ({ total, weights, amounts, roundedUp }) => {
    const result = allocateByWeights(total, weights);
    expect(result).toEqual({ amounts, roundedUp });
    expect(sum(result.amounts)).toBe(total);
  });

  it.each([
    { name: "no weights", weights: [] },
    { name: "all zero", weights: [0, 0] },
  ])("rejects $name", ({ weights }) => {
    expect(() => allocateByWeights(100, weights)).toThrow(RangeError);
  });

  it("#14 #16 parts sum to the total, none negative, each within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_MINOR }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 25 }).filter((w) => sum(w) > 0),
        (total, weights) => {
          const { amounts, roundedUp } = allocateByWeights(total, weights);
          const W = BigInt(sum(weights));
          expect(amounts).toHaveLength(weights.length);
          expect(sum(amounts)).toBe(total);
          amounts.forEach((a, i) => {
            expect(Number.isSafeInteger(a)).toBe(true);
            expect(a).toBeGreaterThanOrEqual(0);
            // |a − total·w/W| < 1  ⇔  |a·W − total·w| < W
            const diff = BigInt(a) * W - BigInt(total) * BigInt(weights[i]!);
            expect(diff < W && -diff < W).toBe(true);
            // Rounded up exactly when the part is above its exact share.
            expect(roundedUp.includes(i)).toBe(diff > 0n);
          });
          expect([...roundedUp].sort((x, y) => x - y)).toEqual(roundedUp);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("allocateExact", () => {
  it("splits exact numerators over a denominator", () => {
    // 10.5 + 10.5 + 9 = 30: the two halves tie for the one spare unit, and the earlier one gets it.
    expect(allocateExact([10_500n, 10_500n, 9_000n], 1_000n)).toEqual({ amounts: [11, 10, 9], roundedUp: [0] });
  });

  it.each([
    { name: "a zero denominator", numerators: [1n], denominator: 0n },
    { name: "a negative denominator", numerators: [1n], denominator: -1n },
    { name: "a negative share", numerators: [-1n, 3n], denominator: 1n },
    { name: "shares that do not add up to whole units", numerators: [1n, 1n], denominator: 3n },
  ])("rejects $name", ({ numerators, denominator }) => {
    expect(() => allocateExact(numerators, denominator)).toThrow(RangeError);
  });
});
