import { z } from "../zod";
import { CalendarDate, formatDate } from "../dates/calendar-date";
import { capped, group, id, line, list } from "../drafts/draft-fields";
import { envelopeSchema, openEnvelope, withUniqueIds, wrapEnvelope, type EnvelopeKind } from "../drafts/versioned-envelope";
import { InvoiceDraft } from "./invoice-draft";
import type { InvoiceStatus } from "./invoice";
import { formatInvoiceNumber, InvoicePrefix, MAX_NUMBER_DIGITS, MAX_SEQUENCE, numberMatches, readInvoicePrefix } from "./book-number";

// The invoices saved in this browser and the numbering they share. Numbers run without gaps in
// each series (one series per prefix): EU VAT Directive 2006/112/EC art. 226(2) and HMRC VAT Notice
// 700 §16.3 ask for sequential numbers that identify one invoice each. So a number is never given
// twice, and a sent invoice is voided, not deleted; only the latest number of a series may be
// deleted, which gives that number back to the series.
//
// Every function here is pure: it returns a new book (and a message where the user needs one).

export const INVOICE_BOOK_VERSION = 1;
/**
 * Longer texts are refused before parsing. Browser storage fills up well before this (a few
 * million characters); the limit only stops an absurd file, and fits MAX_SAVED_INVOICES short ones.
 */
export const MAX_INVOICE_BOOK_CHARS = 20_000_000;
export const MAX_SAVED_INVOICES = 5_000;
export const DEFAULT_NUMBER_DIGITS = 4;

/** Where an invoice came from: a payment of the contract's schedule (deposit = index 0). */
export const InvoiceSource = z.object({
  kind: z.literal("contract"),
  /** The contract draft's id; "" for invoices made before contracts had ids. */
  contractId: line(40),
  contractTitle: line(),
  clientName: line(),
  paymentIndex: z.int().check(z.minimum(0), z.maximum(100)),
});
export type InvoiceSource = z.infer<typeof InvoiceSource>;

export const SavedInvoiceStatus = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("open") }),
  z.object({ kind: z.literal("paid"), on: CalendarDate }),
  z.object({ kind: z.literal("void"), on: CalendarDate }),
]);
// The saved status is exactly the checked type the rest of the app reads.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statusMatches: Same<z.infer<typeof SavedInvoiceStatus>, InvoiceStatus> = true;
void statusMatches;

const timestamp = capped(40);
const counters = (min: number) => z._default(z.record(InvoicePrefix, z.int().check(z.minimum(min), z.maximum(MAX_SEQUENCE))), () => ({}));

export const SavedInvoice = z
  .object({
    id,
    /** As printed, e.g. "2026-0042"; fixed once given. */
    number: capped(60),
    prefix: InvoicePrefix,
    sequence: z.int().check(z.minimum(1), z.maximum(MAX_SEQUENCE)),
    status: z._default(SavedInvoiceStatus, () => ({ kind: "open" as const })),
    /** ISO 8601 instants, e.g. "2026-11-21T10:00:00.000Z". The later updatedAt wins on import. */
    createdAt: timestamp,
    updatedAt: timestamp,
    source: z._default(z.nullable(InvoiceSource), null),
    draft: group(InvoiceDraft),
  })
  .check(
    z.refine((saved) => numberMatches(saved.number, saved.prefix, saved.sequence), {
      error: "The number doesn't match its prefix and sequence",
      path: ["number"],
    }),
  );
export type SavedInvoice = z.infer<typeof SavedInvoice>;

export const InvoiceBook = z.object({
  /** The prefix of the next invoice, e.g. "2026-". */
  prefix: z._default(InvoicePrefix, ""),
  /** Sequences are zero-padded to this many digits. */
  digits: z._default(z.int().check(z.minimum(1), z.maximum(MAX_NUMBER_DIGITS)), DEFAULT_NUMBER_DIGITS),
  /** Highest sequence ever given per prefix in this browser; lowered only by deleting the latest invoice. */
  issued: counters(0),
  /** First sequence of a series chosen by the user (e.g. to continue from 42); only set before its first invoice. */
  startAt: counters(1),
  invoices: list(SavedInvoice, MAX_SAVED_INVOICES),
});
export type InvoiceBook = z.infer<typeof InvoiceBook>;

