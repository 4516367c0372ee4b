import { computed } from "nanostores";
import { daysBetween, formatDate, isValidCalendarDate, todayInZone } from "../domain/dates/calendar-date";
import { documentDateLocale } from "../domain/dates/document-date-locale";
import { type InvoiceBook, type SavedInvoice, canChooseStart, nextNumber, seriesGaps } from "../domain/invoice/invoice-book";
import { moneyOf } from "../domain/invoice/draft-money";
import type { InvoiceDraft } from "../domain/invoice/invoice-draft";
import { invoiceTotals } from "../domain/invoice/invoice-totals";
import { readInvoice } from "../domain/invoice/read-invoice";
import { readInvoiceLines } from "../domain/invoice/read-invoice-lines";
import type { InvoiceStepId } from "../domain/invoice/invoice-steps";
import { FieldErrors } from "../domain/contract/field-errors";
import { formatMoney } from "../domain/money/format-money";
import { $invoiceBook } from "./invoice-book";

// The list of saved invoices as the list page shows it: one row per invoice, newest number first.

export type RowStatus =
  | { kind: "open"; label: "Open" }
  | { kind: "overdue"; label: string; days: number }
  | { kind: "paid"; label: string; on: string }
  | { kind: "void"; label: string; on: string };

export type InvoiceRow = {
  id: string;
  number: string;
  client: string;
  issueDate: string;
  dueDate: string;
  total: string;
  status: RowStatus;
  /** True when some answers are still missing, so no PDF can be made yet. */
  incomplete: boolean;
};

type Figures = { dueDate: string | null; total: number | null; incomplete: boolean };

// Reading an invoice is the costly part: done once per saved draft, not on every render.
const figuresByDraft = new WeakMap<InvoiceDraft, Figures>();

function figures(draft: InvoiceDraft): Figures {
  const cached = figuresByDraft.get(draft);
  if (cached) return cached;
  const read = readInvoice(draft, "");
  let result: Figures;
  if (read.ok) {
    result = { dueDate: read.invoice.due.date, total: invoiceTotals(read.invoice).total, incomplete: false };
  } else {
    // While other answers are missing, readable lines still give the total.
    const money = moneyOf(draft);
    const lines = money ? readInvoiceLines(draft, money, new FieldErrors<InvoiceStepId>("lines")) : undefined;
    result = { dueDate: null, total: lines ? invoiceTotals(lines).total : null, incomplete: true };
  }
  figuresByDraft.set(draft, result);
  return result;
}

function status(saved: SavedInvoice, dueDate: string | null, today: string, dateLocale: string): RowStatus {
  switch (saved.status.kind) {
    case "paid":
      return { kind: "paid", on: saved.status.on, label: `Paid on ${formatDate(saved.status.on, dateLocale)}` };
    case "void":
      return { kind: "void", on: saved.status.on, label: `Void since ${formatDate(saved.status.on, dateLocale)}` };
    case "open": {
      const late = dueDate === null ? 0 : daysBetween(dueDate, today);
      if (late > 0) return { kind: "overdue", days: late, label: `Overdue by ${late === 1 ? "1 day" : `${late} days`}` };
      return { kind: "open", label: "Open" };
    }
  }
}

function row(saved: SavedInvoice, today: string): InvoiceRow {
  const { draft } = saved;
  const dateLocale = documentDateLocale(draft.numberLocale);
  const f = figures(draft);
  const money = moneyOf(draft);
  const date = (d: string | null) => (d !== null && isValidCalendarDate(d) ? formatDate(d, dateLocale) : "—");
  return {
    id: saved.id,
    number: saved.number,
    client: draft.buyer.businessName.trim() || draft.buyer.name.trim(),
    issueDate: date(draft.issueDate),
    dueDate: date(f.dueDate),
    total: f.total !== null && money ? formatMoney(f.total, money.currency, money.locale) : "—",
    status: status(saved, f.dueDate, today, dateLocale),
    incomplete: f.incomplete,
  };
}

/** Newest number first: by series, then by sequence. */
function byNumber(a: SavedInvoice, b: SavedInvoice): number {
  if (a.prefix !== b.prefix) return a.prefix < b.prefix ? 1 : -1;
  return b.sequence - a.sequence;
}

export const $invoiceRows = computed($invoiceBook, (book: InvoiceBook) => {
  const today = todayInZone(new Date());
  return [...book.invoices].sort(byNumber).map((saved) => row(saved, today));
});

export type Numbering = {
  prefix: string;
  next: string;
  /** True while the current series has no invoice, so its first number can be chosen. */
  canChooseStart: boolean;
  gaps: ReturnType<typeof seriesGaps>;
};

export const $numbering = computed($invoiceBook, (book: InvoiceBook): Numbering => ({
  prefix: book.prefix,
  next: nextNumber(book).number,
  canChooseStart: canChooseStart(book),
  gaps: seriesGaps(book),
}));
