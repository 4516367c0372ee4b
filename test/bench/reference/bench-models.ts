// The document models the bench compares engines on, made by the project's own code from the same
// saved JSON the site's bench puts in localStorage (the path the review steps take). Bundled for
// Node by support/reference-pdf.ts: some of src/ uses TypeScript that Node's type stripping refuses.
import { readContract } from "../../../src/domain/contract/read-contract";
import { buildContractDocument } from "../../../src/domain/document/build-contract-document";
import type { DocumentModel } from "../../../src/domain/document/document-model";
import { openDraft } from "../../../src/domain/drafts/draft-envelope";
import { openInvoiceBook } from "../../../src/domain/invoice/invoice-book";
import { savedInvoiceDocument } from "../../../src/domain/invoice/saved-invoice-document";

/** The contract document of a saved draft envelope (localStorage JSON). */
export function contractModel(draftJson: string, today: string): DocumentModel {
  const opened = openDraft(draftJson);
  if (opened.status !== "ok") throw new Error(`the bench draft does not open: ${opened.status}`);
  const contract = readContract(opened.draft);
  if (!contract.ok) throw new Error("the bench draft is not a complete contract");
  return buildContractDocument(contract.contract, today);
}

/** The document of one invoice in a saved invoice list (localStorage JSON). */
export function invoiceModel(bookJson: string, invoiceId: string, today: string): DocumentModel {
  const opened = openInvoiceBook(bookJson);
  if (opened.status !== "ok") throw new Error(`the bench invoice list does not open: ${opened.status}`);
  const saved = opened.book.invoices.find((invoice) => invoice.id === invoiceId);
  if (!saved) throw new Error(`no invoice ${invoiceId} in the bench invoice list`);
  const doc = savedInvoiceDocument(saved, today);
  if (!doc.ok) throw new Error("the bench invoice is not complete");
  return doc.model;
}
