import type { InvoiceDue } from "../../invoice/invoice";
import { days } from "../../terms/day-words";
import type { InvoiceContext } from "./invoice-context";

/** The due date with the terms it comes from: "1 April 2027 (net 14 days)", "3 March 2027 (on receipt)". */
export function dueText(due: InvoiceDue, ctx: InvoiceContext): string {
  switch (due.kind) {
    case "net":
      return `${ctx.date(due.date)} (net ${days(due.days)})`;
    case "on-receipt":
      return `${ctx.date(due.date)} (on receipt)`;
    case "date":
      return ctx.date(due.date);
  }
}
