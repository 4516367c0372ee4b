import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import { days, ordinal } from "./day-words";
import { lateFeeAmount } from "./late-fee-amount";
import { lateFeeAnnualRate } from "./late-fee-annual-rate";
import type { ChargingLateFeeTerms, LateFeeTerms } from "./late-fee-terms";

// The late-fee clause, written once: the contract prints it and invoices repeat it.
// It states the rule of late-fee-terms.ts in full (grace period, start day, simple daily
// interest on a 365-day year, maximum) so the figure on an invoice can be checked by hand.

export type LateFeeWordingContext = {
  currency: string;
  /** Number locale for money and percents (the text itself is English). */
  locale: string;
  /** Payment term in days after the invoice date; when given, the clause says when the due date is. */
  netDays?: number;
  /**
   * The due date of one invoice, already formatted ("1 April 2027"). When given, the clause is
   * printed on that invoice: it speaks of "this invoice" and names the date (netDays is not used).
   */
  dueDate?: string;
};

export type LateFeeExampleContext = LateFeeWordingContext & {
  /** The example invoice amount in minor units, e.g. 100000 for $1,000.00. */
  exampleMinor: number;
  /** Days after the due date the example invoice is paid. Default 30. */
  daysLate?: number;
};

export const DEFAULT_EXAMPLE_DAYS_LATE = 30;

function dueDate(ctx: LateFeeWordingContext): string {
  const { netDays } = ctx;
  if (ctx.dueDate !== undefined) return `its due date (${ctx.dueDate})`;
  if (netDays === undefined) return "its due date";
  if (netDays === 0) return "its due date (the invoice date)";
  return `its due date (${days(netDays)} after the invoice date)`;
}

function trigger(terms: ChargingLateFeeTerms, ctx: LateFeeWordingContext): string {
  const which = ctx.dueDate !== undefined ? "this invoice" : "an invoice";
  return terms.graceDays === 0
    ? `If ${which} is not paid in full by ${dueDate(ctx)}`
    : `If ${which} is not paid in full within ${days(terms.graceDays)} after ${dueDate(ctx)}`;
}

/** The first day charges apply: "the day after the due date" or "the 8th day after the due date". */
function startDay(terms: ChargingLateFeeTerms): string {
  return terms.graceDays === 0 ? "the day after the due date" : `the ${ordinal(terms.graceDays + 1)} day after the due date`;
}

function capPhrase(terms: ChargingLateFeeTerms, locale: string): string {
  return terms.cap === null ? "" : `, up to a maximum of ${formatPercent(terms.cap.basisPoints, locale)} of the invoice amount`;
}

/** The clause for the contract and invoices. */
export function lateFeeClause(terms: LateFeeTerms, ctx: LateFeeWordingContext): string {
  const { currency, locale } = ctx;
  switch (terms.kind) {
    case "none":
      return (
        (ctx.dueDate !== undefined
          ? "No late fee or interest is charged on this invoice when it is paid late. "
          : "No late fee or interest is charged under this contract when an invoice is paid late. ") +
        "This does not affect any right to statutory interest or compensation for late payment that the governing law may give."
      );
    case "flat":
      return (
        `${trigger(terms, ctx)}, a one-time late fee of ${formatMoney(terms.amount, currency, locale)} ` +
        `becomes payable on ${startDay(terms)}${capPhrase(terms, locale)}.`
      );
    case "percent-per-month":
    case "annual-rate": {
      const yearly = formatPercent(lateFeeAnnualRate(terms) ?? 0, locale);
      const rate =
        terms.kind === "percent-per-month"
          ? `${formatPercent(terms.basisPoints, locale)} per month (${yearly} a year)`
          : `${yearly} a year`;
      return (
        `${trigger(terms, ctx)}, interest of ${rate} accrues on the unpaid amount from ${startDay(terms)} until payment, ` +
        `calculated daily on a 365-day year${capPhrase(terms, locale)}. Interest is simple: no interest is charged on interest.`
      );
    }
  }
}

/**
 * A worked example under the clause: "For example, on an invoice of $1,000.00 paid 30 days late,
 * the interest is $9.86." Null when no late fee is charged (nothing to show).
 */
export function lateFeeExample(terms: LateFeeTerms, ctx: LateFeeExampleContext): string | null {
  if (terms.kind === "none") return null;
  const { currency, locale, exampleMinor } = ctx;
  const daysLate = ctx.daysLate ?? DEFAULT_EXAMPLE_DAYS_LATE;
  const opening = `For example, on an invoice of ${formatMoney(exampleMinor, currency, locale)} paid ${days(daysLate)} late`;
  if (daysLate <= terms.graceDays) {
    return `${opening}, nothing is charged: the grace period of ${days(terms.graceDays)} has not ended.`;
  }
  const charged = lateFeeAmount(terms, exampleMinor, daysLate);
  const uncapped = lateFeeAmount({ ...terms, cap: null }, exampleMinor, daysLate);
  const what = terms.kind === "flat" ? "the late fee" : "the interest";
  const maximum = charged < uncapped ? " (the maximum)" : "";
  return `${opening}, ${what} is ${formatMoney(charged, currency, locale)}${maximum}.`;
}
