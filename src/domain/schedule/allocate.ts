/**
 * Largest-remainder allocation (Hamilton's method): each share is exact as numerator/denominator;
 * everyone gets the floor, and the minor units left over go one each to the largest fractions,
 * earliest first on a tie. The parts always add up to the whole, and none is negative.
 */
export type Allocation = {
  amounts: number[];
  /** Indexes that received one extra minor unit of rounding. */
  roundedUp: number[];
};

export function allocateExact(numerators: readonly bigint[], denominator: bigint): Allocation {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  if (numerators.some((n) => n < 0n)) throw new RangeError("shares must not be negative");
  const sum = numerators.reduce((a, b) => a + b, 0n);
  if (sum % denominator !== 0n) throw new RangeError("shares must add up to a whole number of minor units");
  const floors = numerators.map((n) => n / denominator);
  let leftover = sum / denominator - floors.reduce((a, b) => a + b, 0n);
  const order = numerators
    .map((n, index) => ({ index, remainder: n % denominator }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const roundedUp: number[] = [];
  for (const { index } of order) {
    if (leftover === 0n) break;
    floors[index]! += 1n;
    roundedUp.push(index);
    leftover -= 1n;
  }
  return { amounts: floors.map(Number), roundedUp: roundedUp.sort((a, b) => a - b) };
}

/** Splits `total` minor units by weights (e.g. basis points) with the largest-remainder method. */
export function allocateByWeights(total: number, weights: readonly number[]): Allocation {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new RangeError("weights must add up to more than 0");
  return allocateExact(
    weights.map((w) => BigInt(total) * BigInt(w)),
    BigInt(sum),
  );
}
