import type { LateFeeTerms } from "./late-fee-terms";
import { divideDown, divideHalfUp } from "./round-half-up";

// Late charges on one invoice, in integer minor units, by the rule stated in late-fee-terms.ts:
// nothing within the grace period; a flat fee once it ends; otherwise simple interest for each
// day after it, at 1/365 of the yearly rate. Everything is exact (BigInt) and rounded half-up
// once, at the end. A cap is rounded down so the charges never exceed the agreed percent.

const DAYS_IN_YEAR = 365n;
const BASIS = 10_000n;

/**
 * @param invoiceMinor the invoice amount left unpaid, in minor units (assumed unpaid for the whole period)
 * @param daysLate whole days between the due date and the payment date (0 or less: paid on time)
 */
export function lateFeeAmount(terms: LateFeeTerms, invoiceMinor: number, daysLate: number): number {
  if (!Number.isSafeInteger(invoiceMinor) || invoiceMinor < 0) {
    throw new RangeError("invoiceMinor must be a whole number of minor units, 0 or more");
  }
  if (!Number.isSafeInteger(daysLate)) throw new RangeError("daysLate must be a whole number of days");
  if (terms.kind === "none") return 0;

  const chargedDays = daysLate - terms.graceDays;
  if (chargedDays <= 0) return 0;

  const invoice = BigInt(invoiceMinor);
  const days = BigInt(chargedDays);
  let charge: bigint;
  switch (terms.kind) {
    case "flat":
      charge = BigInt(terms.amount);
      break;
    case "percent-per-month":
      // monthly × 12 / 365 per day
      charge = divideHalfUp(invoice * BigInt(terms.basisPoints) * 12n * days, BASIS * DAYS_IN_YEAR);
      break;
    case "annual-rate":
      charge = divideHalfUp(invoice * BigInt(terms.basisPoints) * days, BASIS * DAYS_IN_YEAR);
      break;
  }
  if (terms.cap !== null) {
    const cap = divideDown(invoice * BigInt(terms.cap.basisPoints), BASIS);
    if (charge > cap) charge = cap;
  }
  if (charge > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError("The late charges are too large to compute exactly; add a maximum or shorten the period");
  }
  return Number(charge);
}

/** The most that can ever be charged on the invoice, or null when nothing limits it (interest with no cap). */
export function lateFeeMaximum(terms: LateFeeTerms, invoiceMinor: number): number | null {
  if (terms.kind === "none") return 0;
  const cap =
    terms.cap === null ? null : Number(divideDown(BigInt(invoiceMinor) * BigInt(terms.cap.basisPoints), BASIS));
  if (terms.kind === "flat") return cap === null ? terms.amount : Math.min(cap, terms.amount);
  return cap;
}
