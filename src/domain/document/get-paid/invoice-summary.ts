import { days } from "../../terms/day-words";
import type { Block } from "../document-model";
import type { LetterContext } from "./letter-context";

/**
 * The unpaid invoice in facts: number, what it was for, dates, amount, each payment received,
 * the balance and how long it has been overdue. Every letter states the debt the same way.
 */
export function invoiceSummary(ctx: LetterContext): Block {
  const { invoice } = ctx;
  const items = [
    { term: "Invoice number", value: invoice.number },
    ...(invoice.description ? [{ term: "For", value: invoice.description }] : []),
    { term: "Issue date", value: ctx.date(invoice.issueDate) },
    { term: "Due date", value: ctx.date(invoice.dueDate) },
    { term: "Amount invoiced", value: ctx.money(invoice.amountMinor) },
    ...invoice.payments.map((payment) => ({ term: `Paid on ${ctx.date(payment.date)}`, value: ctx.money(payment.amountMinor) })),
    { term: "Balance unpaid", value: ctx.money(invoice.balanceMinor) },
  ];
  if (invoice.daysOverdue > 0) items.push({ term: "Overdue by", value: days(invoice.daysOverdue) });
  return { kind: "facts", items };
}
