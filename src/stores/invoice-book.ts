import { todayInZone } from "../domain/dates/calendar-date";
import {
  type BookChange,
  type DeletionCheck,
  type ImportReport,
  type InvoiceBook,
  MAX_INVOICE_BOOK_CHARS,
  type SavedInvoice,
  createInvoice,
  createInvoices,
  deleteInvoice as deleteFromBook,
  deletionCheck,
  duplicateInvoice as duplicateInBook,
  markOpen,
  markPaid,
  mergeImportedBook,
  newInvoiceBook,
  openInvoiceBook,
  setPrefix,
  updateInvoiceDraft,
  voidInvoice as voidInBook,
  wrapInvoiceBook,
} from "../domain/invoice/invoice-book";
import type { Contract } from "../domain/contract/contract";
import { keepingNumbersOf } from "../domain/invoice/book-counters";
import { contractInvoiceSource } from "../domain/invoice/contract-invoice-source";
import type { ContractInvoicePlan } from "../domain/invoice/invoices-from-contract";
import { InvoiceDraft, MAX_INVOICE_LINES } from "../domain/invoice/invoice-draft";
import { duplicateLine as duplicateDraftLine, moveLine as moveDraftLine, newInvoiceDraft, newInvoiceLine } from "../domain/invoice/new-invoice-draft";
import { fileName } from "../domain/text/file-name";
import { type DraftValue, maxLengthIn, withValueAt } from "./draft-path";
import { browserNumberLocale, randomId } from "./browser";
import { createSavedStore } from "./saved-store";
import { INVOICE_BOOK_KEY } from "./storage-keys";

// The invoices saved in this browser and their numbering, kept as they are typed, with the same
// protections as the contract draft (saved-store.ts). Every change is one of the invoice book's
// pure functions (domain/invoice/invoice-book.ts); this file only picks the ids, dates and times.

export { INVOICE_BOOK_KEY };

export type ActionResult = { ok: true; message?: string } | { ok: false; message: string };

function today(): string {
  return todayInZone(new Date());
}

function now(): string {
  return new Date().toISOString();
}

const browserLocale = () => browserNumberLocale("en-US");
const newId = () => randomId("inv");

const book = createSavedStore<InvoiceBook>({
  key: INVOICE_BOOK_KEY,
  open(text) {
    const opened = openInvoiceBook(text);
    if (opened.status === "ok") return { status: "ok", value: opened.book, migratedFrom: opened.migratedFrom };
    if (opened.status === "newer") return { status: "newer", version: opened.version, value: opened.book };
    return opened;
  },
  encode: (value, savedAt) => JSON.stringify(wrapInvoiceBook(value, savedAt)),
  fresh: () => newInvoiceBook(today()),
  damagedMessage: (kept) =>
    kept
      ? "Your saved invoices are damaged and could not be opened, so the list starts empty. A copy of the damaged list was kept in this browser."
      : "Your saved invoices are damaged and could not be opened, so the list starts empty. There was no room to keep a copy: download it now if you need it.",
  newerMessage: (version) =>
    `Your invoices were saved by a newer version of Upfront (list version ${version}), so they are open read-only and ` +
    "will not be changed here. Reload the page to get the latest version, or download the list to keep a copy.",
  // Another tab's change is taken quietly unless it removed an invoice this tab still has.
  // Whichever version the user keeps, numbers the other one gave out are never given again.
  reconcile: keepingNumbersOf,
  quietSync: (mine, theirs) => {
    const kept = new Set(theirs.invoices.map((inv) => inv.id));
    return mine.invoices.every((inv) => kept.has(inv.id));
  },
});

export const $invoiceBook = book.$value;
export const $bookSaveStatus = book.$saveStatus;
export const $bookRestoreProblem = book.$restoreProblem;
export const $bookReadOnly = book.$readOnly;
export const $bookReadOnlyMessage = book.$readOnlyMessage;
export const $bookOtherTabChange = book.$otherTabChange;
export const keepThisTabsBook = book.keepThisTab;
export const loadOtherTabsBook = book.loadOtherTab;
export const dismissBookRestoreProblem = book.dismissRestoreProblem;
export const flushInvoiceBook = book.flush;

const READ_ONLY: { ok: false; message: string } = { ok: false, message: "Your invoices are open read-only, so nothing can be changed here." };

