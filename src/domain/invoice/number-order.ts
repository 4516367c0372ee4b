import { formatDate } from "../dates/calendar-date";
import { parseDate } from "../dates/parse-date";
import type { InvoiceBook } from "./invoice-book";

// Some countries require invoice numbers to follow the order of the issue dates, e.g. France:
// Code général des impôts, annexe II, art. 242 nonies A (I, 7°), "un numéro unique basé sur une
// séquence chronologique et continue". The EU VAT Directive (art. 226(2)) and the UK ask only
// for a unique sequence, so this is a warning, never a block.

export type NumberOrderProblem = {
  prefix: string;
  /** The invoice dated too early for its number, e.g. "2026-0004"… */
  number: string;
  issueDate: string;
  /** …and the lower-numbered invoice it is dated before (the latest-dated one below it). */
  previousNumber: string;
  previousIssueDate: string;
};

/**
 * Per series, in number order, each invoice whose issue date is before that of a lower-numbered
 * invoice. Void invoices are left out (nothing is owed on them), and so are drafts whose issue
 * date can't be read (the editor asks for one).
 */
export function numberOrderProblems(book: Pick<InvoiceBook, "invoices">): NumberOrderProblem[] {
  const dated = book.invoices
    .filter((inv) => inv.status.kind !== "void")
    .flatMap((inv) => {
      const date = parseDate(inv.draft.issueDate);
      return date.ok ? [{ inv, issueDate: date.value }] : [];
    })
    .sort((a, b) => (a.inv.prefix < b.inv.prefix ? -1 : a.inv.prefix > b.inv.prefix ? 1 : a.inv.sequence - b.inv.sequence));
  const problems: NumberOrderProblem[] = [];
  let latest: (typeof dated)[number] | undefined;
  for (const entry of dated) {
    if (latest && latest.inv.prefix !== entry.inv.prefix) latest = undefined;
    if (latest && entry.issueDate < latest.issueDate) {
      problems.push({
        prefix: entry.inv.prefix,
        number: entry.inv.number,
        issueDate: entry.issueDate,
        previousNumber: latest.inv.number,
        previousIssueDate: latest.issueDate,
      });
    } else {
      latest = entry;
    }
  }
  return problems;
}

/**
 * "Invoice 2026-0004 is dated 21 November 2026, before 2026-0003 (26 March 2027). …" Dates in
 * `dateLocale` ("en-GB" by default).
 */
export function numberOrderMessage(problem: NumberOrderProblem, dateLocale = "en-GB"): string {
  const date = (day: string) => formatDate(day, dateLocale);
  return (
    `Invoice ${problem.number} is dated ${date(problem.issueDate)}, before ${problem.previousNumber} (${date(problem.previousIssueDate)}). ` +
    "Some countries (France, for one) require invoice numbers to follow the order of their dates: check the dates, " +
    "or void the invoice and issue it again under the next number."
  );
}
