import { addDays, addMonths, formatDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import { formatMoney } from "../money/format-money";
import { type Result, err } from "../result";
import { splitTotal } from "../schedule/split-total";
import { days } from "../terms/day-words";
import type { PaymentPlanTerms } from "./overdue-case";

// A payment plan for a client who can't pay at once: an optional down payment on signing, then
// 2..MAX_INSTALMENTS instalments that add up exactly to the rest of the balance.
//
// Amounts: every instalment is the rest divided by the count, rounded down to the minor unit;
// the LAST instalment takes the rounding difference (7 × 100.00 → six of 14.28 and a last of
// 14.32), so the client pays the same round figure every time until the end. Split with
// splitTotal (n − 1 fixed amounts and "the rest"), the same exact arithmetic as the contract.
//
// Dates: instalment i (0-based) is due on firstDate + i steps, each computed from the first date,
// so a clamped month never shifts the ones after it: monthly from 31 January runs 31 Jan, 28/29
// Feb, 31 Mar, 30 Apr… (addMonths: a day missing in a month becomes its last day). "2-weeks" and
// "week" add 14 or 7 days. Dates are not moved off weekends or holidays.
//
// Terms (an agreement between the parties, not a statute): if an instalment is not received
// within the grace days after its date, the whole balance then unpaid becomes due at once; when
// chosen, the late fees or interest claimed are waived once every instalment is paid on time.

export type Instalment = { n: number; date: string; amount: number };

export type PaymentPlan = {
  balance: number;
  downPayment: number;
  instalments: Instalment[];
  /** 1-based number of the instalment that took the rounding difference, or null when all are equal. */
  roundingOn: number | null;
};

/** The date of instalment `i` (0-based), always counted from the first date. */
export function instalmentDate(firstDate: string, every: PaymentPlanTerms["every"], i: number): string {
  switch (every) {
    case "month":
      return addMonths(firstDate, i);
    case "2-weeks":
      return addDays(firstDate, 14 * i);
    case "week":
      return addDays(firstDate, 7 * i);
  }
}

export function paymentPlan(balance: number, terms: PaymentPlanTerms): Result<PaymentPlan> {
  const rest = balance - terms.downPayment;
  if (!Number.isSafeInteger(rest) || terms.downPayment < 0 || rest <= 0) return err("The down payment must be less than the balance");
  if (!Number.isSafeInteger(terms.count) || terms.count < 2) return err("A payment plan has at least 2 instalments");
  const each = Math.floor(rest / terms.count);
  if (each < 1) return err(`The balance is too small for ${terms.count} instalments`);
  const split = splitTotal(rest, [...Array.from({ length: terms.count - 1 }, () => ({ mode: "amount" as const, minor: each })), { mode: "rest" as const }]);
  if (!split.ok) return err("The instalments could not be worked out");
  const instalments = split.amounts.map((amount, i) => ({ n: i + 1, date: instalmentDate(terms.firstDate, terms.every, i), amount }));
  return { ok: true, value: { balance, downPayment: terms.downPayment, instalments, roundingOn: rest % terms.count === 0 ? null : terms.count } };
}

export type PlanTermsContext = {
  currency: string;
  locale: string;
  invoiceNumber: string;
  /** What is waived if every instalment is paid on time, pre-formatted by the interest calculator ("interest of £48.22"); default "the late-payment interest and fees". */
  waivedText?: string;
};

const EVERY_WORDS: Record<PaymentPlanTerms["every"], string> = { month: "every month", "2-weeks": "every two weeks", week: "every week" };

/** The plan's terms as plain sentences, for the offer message and the agreement letter. */
export function paymentPlanTermsText(plan: PaymentPlan, terms: PaymentPlanTerms, ctx: PlanTermsContext): string[] {
  const money = (m: number) => formatMoney(m, ctx.currency, ctx.locale);
  const date = (d: string) => formatDate(d, documentDateLocale(ctx.locale));
  const first = plan.instalments[0]!;
  const last = plan.instalments[plan.instalments.length - 1]!;
  const count = plan.instalments.length;
  const amounts =
    plan.roundingOn === null
      ? `${count} instalments of ${money(first.amount)}`
      : `${count - 1} instalments of ${money(first.amount)} and a last one of ${money(last.amount)}`;
  const schedule = `${amounts}, ${EVERY_WORDS[terms.every]} from ${date(first.date)} to ${date(last.date)}`;
  const lines =
    plan.downPayment > 0
      ? [
          `Of the balance of ${money(plan.balance)} on invoice ${ctx.invoiceNumber}, a first payment of ${money(plan.downPayment)} is made on signing this plan.`,
          `The remaining ${money(plan.balance - plan.downPayment)} is paid in ${schedule}.`,
        ]
      : [`The balance of ${money(plan.balance)} on invoice ${ctx.invoiceNumber} is paid in ${schedule}.`];
  lines.push(
    terms.graceDays === 0
      ? "If an instalment is not received on its date, the whole balance then unpaid becomes due at once."
      : `If an instalment is not received within ${days(terms.graceDays)} after its date, the whole balance then unpaid becomes due at once.`,
  );
  if (terms.waiveInterestIfKept) {
    lines.push(`If every instalment is paid on time, ${ctx.waivedText ?? "the late-payment interest and fees"} will be waived.`);
  }
  return lines;
}