export type BookChange = { ok: true; book: InvoiceBook; message?: string } | { ok: false; message: string };
export type InvoiceCreated = { ok: true; book: InvoiceBook; invoice: SavedInvoice } | { ok: false; message: string };
export type InvoicesCreated = { ok: true; book: InvoiceBook; invoices: SavedInvoice[] } | { ok: false; message: string };
export type NextNumber = { prefix: string; sequence: number; number: string };

const counterOf = (record: Record<string, number>, prefix: string): number | undefined =>
  Object.hasOwn(record, prefix) ? record[prefix] : undefined;
const withCounter = (record: Record<string, number>, prefix: string, value: number | undefined): Record<string, number> => {
  const next = { ...record };
  if (value === undefined) delete next[prefix];
  else next[prefix] = value;
  return next;
};
const inSeries = (book: InvoiceBook, prefix: string) => book.invoices.filter((inv) => inv.prefix === prefix);

/** An empty book whose first series is the year of `today`: "2026-0001". */
export function newInvoiceBook(today: string): InvoiceBook {
  return { prefix: `${today.slice(0, 4)}-`, digits: DEFAULT_NUMBER_DIGITS, issued: {}, startAt: {}, invoices: [] };
}

/** The number the next invoice of a series will get: one more than the highest given (or the chosen start). */
export function nextNumber(book: InvoiceBook, prefix = book.prefix): NextNumber {
  const issued = counterOf(book.issued, prefix) ?? 0;
  const sequence = Math.max(issued + 1, counterOf(book.startAt, prefix) ?? 1);
  return { prefix, sequence, number: formatInvoiceNumber(prefix, sequence, book.digits) };
}

/** True while a series has no invoice at all, so its first number may still be chosen. */
export function canChooseStart(book: InvoiceBook, prefix = book.prefix): boolean {
  return inSeries(book, prefix).length === 0;
}

