import type { Block } from "../document-model";
import type { InvoiceContext } from "./invoice-context";
import { dueText } from "./due-text";

/**
 * Number and dates. Directive 2006/112/EC art. 226(1) date of issue, (2) sequential number,
 * (7) date of supply where it differs from the date of issue; HMRC VAT Notice 700 §16.3 (time of
 * supply). The due date is not a VAT requirement but the one date the client acts on.
 */
export function invoiceFacts(ctx: InvoiceContext): Block {
  const { invoice } = ctx;
  const items = [
    { term: "Invoice number", value: invoice.number },
    { term: "Issue date", value: ctx.date(invoice.issueDate) },
  ];
  if (invoice.supplyDate !== null && invoice.supplyDate !== invoice.issueDate) {
    items.push({ term: "Date of supply", value: ctx.date(invoice.supplyDate) });
  }
  items.push({ term: "Due date", value: dueText(invoice.due, ctx) });
  if (invoice.purchaseOrder) items.push({ term: "Purchase order", value: invoice.purchaseOrder });
  if (invoice.reference) items.push({ term: "Reference", value: invoice.reference });
  return { kind: "facts", items, columns: 2 };
}
