import type { LateInterestRegime } from "./late-interest-claim";

// The counting, day-count and rounding rules of lateInterest, in words a page can show next to
// the figures. Each sentence states what the code does; change both together.

export const COUNTING_RULE =
  "Interest runs for each day from the day after the due date (under a contract, from the first day after " +
  "its grace period) up to and including the calculation date. On the day a payment is made, interest still " +
  "runs on the balance before it; the paid part stops earning interest from the next day. Payments dated after " +
  "the calculation date are left out; payments made on or before the due date reduce the amount from the start. " +
  "The balance never goes below zero.";

export const DAY_COUNT_RULE =
  "Each day earns 1/365 of the yearly rate, in leap years too, so 29 February counts as one more day at 1/365 " +
  "(the UK Act's daily rate is the yearly rate divided by 365). A monthly contract rate counts as 12 times that rate a year.";

export const ROUNDING_RULE =
  "Interest is simple: no interest is charged on interest. Each period in the table is worked out exactly and " +
  "rounded once to the currency's smallest unit, half a unit up (0.5 cent becomes 1 cent); the total is the sum " +
  "of the rounded periods.";

export const NON_POSITIVE_RATE_RULE = "A period whose rate is 0% or less earns no interest; interest is never negative.";

const FIXED_RATE_RULE =
  "The reference rate is fixed once, from the date before interest starts, and used for the whole debt, even if the " +
  "bank changes its rate later.";

const HALF_YEARLY_RULE =
  "The reference rate is reset on 1 January and 1 July, so the table has a new period at each of those dates.";

/** The rules behind a result, in order, for the page to list. */
export function lateInterestRules(regime: LateInterestRegime): string[] {
  const rules = [COUNTING_RULE, DAY_COUNT_RULE, ROUNDING_RULE];
  if (regime === "uk") rules.push(FIXED_RATE_RULE, NON_POSITIVE_RATE_RULE);
  if (regime === "eu" || regime === "de" || regime === "fr") rules.push(HALF_YEARLY_RULE, NON_POSITIVE_RATE_RULE);
  return rules;
}