function uniqueId(book: InvoiceBook, wanted: string): string {
  const taken = new Set(book.invoices.map((inv) => inv.id));
  let candidate = wanted;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${wanted}-${n}`;
  return candidate;
}

/** Saves a new open invoice under the next number of the current series. */
export function createInvoice(
  book: InvoiceBook,
  draft: InvoiceDraft,
  options: { id: string; now: string; source?: InvoiceSource | null },
): InvoiceCreated {
  if (book.invoices.length >= MAX_SAVED_INVOICES) {
    return { ok: false, message: `The list holds ${MAX_SAVED_INVOICES.toLocaleString("en")} invoices at most. Export it to keep a copy, then start a new list.` };
  }
  const next = nextNumber(book);
  if (next.sequence > MAX_SEQUENCE) return { ok: false, message: "This series has no numbers left: choose a new prefix." };
  if (book.invoices.some((inv) => inv.number === next.number)) {
    return { ok: false, message: `Number ${next.number} is already used by an invoice of another series: choose another prefix.` };
  }
  const invoice: SavedInvoice = {
    id: uniqueId(book, options.id),
    number: next.number,
    prefix: next.prefix,
    sequence: next.sequence,
    status: { kind: "open" },
    createdAt: options.now,
    updatedAt: options.now,
    source: options.source ?? null,
    draft,
  };
  return {
    ok: true,
    invoice,
    book: { ...book, issued: withCounter(book.issued, next.prefix, next.sequence), invoices: [...book.invoices, invoice] },
  };
}

/** Saves several invoices with consecutive numbers, in order (all or none). */
export function createInvoices(
  book: InvoiceBook,
  entries: readonly { id: string; draft: InvoiceDraft; source?: InvoiceSource | null }[],
  now: string,
): InvoicesCreated {
  let current = book;
  const invoices: SavedInvoice[] = [];
  for (const entry of entries) {
    const created = createInvoice(current, entry.draft, { id: entry.id, now, source: entry.source ?? null });
    if (!created.ok) return created;
    current = created.book;
    invoices.push(created.invoice);
  }
  return { ok: true, book: current, invoices };
}

function change(book: InvoiceBook, invoiceId: string, update: (saved: SavedInvoice) => SavedInvoice | string): BookChange {
  const at = book.invoices.findIndex((inv) => inv.id === invoiceId);
  const saved = book.invoices[at];
  if (!saved) return { ok: false, message: "This invoice is no longer in the list." };
  const next = update(saved);
  if (typeof next === "string") return { ok: false, message: next };
  const invoices = [...book.invoices];
  invoices[at] = next;
  return { ok: true, book: { ...book, invoices } };
}

/** Replaces the saved draft (what the user typed); the number stays. */
export function updateInvoiceDraft(book: InvoiceBook, invoiceId: string, draft: InvoiceDraft, now: string): BookChange {
  return change(book, invoiceId, (saved) => ({ ...saved, draft, updatedAt: now }));
}

/** A new open invoice with the same content and the next number (optionally dated `issueDate`). */
export function duplicateInvoice(
  book: InvoiceBook,
  invoiceId: string,
  options: { id: string; now: string; issueDate?: string },
): InvoiceCreated {
  const original = book.invoices.find((inv) => inv.id === invoiceId);
  if (!original) return { ok: false, message: "This invoice is no longer in the list." };
  const draft = options.issueDate === undefined ? original.draft : { ...original.draft, issueDate: options.issueDate };
  return createInvoice(book, draft, { id: options.id, now: options.now, source: null });
}

/**
 * The latest calendar date anywhere at the instant `now` (UTC+14, Kiribati, is the earliest zone),
 * so a date that is today where the user is never counts as future; null when `now` can't be read.
 */
function latestDateAt(now: string): string | null {
  const ms = Date.parse(now);
  return Number.isFinite(ms) ? new Date(ms + 14 * 3_600_000).toISOString().slice(0, 10) : null;
}

/** Records the payment on `date`: any past date, never one after today (`now`: ISO instant). */
export function markPaid(book: InvoiceBook, invoiceId: string, date: string, now: string): BookChange {
  if (!CalendarDate.safeParse(date).success) return { ok: false, message: "Enter the date the invoice was paid." };
  const latest = latestDateAt(now);
  if (latest !== null && date > latest) {
    return { ok: false, message: `${formatDate(date, "en-GB")} is in the future: enter the date the payment arrived, today or earlier.` };
  }
  return change(book, invoiceId, (saved) =>
    saved.status.kind === "void"
      ? `Invoice ${saved.number} is void, so it can't be marked paid.`
      : { ...saved, status: { kind: "paid", on: date }, updatedAt: now },
  );
}

/** Back to open after a payment was recorded by mistake. A void invoice stays void. */
export function markOpen(book: InvoiceBook, invoiceId: string, now: string): BookChange {
  return change(book, invoiceId, (saved) =>
    saved.status.kind === "void"
      ? `Invoice ${saved.number} is void and stays void, so its number stays accounted for. Duplicate it to bill again under a new number.`
      : { ...saved, status: { kind: "open" }, updatedAt: now },
  );
}

/** Cancels an invoice but keeps it and its number in the list, so the series has no gap. */
export function voidInvoice(book: InvoiceBook, invoiceId: string, date: string, now: string): BookChange {
  if (!CalendarDate.safeParse(date).success) return { ok: false, message: "Enter the date the invoice was voided." };
  return change(book, invoiceId, (saved) =>
    saved.status.kind === "void"
      ? `Invoice ${saved.number} is already void.`
      : { ...saved, status: { kind: "void", on: date }, updatedAt: now },
  );
}

export type DeletionCheck = { ok: true; confirm: string; releases: string } | { ok: false; message: string };