/** Applies one of the book's functions; its message (if any) is handed back for the page to show. */
function apply(change: (current: InvoiceBook) => BookChange): ActionResult {
  if (book.$readOnly.get()) return READ_ONLY;
  const result = change(book.$value.get());
  if (!result.ok) return result;
  book.update(() => result.book);
  return result.message === undefined ? { ok: true } : { ok: true, message: result.message };
}

export function findInvoice(id: string): SavedInvoice | undefined {
  return book.$value.get().invoices.find((inv) => inv.id === id);
}

/** The invoice made most recently: where a new invoice takes the user's own details from. */
function mostRecent(current: InvoiceBook): SavedInvoice | undefined {
  let latest: SavedInvoice | undefined;
  for (const inv of current.invoices) if (!latest || inv.createdAt >= latest.createdAt) latest = inv;
  return latest;
}

/**
 * A new invoice dated today, with the next number. A freelancer types their own details once:
 * the seller, bank details, currency and number style come from the most recent invoice.
 */
export function newInvoice(): { ok: true; id: string } | { ok: false; message: string } {
  if (book.$readOnly.get()) return READ_ONLY;
  const current = book.$value.get();
  const fresh = newInvoiceDraft(browserLocale(), today());
  const last = mostRecent(current)?.draft;
  const draft: InvoiceDraft = last
    ? { ...fresh, seller: last.seller, payment: last.payment, currency: last.currency, numberLocale: last.numberLocale }
    : fresh;
  const created = createInvoice(current, draft, { id: newId(), now: now() });
  if (!created.ok) return created;
  book.update(() => created.book);
  return { ok: true, id: created.invoice.id };
}

/** A copy with the next number, dated today; returns the copy's id. */
export function duplicateInvoice(id: string): { ok: true; id: string; number: string } | { ok: false; message: string } {
  if (book.$readOnly.get()) return READ_ONLY;
  const created = duplicateInBook(book.$value.get(), id, { id: newId(), now: now(), issueDate: today() });
  if (!created.ok) return created;
  book.update(() => created.book);
  return { ok: true, id: created.invoice.id, number: created.invoice.number };
}

export function markInvoicePaid(id: string, date: string): ActionResult {
  return apply((current) => markPaid(current, id, date, now()));
}

export function markInvoiceOpen(id: string): ActionResult {
  return apply((current) => markOpen(current, id, now()));
}

export function voidInvoice(id: string, date = today()): ActionResult {
  return apply((current) => voidInBook(current, id, date, now()));
}

/** Whether the invoice may be deleted, with the confirmation to show (or why not). */
export function checkDeletion(id: string): DeletionCheck {
  return deletionCheck(book.$value.get(), id);
}

export function deleteInvoice(id: string): ActionResult {
  return apply((current) => deleteFromBook(current, id));
}

/** The prefix of the next invoice, and optionally the first number of a new series. */
export function setNumbering(prefix: string, startAt?: number): ActionResult {
  return apply((current) => setPrefix(current, prefix, startAt));
}

/** Changes one invoice's draft, keeping its number; unchanged when the invoice is gone or the book read-only. */
function updateDraft(id: string, change: (draft: InvoiceDraft) => InvoiceDraft): boolean {
  if (book.$readOnly.get()) return false;
  const current = book.$value.get();
  const saved = current.invoices.find((inv) => inv.id === id);
  if (!saved) return false;
  const draft = change(saved.draft);
  if (draft === saved.draft) return false;
  const result = updateInvoiceDraft(current, id, draft, now());
  if (!result.ok) return false;
  return book.update(() => result.book);
}

/**
 * "lines.<lineId>.unitPrice" (the path messages and DOM ids use) → "lines.3.unitPrice" (the
 * position in the draft), or null when no line has that id.
 */
export function indexPath(draft: InvoiceDraft, path: string): string | null {
  const match = /^lines\.([^.]+)\.(.+)$/.exec(path);
  if (!match || /^\d+$/.test(match[1]!)) return path;
  const at = draft.lines.findIndex((l) => l.id === match[1]);
  return at < 0 ? null : `lines.${at}.${match[2]}`;
}

/** The longest text an invoice field takes (from the draft schema). */
export function invoiceMaxLength(path: string): number | undefined {
  return maxLengthIn(InvoiceDraft, path.replace(/^lines\.[^.]+\./, "lines.0."));
}

