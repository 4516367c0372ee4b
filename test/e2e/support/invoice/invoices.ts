// Helpers for the invoice e2e tests (/invoice): a saved invoice list built with the invoice book's
// own functions, opening the page with it in storage, and waiting for what the page shows.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { type InvoiceBook, createInvoice, newInvoiceBook, wrapInvoiceBook } from "../../../../src/domain/invoice/invoice-book";
import type { InvoiceDraft, InvoiceLineDraft } from "../../../../src/domain/invoice/invoice-draft";
import { INVOICE_STEPS, type InvoiceStepId } from "../../../../src/domain/invoice/invoice-steps";
import { newInvoiceDraft } from "../../../../src/domain/invoice/new-invoice-draft";
import { openPage, type OpenPageOptions, type PageSession, waitForLoaded, waitForLiveView } from "../browser";
import { WIZARD_CONTEXT, seedStorage } from "../contract/wizard";

export const BOOK_KEY = "upfront:invoice-book";
export const BOOK_BACKUP_PREFIX = `${BOOK_KEY}:backup-`;

/** A complete invoice from a German freelancer to an Irish company, in euros, with `lineCount` lines. */
export function sampleInvoiceDraft(issueDate: string, lineCount = 2): InvoiceDraft {
  const draft = newInvoiceDraft("en-US", issueDate);
  const lines: InvoiceLineDraft[] = Array.from({ length: lineCount }, (_, i) => ({
    ...draft.lines[0]!,
    id: `l${i + 1}`,
    description: `Work package ${i + 1}`,
    quantity: String((i % 5) + 1),
    unit: "hours",
    unitPrice: `${80 + (i % 7)}.50`,
    taxRate: i % 3 === 0 ? "7" : "19",
  }));
  return {
    ...draft,
    seller: { ...draft.seller, name: "Zoë Łukasiewicz", address: "Hauptstraße 1\n10115 Berlin", country: "DE", taxId: "DE123456789" },
    buyer: { ...draft.buyer, name: "Nguyễn Thị Minh", businessName: "Acme Ltd", address: "1 Market Square\nDublin", country: "IE", taxId: "IE1234567T" },
    lines,
    payment: { ...draft.payment, accountHolder: "Zoë Łukasiewicz", iban: "DE89370400440532013000", bic: "COBADEFFXXX" },
    taxNote: "",
  };
}

/** A book with one invoice per draft, numbered 2027-0001… in order; ids inv-1, inv-2… */
export function sampleBook(drafts: InvoiceDraft[], prefix = "2027-"): InvoiceBook {
  let book: InvoiceBook = { ...newInvoiceBook("2027-01-01"), prefix };
  drafts.forEach((draft, i) => {
    const created = createInvoice(book, draft, { id: `inv-${i + 1}`, now: `2027-03-01T09:00:0${i % 10}.000Z` });
    if (!created.ok) throw new Error(created.message);
    book = created.book;
  });
  return book;
}

/** The saved text of a book, exactly as the app stores and exports it. */
export function bookText(book: InvoiceBook): string {
  return JSON.stringify(wrapInvoiceBook(book, "2027-03-01T09:00:00.000Z"));
}

export interface InvoicePageOptions extends OpenPageOptions {
  /** A book to find in storage on first load. */
  book?: InvoiceBook;
  /** Raw localStorage entries to find on first load (e.g. a damaged list). */
  storage?: Record<string, string>;
  /** Scripts to run in every page before the app's own (e.g. a storage that throws). */
  initScripts?: string[];
}

/** Opens /invoice (or a path under it) in a fresh context and waits until the list or editor is shown. */
export async function openInvoices(path = "/invoice", options: InvoicePageOptions = {}): Promise<PageSession> {
  const session = await openPage(null, { ...options, context: { ...WIZARD_CONTEXT, ...options.context } });
  const entries = { ...options.storage, ...(options.book ? { [BOOK_KEY]: bookText(options.book) } : {}) };
  if (Object.keys(entries).length > 0) await seedStorage(session.page, entries);
  for (const script of options.initScripts ?? []) await session.context.addInitScript(script);
  await session.goto(path);
  await waitForInvoices(session.page);
  return session;
}

export async function waitForInvoices(page: Page): Promise<void> {
  await waitForLiveView(page);
}

export function invoiceStepTitle(id: InvoiceStepId): string {
  return INVOICE_STEPS.find((s) => s.id === id)!.title;
}

/** The editor shows this step: its heading, the address and the page title. */
export async function expectInvoiceStep(page: Page, id: InvoiceStepId): Promise<void> {
  const title = invoiceStepTitle(id);
  await expect.poll(() => page.locator("#step-heading").innerText(), { timeout: 10_000 }).toBe(title);
  await waitForLoaded(page);
  expect(new URL(page.url()).searchParams.get("step") ?? "parties").toBe(id);
  await expect.poll(() => page.title()).toMatch(new RegExp(`^(Error: )?${title} — Invoice .+ — Upfront$`));
}

/** The saved list as the app last wrote it (null when nothing is saved). */
export async function storedBook(page: Page): Promise<InvoiceBook | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), BOOK_KEY);
  return text ? (JSON.parse(text) as { data: InvoiceBook }).data : null;
}

/** Waits until the saved list (writes are delayed ~300 ms) satisfies `check`. */
export async function waitForSavedBook(page: Page, check: (book: InvoiceBook) => boolean): Promise<InvoiceBook> {
  let last: InvoiceBook | null = null;
  await expect
    .poll(
      async () => {
        last = await storedBook(page);
        return last !== null && check(last);
      },
      { timeout: 5_000, interval: 100 },
    )
    .toBe(true);
  return last!;
}

/** The list's rows as [number, status] pairs, in the order shown. */
export async function listRows(page: Page): Promise<string[][]> {
  return page.locator(".invoice-table__row").evaluateAll((rows) =>
    rows.map((row) => [
      (row.querySelector("th a")?.textContent ?? "").replace("Open invoice", "").trim(),
      (row.querySelector(".tag")?.textContent ?? "").trim(),
    ]),
  );
}
