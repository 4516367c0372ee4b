import { allocateExact } from "./allocate";
import type { PaymentShare } from "./payment-part";

const BP = 10_000n;

export type SplitResult =
  | { ok: true; amounts: number[]; roundedUp: number[] }
  | {
      ok: false;
      /** What the parts add up to so far, in minor units (percent parts rounded half-up). */
      allocated: number;
      /** total − allocated; negative when over-allocated. */
      left: number;
      /** The sum as basis points of the total, for "adds up to 110%". */
      sumBasisPoints: number;
      reason: "under" | "over" | "rest-negative" | "too-many-rests";
    };

/**
 * Turns deposit and milestone shares into exact amounts that add up to `total` to the minor unit.
 * Percent shares are split with the largest-remainder method, so 3 × 33.33% + 0.01% of 1,000.00
 * comes out exact; the parts must add up to 100% of the total (or one part takes "the rest").
 */
export function splitTotal(total: number, shares: readonly PaymentShare[]): SplitResult {
  const T = BigInt(total);
  // Work in 1/10,000ths of a minor unit so a percent share of any total is an exact integer.
  const fixed = shares.map((s) =>
    s.mode === "amount" ? BigInt(s.minor) * BP : s.mode === "percent" ? T * BigInt(s.basisPoints) : 0n,
  );
  const fixedSum = fixed.reduce((a, b) => a + b, 0n);
  const rests = shares.filter((s) => s.mode === "rest").length;
  const whole = T * BP;
  const failure = (reason: "under" | "over" | "rest-negative" | "too-many-rests") => {
    const allocated = Number((fixedSum + BP / 2n) / BP);
    return {
      ok: false as const,
      allocated,
      left: total - allocated,
      sumBasisPoints: total === 0 ? 0 : Number((fixedSum + T / 2n) / T),
      reason,
    };
  };
  if (rests > 1) return failure("too-many-rests");
  if (rests === 1) {
    if (fixedSum >= whole) return failure(fixedSum === whole ? "rest-negative" : "over");
  } else if (fixedSum !== whole) {
    return failure(fixedSum < whole ? "under" : "over");
  }
  const numerators = fixed.map((n, i) => (shares[i]!.mode === "rest" ? whole - fixedSum : n));
  const { amounts, roundedUp } = allocateExact(numerators, BP);
  return { ok: true, amounts, roundedUp };
}
