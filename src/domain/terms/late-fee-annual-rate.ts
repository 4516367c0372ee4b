import type { LateFeeTerms } from "./late-fee-terms";

/**
 * The yearly interest rate in basis points, for comparing with statutory rates and usury limits:
 * a monthly rate × 12 (simple interest, as late-fee-amount.ts charges it), a yearly rate as is.
 * A flat fee or no late fee has no yearly rate: null.
 */
export function lateFeeAnnualRate(terms: LateFeeTerms): number | null {
  switch (terms.kind) {
    case "percent-per-month":
      return terms.basisPoints * 12;
    case "annual-rate":
      return terms.basisPoints;
    case "flat":
    case "none":
      return null;
  }
}