/** Whether an invoice may be deleted, and the confirmation to show first. */
export function deletionCheck(book: InvoiceBook, invoiceId: string): DeletionCheck {
  const saved = book.invoices.find((inv) => inv.id === invoiceId);
  if (!saved) return { ok: false, message: "This invoice is no longer in the list." };
  const latest = counterOf(book.issued, saved.prefix) ?? 0;
  if (saved.sequence < latest) {
    return {
      ok: false,
      message: `Only the latest invoice of a series can be deleted. Void ${saved.number} instead: it stays in the list marked void, so the numbering has no gap (tax authorities ask about missing numbers).`,
    };
  }
  return {
    ok: true,
    releases: saved.number,
    confirm: `Delete invoice ${saved.number}? It can't be undone, and the next invoice you make will get the number ${saved.number} again. If you have already sent it, void it instead.`,
  };
}

/** Deletes the latest invoice of its series and gives its number back to the series. */
export function deleteInvoice(book: InvoiceBook, invoiceId: string): BookChange {
  const check = deletionCheck(book, invoiceId);
  if (!check.ok) return check;
  const saved = book.invoices.find((inv) => inv.id === invoiceId)!;
  const start = counterOf(book.startAt, saved.prefix) ?? 1;
  // Below the chosen start nothing was ever given: the series is empty again.
  const issued = saved.sequence - 1 >= start ? saved.sequence - 1 : 0;
  return {
    ok: true,
    message: `Invoice ${saved.number} was deleted. Its number will be given to the next invoice.`,
    book: {
      ...book,
      issued: withCounter(book.issued, saved.prefix, issued > 0 ? issued : undefined),
      invoices: book.invoices.filter((inv) => inv.id !== invoiceId),
    },
  };
}

/**
 * Changes the prefix of the next invoice (a new series, or back to an old one, which continues
 * where it stopped). `startAt` chooses the first number of a series without invoices, e.g. 42
 * to continue a series begun elsewhere.
 */
export function setPrefix(book: InvoiceBook, prefixText: string, startAt?: number): BookChange {
  const read = readInvoicePrefix(prefixText);
  if (!read.ok) return { ok: false, message: read.error };
  const prefix = read.value;
  if (startAt === undefined) return { ok: true, book: { ...book, prefix } };
  if (!Number.isSafeInteger(startAt) || startAt < 1 || startAt > MAX_SEQUENCE) {
    return { ok: false, message: "Enter the first number as a whole number, like 1 or 42." };
  }
  if (!canChooseStart(book, prefix)) {
    const next = nextNumber(book, prefix);
    return {
      ok: false,
      message: `This series already has invoices, so it continues with ${next.number}. A first number can only be chosen for a new series.`,
    };
  }
  const issued = counterOf(book.issued, prefix) ?? 0;
  if (startAt <= issued) {
    return {
      ok: false,
      message: `Numbers up to ${formatInvoiceNumber(prefix, issued, book.digits)} were already given in this series: start at ${formatInvoiceNumber(prefix, issued + 1, book.digits)} or later.`,
    };
  }
  return { ok: true, book: { ...book, prefix, startAt: withCounter(book.startAt, prefix, startAt === 1 ? undefined : startAt) } };
}

export type SeriesGap = { prefix: string; first: string; last: string; count: number };

/** Numbers of a series given but not in the list (possible only after imports or hand-edited files). */
export function seriesGaps(book: InvoiceBook): SeriesGap[] {
  const gaps: SeriesGap[] = [];
  const prefixes = new Set([...Object.keys(book.issued), ...book.invoices.map((inv) => inv.prefix)]);
  for (const prefix of [...prefixes].sort()) {
    const present = new Set(inSeries(book, prefix).map((inv) => inv.sequence));
    const highest = Math.max(counterOf(book.issued, prefix) ?? 0, ...present);
    // Walk the present sequences rather than every number, so a huge hand-edited counter stays cheap.
    const start = Math.min(counterOf(book.startAt, prefix) ?? 1, ...present);
    let expected = start;
    for (const sequence of [...[...present].sort((a, b) => a - b), highest + 1]) {
      if (sequence > expected) {
        gaps.push({
          prefix,
          first: formatInvoiceNumber(prefix, expected, book.digits),
          last: formatInvoiceNumber(prefix, sequence - 1, book.digits),
          count: sequence - expected,
        });
      }
      expected = Math.max(expected, sequence + 1);
    }
  }
  return gaps;
}

