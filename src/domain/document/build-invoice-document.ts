import type { Invoice, InvoiceStatus } from "../invoice/invoice";
import type { InvoiceTotals } from "../invoice/invoice-totals";
import type { Block, DocumentModel, Section } from "./document-model";
import { closingSection } from "./invoice/closing-section";
import { type InvoiceContext, invoiceContext } from "./invoice/invoice-context";
import { invoiceFacts } from "./invoice/invoice-facts";
import { linesTable } from "./invoice/lines-table";
import { partyColumn } from "./invoice/party-column";
import { paymentSection } from "./invoice/payment-section";
import { statusNotice } from "./invoice/status-notice";
import { taxIdLabel } from "./invoice/tax-name";
import { taxSummaryTable } from "./invoice/tax-summary-table";
import { totalsBlock } from "./invoice/totals-block";

export type InvoiceDocumentOptions = {
  /**
   * The user's calendar date, "YYYY-MM-DD". When it is past the early-payment deadline the offer
   * is left out (it has lapsed); everything else is the same on every day.
   */
  today?: string;
};

/**
 * The invoice as a document: a pure function of the checked invoice, its totals (invoiceTotals)
 * and its status in the user's list. The HTML preview and the PDF both render what this returns.
 * Sections, top to bottom: status notice, parties and facts; items with totals; payment (with
 * the late-payment terms and the QR code); notes and thanks.
 */
export function buildInvoiceDocument(
  invoice: Invoice,
  totals: InvoiceTotals,
  status: InvoiceStatus,
  options: InvoiceDocumentOptions = {},
): DocumentModel {
  const ctx = invoiceContext(invoice);
  const title = `Invoice ${invoice.number}`;
  const notice = statusNotice(status, ctx);

  const head: Block[] = [
    ...(notice ? [notice] : []),
    { kind: "parties", columns: [partyColumn("From", invoice.seller, ctx), partyColumn("Bill to", invoice.buyer, ctx)] },
    invoiceFacts(ctx),
  ];
  const summary = taxSummaryTable(ctx, totals);
  const items: Block[] = [
    linesTable(ctx, totals),
    totalsBlock(ctx, totals, status.kind === "open" ? "Total due" : "Total"),
    ...(summary ? [summary] : []),
    ...(invoice.taxNote ? [{ kind: "paragraph" as const, text: invoice.taxNote }] : []),
  ];
  const sections: (Section | null)[] = [
    { id: "parties", number: "", heading: "", blocks: head },
    { id: "items", number: "", heading: "", blocks: items },
    paymentSection(ctx, totals, status, options.today),
    closingSection(ctx),
  ];

  const seller = ctx.sellerName;
  const total = ctx.money(totals.total);
  const state = status.kind === "void" ? " (void)" : status.kind === "paid" ? " (paid)" : "";
  const sellerTaxId = invoice.seller.taxId ? ` · ${taxIdLabel(ctx.tax)} ${invoice.seller.taxId}` : "";
  return {
    title,
    subtitle: subtitle(status, total, ctx),
    runningHeader: `${title}${state} · ${seller}`,
    runningFooter: `${seller}${sellerTaxId}`,
    sections: sections.filter((section): section is Section => section !== null),
    metadata: {
      title,
      author: seller,
      subject: `Invoice ${invoice.number} from ${seller} to ${ctx.buyerName}: ${total}, due ${ctx.date(invoice.due.date)}${state}`,
      keywords: ["invoice", invoice.number, seller, ctx.buyerName].join(", "),
      language: "en",
      creator: "Upfront",
    },
  };
}

/** "€8,448.41 due 31 March 2027", "€8,448.41 paid on 3 April 2027", "Void". */
function subtitle(status: InvoiceStatus, total: string, ctx: InvoiceContext): string {
  switch (status.kind) {
    case "open":
      return `${total} due ${ctx.date(ctx.invoice.due.date)}`;
    case "paid":
      return `${total} paid on ${ctx.date(status.on)}`;
    case "void":
      return `Void since ${ctx.date(status.on)}`;
  }
}
