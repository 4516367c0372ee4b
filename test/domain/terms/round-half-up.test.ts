import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divideDown, divideHalfUp } from "../../../src/domain/terms/round-half-up";

describe("divideHalfUp", () => {
  it.each([
    [0n, 3n, 0n],
    [1n, 2n, 1n],
    [3n, 2n, 2n],
    [5n, 2n, 3n],
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [151n, 100n, 2n],
    [10n ** 24n + 5n, 10n, 10n ** 23n + 1n],
  ])("%s / %s → %s", (n, d, expected) => {
    expect(divideHalfUp(n, d)).toBe(expected);
  });

  it.each([
    [1n, 0n],
    [1n, -1n],
    [-1n, 2n],
  ])("rejects %s / %s", (n, d) => {
    expect(() => divideHalfUp(n, d)).toThrow(RangeError);
  });

  it("is within half a unit of the exact quotient", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 15n }), (n, d) => {
        const q = divideHalfUp(n, d);
        // |q − n/d| ≤ 1/2, and exactly 1/2 rounds up
        expect(2n * (q * d - n) <= d).toBe(true);
        expect(2n * (n - q * d) < d).toBe(true);
      }),
    );
  });
});

describe("divideDown", () => {
  it.each([
    [0n, 3n, 0n],
    [15n, 10n, 1n],
    [19n, 10n, 1n],
    [20n, 10n, 2n],
  ])("%s / %s → %s", (n, d, expected) => {
    expect(divideDown(n, d)).toBe(expected);
  });

  it("rejects a zero denominator and a negative numerator", () => {
    expect(() => divideDown(1n, 0n)).toThrow(RangeError);
    expect(() => divideDown(-1n, 1n)).toThrow(RangeError);
  });
});