// --- Saving, export and import -------------------------------------------------------------

/** Migrations from version n to n+1, keyed by n. Version 1 is the first; add steps here. */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {};

/** Ids must be unique (invoices, and lines inside each draft); counters never below what is in the list. */
function repairBook(book: InvoiceBook): InvoiceBook {
  const invoices = withUniqueIds(book.invoices, "i").map((inv) => {
    const lines = withUniqueIds(inv.draft.lines, "l");
    return lines.every((l, i) => l === inv.draft.lines[i]) ? inv : { ...inv, draft: { ...inv.draft, lines } };
  });
  let issued = book.issued;
  let startAt = book.startAt;
  for (const inv of invoices) {
    if ((counterOf(issued, inv.prefix) ?? 0) < inv.sequence) issued = withCounter(issued, inv.prefix, inv.sequence);
    // A series holding a number below its chosen start evidently began lower (e.g. merged from another browser).
    if (inv.sequence < (counterOf(startAt, inv.prefix) ?? 1)) startAt = withCounter(startAt, inv.prefix, undefined);
  }
  return issued === book.issued && startAt === book.startAt && invoices.every((inv, i) => inv === book.invoices[i])
    ? book
    : { ...book, issued, startAt, invoices };
}

const INVOICE_BOOK: EnvelopeKind<typeof InvoiceBook> = {
  kind: "invoice-book",
  version: INVOICE_BOOK_VERSION,
  schema: InvoiceBook,
  migrations: MIGRATIONS,
  maxChars: MAX_INVOICE_BOOK_CHARS,
  repair: repairBook,
  words: { short: "invoice list", full: "invoice list" },
};

export const InvoiceBookEnvelope = envelopeSchema("invoice-book");
export type InvoiceBookEnvelope = z.infer<typeof InvoiceBookEnvelope>;

export type OpenedInvoiceBook =
  | { status: "ok"; book: InvoiceBook; migratedFrom: number | null }
  | { status: "newer"; version: number; book: InvoiceBook | null }
  | { status: "damaged"; message: string };

export function wrapInvoiceBook(book: InvoiceBook, savedAt?: string): InvoiceBookEnvelope {
  return { ...wrapEnvelope(INVOICE_BOOK, book, savedAt), kind: "invoice-book" };
}

/** Opens a saved or exported invoice list: size-checked, prototype keys dropped, migrated, validated, repaired. */
export function openInvoiceBook(text: string): OpenedInvoiceBook {
  const opened = openEnvelope(text, INVOICE_BOOK);
  switch (opened.status) {
    case "ok":
      return { status: "ok", book: opened.value, migratedFrom: opened.migratedFrom };
    case "newer":
      return { status: "newer", version: opened.version, book: opened.value };
    default:
      return opened;
  }
}

export type ImportReport = {
  /** Numbers of the invoices added. */
  added: string[];
  /** Numbers of the invoices replaced by a more recently changed copy. */
  updated: string[];
  /** How many imported invoices were already here exactly as in the file. */
  unchanged: number;
  skipped: { number: string; reason: string }[];
};
export type ImportResult = { ok: true; book: InvoiceBook; report: ImportReport } | { ok: false; message: string };

function laterThan(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && Number.isFinite(tb) ? ta > tb : a > b;
}

const sameContent = (a: SavedInvoice, b: SavedInvoice) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Adds an exported invoice list to this one. Invoices are matched by id: a copy changed more
 * recently replaces the older one, except that it can never give an invoice another number or
 * bring a void invoice back. An invoice whose number is already taken by a different invoice
 * here is not imported (two invoices must never share a number). Each refusal is reported.
 * Each series continues after the highest number either list has given.
 */
