import { buildInvoiceDocument } from "../document/build-invoice-document";
import type { DocumentModel } from "../document/document-model";
import { displayName } from "../text/display-name";
import type { Invoice } from "./invoice";
import type { SavedInvoice } from "./invoice-book";
import { invoiceFileName } from "./invoice-file-name";
import { type InvoiceTotals, invoiceTotals } from "./invoice-totals";
import { type InvoiceFieldError, readInvoice } from "./read-invoice";

// A saved invoice, read and turned into its document and file name: what the preview, the PDF
// download, the zip of a contract's invoices and the calendar all start from.

export type SavedInvoiceDocument =
  | { ok: true; invoice: Invoice; totals: InvoiceTotals; model: DocumentModel; fileName: string }
  | { ok: false; errors: InvoiceFieldError[] };

export function savedInvoiceDocument(saved: Pick<SavedInvoice, "draft" | "number" | "status">, today: string): SavedInvoiceDocument {
  const read = readInvoice(saved.draft, saved.number);
  if (!read.ok) return read;
  const { invoice } = read;
  const totals = invoiceTotals(invoice);
  return {
    ok: true,
    invoice,
    totals,
    model: buildInvoiceDocument(invoice, totals, saved.status, { today }),
    fileName: invoiceFileName(invoice.number, displayName(invoice.buyer)),
  };
}
