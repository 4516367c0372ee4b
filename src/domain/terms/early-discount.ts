import { z } from "../zod";
import { addDays, daysBetween, formatDate } from "../dates/calendar-date";
import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import { plainPercent } from "../percent/plain-percent";
import { days } from "./day-words";
import { divideHalfUp } from "./round-half-up";

// An early-payment discount ("2/10 net 30": 2% off if paid within 10 days, otherwise the full
// amount within 30). Both periods count from the invoice date.

export const EARLY_DISCOUNT_PERIOD_MESSAGE = "The discount period must be shorter than the payment term";

export const EarlyDiscount = z.object({
  basisPoints: z.int({ error: "Enter the discount as a percentage" }).check(
    z.minimum(1, { error: "The discount must be more than 0%" }),
    z.maximum(5_000, { error: "Keep the discount to 50% or less" }),
  ),
  withinDays: z.int({ error: "Enter the discount period as a whole number of days" }).check(
    z.minimum(1, { error: "The discount period must be at least 1 day" }),
    z.maximum(365, { error: "Keep the discount period to 365 days or fewer" }),
  ),
});
export type EarlyDiscount = z.infer<typeof EarlyDiscount>;

/** The schema for a discount under a payment term of `netDays`: the period must end before the due date. */
export function earlyDiscountFor(netDays: number) {
  return EarlyDiscount.with(
    z.refine((d) => d.withinDays < netDays, {
      error: EARLY_DISCOUNT_PERIOD_MESSAGE,
      path: ["withinDays"],
    }),
  );
}

function assertPeriod(d: EarlyDiscount, netDays: number): void {
  if (d.withinDays >= netDays) throw new RangeError(EARLY_DISCOUNT_PERIOD_MESSAGE);
}

/** The trade notation: "2/10 net 30", "1.5/10 net 30". */
export function earlyDiscountNotation(d: EarlyDiscount, netDays: number): string {
  return `${plainPercent(d.basisPoints)}/${d.withinDays} net ${netDays}`;
}

/**
 * What skipping the discount costs the client, as a yearly rate in basis points: paying the full
 * amount N − D days later is like borrowing the discounted amount at this rate. Standard trade-credit
 * cost formula from corporate finance textbooks, with d the discount and N, D the periods:
 *   simple   = d / (1 − d) × 365 / (N − D)
 *   compound = (1 + d / (1 − d))^(365 / (N − D)) − 1
 * 2/10 net 30 → about 37.2% simple, 44.6% compound. Null when the discount period is not shorter
 * than the payment term (there is no "later" to pay for).
 */
export function earlyDiscountAnnualRate(
  d: EarlyDiscount,
  netDays: number,
): { simple: number; compound: number } | null {
  if (d.withinDays >= netDays) return null;
  const extraDays = netDays - d.withinDays;
  const bp = d.basisPoints;
  // simple, exact: 10000 × bp × 365 / ((10000 − bp) × (N − D)), rounded half-up to a basis point
  const simple = Number(divideHalfUp(10_000n * BigInt(bp) * 365n, BigInt(10_000 - bp) * BigInt(extraDays)));
  // compound needs a real power; a float is fine for a figure rounded to a basis point
  const compound = Math.round((Math.pow(10_000 / (10_000 - bp), 365 / extraDays) - 1) * 10_000);
  return { simple, compound };
}

/**
 * The discount and the discounted amount in minor units. The discounted amount is rounded half-up
 * to the minor unit and the discount is what is left, so the two always add up to the amount.
 */
export function earlyDiscountAmounts(
  d: EarlyDiscount,
  amountMinor: number,
): { discountedMinor: number; discountMinor: number } {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError("amountMinor must be a whole number of minor units, 0 or more");
  }
  const discounted = Number(divideHalfUp(BigInt(amountMinor) * BigInt(10_000 - d.basisPoints), 10_000n));
  return { discountedMinor: discounted, discountMinor: amountMinor - discounted };
}

export type EarlyDiscountClauseContext = { netDays: number; currency: string; locale: string };

/** The contract sentence. */
export function earlyDiscountClause(d: EarlyDiscount, ctx: EarlyDiscountClauseContext): string {
  assertPeriod(d, ctx.netDays);
  return (
    `If the Client pays an invoice in full within ${days(d.withinDays)} after the invoice date, the Client may ` +
    `deduct a discount of ${formatPercent(d.basisPoints, ctx.locale)} of the invoice amount. Otherwise the full ` +
    `amount is due within ${days(ctx.netDays)} after the invoice date (terms ${earlyDiscountNotation(d, ctx.netDays)}).`
  );
}

export type EarlyDiscountOfferContext = {
  amountMinor: number;
  /** The invoice date, "YYYY-MM-DD". */
  issueDate: string;
  currency: string;
  locale: string;
  /** Locale for the dates when it differs from the number locale (documents print English dates). */
  dateLocale?: string;
} & (
  | { netDays: number; dueDate?: undefined }
  /** An invoice's actual due date, "YYYY-MM-DD" (a fixed date, or net N already applied). */
  | { dueDate: string; netDays?: number }
);

/**
 * The two-figure line for an invoice: "Pay $9,800.00 by 12 March 2027, or $10,000.00 by 1 April 2027."
 * The full amount is due on `dueDate` when given, otherwise `netDays` after the invoice date.
 */
export function earlyDiscountOffer(d: EarlyDiscount, ctx: EarlyDiscountOfferContext): string {
  const { amountMinor, issueDate, currency, locale } = ctx;
  const due = ctx.dueDate ?? addDays(issueDate, ctx.netDays);
  assertPeriod(d, daysBetween(issueDate, due));
  const dateLocale = ctx.dateLocale ?? locale;
  const { discountedMinor } = earlyDiscountAmounts(d, amountMinor);
  const discountBy = formatDate(addDays(issueDate, d.withinDays), dateLocale);
  const dueBy = formatDate(due, dateLocale);
  return (
    `Pay ${formatMoney(discountedMinor, currency, locale)} by ${discountBy}, ` +
    `or ${formatMoney(amountMinor, currency, locale)} by ${dueBy}.`
  );
}
