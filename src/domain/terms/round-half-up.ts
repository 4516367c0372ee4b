// Exact rounding of a fraction of integers, so money is rounded once, at the end, with no floats.

/** numerator / denominator rounded half-up (0.5 → 1) for numerator ≥ 0 and denominator > 0. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  if (numerator < 0n) throw new RangeError("numerator must not be negative");
  return (2n * numerator + denominator) / (2n * denominator);
}

/** numerator / denominator rounded down, for numerator ≥ 0 and denominator > 0. */
export function divideDown(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  if (numerator < 0n) throw new RangeError("numerator must not be negative");
  return numerator / denominator;
}