/** Sets one answer of an invoice by its path ("buyer.name", "lines.l3.quantity"). Text longer than the field allows is cut. */
export function setInvoiceField(id: string, path: string, value: DraftValue): void {
  const max = invoiceMaxLength(path);
  const clipped = typeof value === "string" && max !== undefined && value.length > max ? value.slice(0, max) : value;
  updateDraft(id, (draft) => {
    const at = indexPath(draft, path);
    return at === null ? draft : withValueAt(draft, at, clipped);
  });
}

/** Adds an empty line at the end; returns its id, or null when the invoice is full. */
export function addLine(id: string): string | null {
  const saved = findInvoice(id);
  if (!saved || saved.draft.lines.length >= MAX_INVOICE_LINES) return null;
  const added = newInvoiceLine(saved.draft.lines);
  return updateDraft(id, (draft) => ({ ...draft, lines: [...draft.lines, added] })) ? added.id : null;
}

export function removeLine(id: string, lineId: string): void {
  updateDraft(id, (draft) => ({ ...draft, lines: draft.lines.filter((l) => l.id !== lineId) }));
}

export function moveLine(id: string, lineId: string, by: -1 | 1): void {
  updateDraft(id, (draft) => ({ ...draft, lines: moveDraftLine(draft.lines, lineId, by) }));
}

/** A copy of the line right below it; returns the copy's id, or null when the invoice is full. */
export function duplicateLine(id: string, lineId: string): string | null {
  const saved = findInvoice(id);
  if (!saved) return null;
  const lines = duplicateDraftLine(saved.draft.lines, lineId);
  if (lines.length === saved.draft.lines.length) return null;
  const copy = lines.find((l) => !saved.draft.lines.some((old) => old.id === l.id));
  return updateDraft(id, (draft) => ({ ...draft, lines })) && copy ? copy.id : null;
}

export type InvoiceImport = { ok: true; report: ImportReport } | { ok: false; message: string };

/** Adds the invoices of an exported file's text to the list; the list before is kept as a backup. */
export function importInvoices(text: string): InvoiceImport {
  if (book.$readOnly.get()) return READ_ONLY;
  const merged = mergeImportedBook(book.$value.get(), text);
  if (!merged.ok) return merged;
  const { report } = merged;
  if (report.added.length > 0 || report.updated.length > 0) {
    book.backupCurrent();
    book.update(() => merged.book);
  }
  return { ok: true, report };
}

/** A saved list is at most this many characters, and a character is at least one byte: a longer file is refused unread. */
const MAX_IMPORT_BYTES = MAX_INVOICE_BOOK_CHARS;

/** Checks the file's size before reading it, so a huge file is refused without loading it. */
export async function importInvoicesFile(file: Blob): Promise<InvoiceImport> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: "This file is too large to be an Upfront invoice list. Choose the .json file you downloaded from Upfront." };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: "The file could not be read. Try choosing it again." };
  }
  return importInvoices(text);
}

/** Every invoice as the text of a .json file (the saved envelope; exactly as saved while read-only). */
export function exportInvoices(): string {
  return book.exportText();
}

/** "upfront-invoices-2027-05-12.json" */
export function invoicesFileName(date = today()): string {
  return fileName("upfront-invoices", [date], "json");
}

/** "upfront-unreadable-invoices-2027-05-12.txt" */
export function unreadableInvoicesFileName(date = today()): string {
  return fileName("upfront-unreadable-invoices", [date], "txt");
}

/**
 * Saves the invoices a contract implies (deposit and milestones) with consecutive numbers, all or
 * none. Bank details come from the most recent invoice, as for a new invoice.
 */
export function createContractInvoices(
  contract: Contract,
  plans: readonly ContractInvoicePlan[],
): { ok: true; numbers: string[] } | { ok: false; message: string } {
  if (book.$readOnly.get()) return READ_ONLY;
  if (plans.length === 0) return { ok: false, message: "This contract has no payments to invoice." };
  const current = book.$value.get();
  const payment = mostRecent(current)?.draft.payment;
  const items = plans.map((plan) => ({
    id: newId(),
    draft: payment && !plan.draft.payment.iban && !plan.draft.payment.otherAccount ? { ...plan.draft, payment } : plan.draft,
    source: contractInvoiceSource(contract, plan.paymentIndex),
  }));
  const created = createInvoices(current, items, now());
  if (!created.ok) return created;
  book.update(() => created.book);
  return { ok: true, numbers: created.invoices.map((inv) => inv.number) };
}
