import type { InvoiceTotals } from "../../invoice/invoice-totals";
import { lateFeeClause, lateFeeExample } from "../../terms/late-fee-wording";
import type { Block } from "../document-model";
import type { InvoiceContext } from "./invoice-context";

/**
 * The agreed late-payment terms in the contract's own words (late-fee-wording.ts), naming this
 * invoice's due date, with a worked example on its total. None when no late fee is charged:
 * an invoice need not say so.
 */
export function latePaymentTerms(ctx: InvoiceContext, totals: InvoiceTotals): Block[] {
  const { invoice } = ctx;
  if (invoice.lateFee.kind === "none") return [];
  const wording = { currency: invoice.currency, locale: invoice.locale, dueDate: ctx.date(invoice.due.date) };
  const blocks: Block[] = [{ kind: "paragraph", text: `Late payment: ${lateFeeClause(invoice.lateFee, wording)}` }];
  if (totals.total > 0) {
    const example = lateFeeExample(invoice.lateFee, { ...wording, exampleMinor: totals.total });
    if (example) blocks.push({ kind: "paragraph", text: example });
  }
  return blocks;
}