export function mergeImportedBook(book: InvoiceBook, importedText: string): ImportResult {
  const opened = openInvoiceBook(importedText);
  if (opened.status === "damaged") return { ok: false, message: opened.message };
  if (opened.status === "newer") {
    return { ok: false, message: "This invoice list was saved by a newer version of Upfront. Reload the page to update, then import it again." };
  }
  const imported = opened.book;
  const invoices = [...book.invoices];
  const report: ImportReport = { added: [], updated: [], unchanged: 0, skipped: [] };
  // Indexes by id, by printed number and by series place, so a large import stays linear.
  const seriesKey = (inv: SavedInvoice) => `${inv.prefix}\u0000${inv.sequence}`;
  const byId = new Map(invoices.map((inv, i) => [inv.id, i]));
  const byNumber = new Map(invoices.map((inv, i) => [inv.number, i]));
  const byPlace = new Map(invoices.map((inv, i) => [seriesKey(inv), i]));
  const numberTaken = (candidate: SavedInvoice, except: number) => {
    const a = byNumber.get(candidate.number);
    const b = byPlace.get(seriesKey(candidate));
    return (a !== undefined && a !== except) || (b !== undefined && b !== except);
  };
  const put = (inv: SavedInvoice, at: number) => {
    const old = invoices[at];
    if (old) {
      byNumber.delete(old.number);
      byPlace.delete(seriesKey(old));
    }
    invoices[at] = inv;
    byId.set(inv.id, at);
    byNumber.set(inv.number, at);
    byPlace.set(seriesKey(inv), at);
  };

  for (const incoming of imported.invoices) {
    const at = byId.get(incoming.id) ?? -1;
    const local = invoices[at];
    if (local) {
      if (sameContent(local, incoming)) {
        report.unchanged += 1;
      } else if (seriesKey(incoming) !== seriesKey(local) || incoming.number !== local.number) {
        // A number is fixed once given (art. 226(2)): a file can't renumber an invoice.
        report.skipped.push({
          number: incoming.number,
          reason: `It is the same invoice as ${local.number} in this browser, under another number. An invoice's number never changes, so the copy here is kept.`,
        });
      } else if (local.status.kind === "void" && incoming.status.kind !== "void") {
        // Void is final, as markOpen and markPaid refuse to undo it.
        report.skipped.push({
          number: incoming.number,
          reason: "It is void in this browser, and a void invoice stays void. Duplicate it to bill again under a new number.",
        });
      } else if (!laterThan(incoming.updatedAt, local.updatedAt)) {
        report.skipped.push({ number: incoming.number, reason: "The copy in this browser was changed at the same time or later." });
      } else if (numberTaken(incoming, at)) {
        report.skipped.push({ number: incoming.number, reason: "Its number is used by another invoice in this browser." });
      } else {
        put(incoming, at);
        report.updated.push(incoming.number);
      }
    } else if (numberTaken(incoming, -1)) {
      report.skipped.push({ number: incoming.number, reason: "Its number is already used by another invoice in this browser." });
    } else if (invoices.length >= MAX_SAVED_INVOICES) {
      report.skipped.push({ number: incoming.number, reason: `The list is full (${MAX_SAVED_INVOICES.toLocaleString("en")} invoices).` });
    } else {
      put(incoming, invoices.length);
      report.added.push(incoming.number);
    }
  }

  let issued = { ...book.issued };
  for (const [prefix, count] of Object.entries(imported.issued)) {
    if ((counterOf(issued, prefix) ?? 0) < count) issued = withCounter(issued, prefix, count);
  }
  let startAt = { ...book.startAt };
  for (const [prefix, start] of Object.entries(imported.startAt)) {
    if (counterOf(startAt, prefix) === undefined) startAt = withCounter(startAt, prefix, start);
  }
  return { ok: true, book: repairBook({ ...book, issued, startAt, invoices }), report };
}
