import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";
import {
  canChooseStart,
  createInvoice,
  createInvoices,
  deleteInvoice,
  deletionCheck,
  duplicateInvoice,
  INVOICE_BOOK_VERSION,
  InvoiceBook,
  markOpen,
  markPaid,
  MAX_INVOICE_BOOK_CHARS,
  mergeImportedBook,
  newInvoiceBook,
  nextNumber,
  openInvoiceBook,
  seriesGaps,
  setPrefix,
  updateInvoiceDraft,
  voidInvoice,
  wrapInvoiceBook,
  type BookChange,
  type InvoiceCreated,
  type SavedInvoice,
} from "../../../src/domain/invoice/invoice-book";

const NOW = "2026-11-21T10:00:00.000Z";
const LATER = "2026-11-22T10:00:00.000Z";
const draft = (reference = ""): InvoiceDraft => InvoiceDraft.parse({ issueDate: "2026-11-21", reference, lines: [{ id: "l1" }] });

function created(result: InvoiceCreated) {
  if (!result.ok) throw new Error(result.message);
  return result;
}
function changed(result: BookChange): InvoiceBook {
  if (!result.ok) throw new Error(result.message);
  return result.book;
}
/** A book with `count` invoices i1…iN in the 2026- series. */
function bookWith(count: number, book = newInvoiceBook("2026-11-21")): InvoiceBook {
  let current = book;
  for (let n = 1; n <= count; n += 1) current = created(createInvoice(current, draft(`#${n}`), { id: `i${n}`, now: NOW })).book;
  return current;
}
const numbers = (book: InvoiceBook) => book.invoices.map((inv) => inv.number);
const exported = (book: InvoiceBook) => JSON.stringify(wrapInvoiceBook(book, NOW));

describe("numbering", () => {
  it("a new book starts the year's series at 0001", () => {
    const book = newInvoiceBook("2026-11-21");
    expect(book).toEqual({ prefix: "2026-", digits: 4, issued: {}, startAt: {}, invoices: [] });
    expect(nextNumber(book)).toEqual({ prefix: "2026-", sequence: 1, number: "2026-0001" });
  });

  it("gives consecutive numbers and records the highest given", () => {
    const book = bookWith(3);
    expect(numbers(book)).toEqual(["2026-0001", "2026-0002", "2026-0003"]);
    expect(book.issued).toEqual({ "2026-": 3 });
    expect(book.invoices[0]).toMatchObject({ id: "i1", prefix: "2026-", sequence: 1, status: { kind: "open" }, createdAt: NOW, updatedAt: NOW, source: null });
  });

  it("createInvoices numbers a batch consecutively, in order, with their sources", () => {
    const source = { kind: "contract" as const, contractId: "", contractTitle: "Website", clientName: "Acme", paymentIndex: 0 };
    const result = createInvoices(bookWith(1), [{ id: "a", draft: draft(), source }, { id: "b", draft: draft() }], NOW);
    expect(result.ok && result.invoices.map((inv) => [inv.number, inv.source])).toEqual([["2026-0002", source], ["2026-0003", null]]);
  });

  it("an id already in the book gets a suffix, never a second invoice with one id", () => {
    const book = created(createInvoice(bookWith(1), draft(), { id: "i1", now: NOW })).book;
    expect(book.invoices.map((inv) => inv.id)).toEqual(["i1", "i1-2"]);
  });

  it("a sequence beyond the padding just gets longer", () => {
    const book = changed(setPrefix(newInvoiceBook("2026-01-01"), "2026-", 9_999));
    const after = bookWith(2, book);
    expect(numbers(after)).toEqual(["2026-9999", "2026-10000"]);
  });

  it("each prefix is its own series; going back to one continues it", () => {
    let book = bookWith(2);
    book = changed(setPrefix(book, "INV/"));
    book = created(createInvoice(book, draft(), { id: "x", now: NOW })).book;
    book = changed(setPrefix(book, " 2026- "));
    book = created(createInvoice(book, draft(), { id: "y", now: NOW })).book;
    expect(numbers(book)).toEqual(["2026-0001", "2026-0002", "INV/0001", "2026-0003"]);
    expect(book.issued).toEqual({ "2026-": 3, "INV/": 1 });
  });

  it("a new series can start at a chosen number, e.g. to continue from 42", () => {
    const book = changed(setPrefix(bookWith(1), "2027-", 42));
    expect(nextNumber(book).number).toBe("2027-0042");
    expect(numbers(bookWith(1, book)).at(-1)).toBe("2027-0042");
  });

  it.each([
    { name: "a series with invoices", book: () => bookWith(2), prefix: "2026-", startAt: 10, message: /already has invoices, so it continues with 2026-0003/ },
    { name: "a bad prefix", book: () => bookWith(0), prefix: "INV 2026", startAt: undefined, message: /letters A–Z/ },
    { name: "a long prefix", book: () => bookWith(0), prefix: "x".repeat(21), startAt: undefined, message: /20 characters/ },
    { name: "a start of 0", book: () => bookWith(0), prefix: "A-", startAt: 0, message: /whole number/ },
    { name: "a fractional start", book: () => bookWith(0), prefix: "A-", startAt: 1.5, message: /whole number/ },
    {
      name: "a start below numbers already given",
      book: () => ({ ...bookWith(0), issued: { "A-": 7 } }),
      prefix: "A-",
      startAt: 5,
      message: /Numbers up to A-0007 were already given in this series: start at A-0008 or later/,
    },
  ])("setPrefix refuses $name", ({ book, prefix, startAt, message }) => {
    const result = setPrefix(book(), prefix, startAt);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("canChooseStart only while the series has no invoice", () => {
    expect(canChooseStart(bookWith(0))).toBe(true);
    expect(canChooseStart(bookWith(1))).toBe(false);
    expect(canChooseStart(bookWith(1), "INV/")).toBe(true);
  });

  it("a number printed the same by another series is refused, not given twice", () => {
    // "2026" + 0042 and "2026-00"... : prefix "A1" with 3 digits gives "A1001"; prefix "A" with 4 gives "A1001" too.
    let book = { ...newInvoiceBook("2026-01-01"), prefix: "A1", digits: 3 };
    book = created(createInvoice(book, draft(), { id: "a", now: NOW })).book;
    book = changed(setPrefix({ ...book, digits: 4 }, "A", 1001));
    const result = createInvoice(book, draft(), { id: "b", now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/A1001 is already used by an invoice of another series/);
  });
});

describe("status", () => {
  it("mark paid with a date, back to open, then void", () => {
    let book = bookWith(1);
    book = changed(markPaid(book, "i1", "2026-11-20", LATER));
    expect(book.invoices[0]).toMatchObject({ status: { kind: "paid", on: "2026-11-20" }, updatedAt: LATER });
    book = changed(markOpen(book, "i1", LATER));
    expect(book.invoices[0]!.status).toEqual({ kind: "open" });
    book = changed(voidInvoice(book, "i1", "2026-12-02", LATER));
    expect(book.invoices[0]!.status).toEqual({ kind: "void", on: "2026-12-02" });
    expect(numbers(book)).toEqual(["2026-0001"]);
  });

  it.each([
    { name: "paid with no date", run: (b: InvoiceBook) => markPaid(b, "i1", "", NOW), message: /date the invoice was paid/ },
    { name: "paid on 31 February", run: (b: InvoiceBook) => markPaid(b, "i1", "2026-02-31", NOW), message: /date the invoice was paid/ },
    { name: "an unknown invoice", run: (b: InvoiceBook) => markPaid(b, "nope", "2026-11-20", NOW), message: /no longer in the list/ },
    { name: "void with no date", run: (b: InvoiceBook) => voidInvoice(b, "i1", "soon", NOW), message: /date the invoice was voided/ },
    { name: "a void invoice marked paid", run: (b: InvoiceBook) => markPaid(changed(voidInvoice(b, "i1", "2026-12-01", NOW)), "i1", "2026-11-20", NOW), message: /void, so it can't be marked paid/ },
    { name: "a void invoice reopened", run: (b: InvoiceBook) => markOpen(changed(voidInvoice(b, "i1", "2026-12-01", NOW)), "i1", NOW), message: /stays void.*Duplicate it/ },
    { name: "voided twice", run: (b: InvoiceBook) => voidInvoice(changed(voidInvoice(b, "i1", "2026-12-01", NOW)), "i1", "2026-12-01", NOW), message: /already void/ },
    { name: "paid two days after today", run: (b: InvoiceBook) => markPaid(b, "i1", "2026-11-23", NOW), message: /^23 November 2026 is in the future: enter the date the payment arrived/ },
    { name: "paid next year", run: (b: InvoiceBook) => markPaid(b, "i1", "2027-01-05", NOW), message: /in the future/ },
    { name: "paid tomorrow where it is already tomorrow nowhere (before 10:00 UTC)", run: (b: InvoiceBook) => markPaid(b, "i1", "2026-11-22", "2026-11-21T09:59:00.000Z"), message: /in the future/ },
  ])("refuses $name", ({ run, message }) => {
    const result = run(bookWith(1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    { name: "today (UTC)", date: "2026-11-21", now: NOW },
    { name: "yesterday", date: "2026-11-20", now: NOW },
    { name: "years ago", date: "2019-02-28", now: NOW },
    { name: "today in Kiribati (UTC+14), already the 22nd there at 10:00 UTC", date: "2026-11-22", now: NOW },
    { name: "any date when the clock can't be read", date: "2030-01-01", now: "not a time" },
  ])("markPaid accepts a paid date of $name", ({ date, now }) => {
    expect(changed(markPaid(bookWith(1), "i1", date, now)).invoices[0]!.status).toEqual({ kind: "paid", on: date });
  });

  it("updateInvoiceDraft keeps the number and stamps the change", () => {
    const book = changed(updateInvoiceDraft(bookWith(2), "i1", draft("changed"), LATER));
    expect(book.invoices[0]).toMatchObject({ number: "2026-0001", updatedAt: LATER, draft: { reference: "changed" } });
  });

  it("duplicateInvoice copies the content under the next number, open and without a source", () => {
    const source = { kind: "contract" as const, contractId: "", contractTitle: "Website", clientName: "Acme", paymentIndex: 1 };
    let book = created(createInvoice(bookWith(0), draft("orig"), { id: "a", now: NOW, source })).book;
    book = changed(markPaid(book, "a", "2026-11-20", NOW));
    const copy = created(duplicateInvoice(book, "a", { id: "b", now: LATER, issueDate: "2026-12-05" })).invoice;
    expect(copy).toMatchObject({ id: "b", number: "2026-0002", status: { kind: "open" }, source: null, createdAt: LATER });
    expect(copy.draft).toEqual({ ...draft("orig"), issueDate: "2026-12-05" });
    expect(duplicateInvoice(book, "zz", { id: "c", now: NOW }).ok).toBe(false);
  });
});

describe("deleting", () => {
  it("only the latest number of a series can be deleted, which gives the number back", () => {
    const book = bookWith(3);
    const check = deletionCheck(book, "i3");
    expect(check).toEqual({ ok: true, releases: "2026-0003", confirm: expect.stringMatching(/Delete invoice 2026-0003\?.*next invoice you make will get the number 2026-0003 again.*void it instead/) });
    const result = deleteInvoice(book, "i3");
    expect(result.ok && result.message).toMatch(/2026-0003 was deleted\. Its number will be given to the next invoice/);
    const after = changed(result);
    expect(numbers(after)).toEqual(["2026-0001", "2026-0002"]);
    expect(nextNumber(after).number).toBe("2026-0003");
  });

  it.each(["i1", "i2"])("deleting %s (not the latest) says to void it instead", (id) => {
    const result = deleteInvoice(bookWith(3), id);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Only the latest invoice of a series can be deleted\. Void 2026-000\d instead.*no gap/);
  });

  it("deleting from the top one by one releases each number in turn", () => {
    let book = bookWith(3);
    book = changed(deleteInvoice(book, "i3"));
    book = changed(deleteInvoice(book, "i2"));
    expect(nextNumber(book).number).toBe("2026-0002");
    book = changed(deleteInvoice(book, "i1"));
    expect(book.issued).toEqual({});
    expect(nextNumber(book).number).toBe("2026-0001");
  });

  it("a void latest invoice may be deleted too", () => {
    const book = changed(voidInvoice(bookWith(2), "i2", "2026-12-01", NOW));
    expect(deleteInvoice(book, "i2").ok).toBe(true);
  });

  it("deleting the only invoice of a series begun at 42 gives 42 back, and the start may be chosen again", () => {
    let book = bookWith(1, changed(setPrefix(newInvoiceBook("2026-01-01"), "B-", 42)));
    book = changed(deleteInvoice(book, "i1"));
    expect(nextNumber(book).number).toBe("B-0042");
    expect(canChooseStart(book)).toBe(true);
    expect(setPrefix(book, "B-", 10).ok).toBe(true);
  });

  it("an unknown id is a message", () => {
    expect(deleteInvoice(bookWith(1), "zz")).toEqual({ ok: false, message: "This invoice is no longer in the list." });
  });
});

describe("seriesGaps", () => {
  it("a book made by these functions has none", () => {
    let book = bookWith(4);
    book = changed(deleteInvoice(book, "i4"));
    book = changed(voidInvoice(book, "i2", "2026-12-01", NOW));
    expect(seriesGaps(book)).toEqual([]);
  });

  it("reports missing numbers as ranges, from the chosen start to the highest given", () => {
    const book = bookWith(5);
    const holes = { ...book, invoices: book.invoices.filter((inv) => inv.sequence !== 2 && inv.sequence !== 3), issued: { "2026-": 7 } };
    expect(seriesGaps(holes)).toEqual([
      { prefix: "2026-", first: "2026-0002", last: "2026-0003", count: 2 },
      { prefix: "2026-", first: "2026-0006", last: "2026-0007", count: 2 },
    ]);
  });

  it("a series begun at 42 has no gap below 42", () => {
    const book = bookWith(2, changed(setPrefix(newInvoiceBook("2026-01-01"), "B-", 42)));
    expect(seriesGaps(book)).toEqual([]);
  });

  it("a huge hand-edited counter is one range, computed quickly", () => {
    const book = { ...bookWith(1), issued: { "2026-": 999_999_999 } };
    expect(seriesGaps(book)).toEqual([{ prefix: "2026-", first: "2026-0002", last: "2026-999999999", count: 999_999_998 }]);
  });
});

describe("saving and opening (versioned envelope)", () => {
  it("round-trips through wrap → JSON → open", () => {
    const book = changed(markPaid(bookWith(3), "i2", "2026-11-20", NOW));
    const opened = openInvoiceBook(exported(book));
    expect(opened).toEqual({ status: "ok", book: InvoiceBook.parse(book), migratedFrom: null });
    expect(JSON.parse(exported(book))).toMatchObject({ app: "upfront", kind: "invoice-book", version: INVOICE_BOOK_VERSION });
  });

  it("strips unknown keys, fills defaults and fixes duplicate invoice and line ids", () => {
    const book = bookWith(2);
    const raw = JSON.parse(exported(book));
    raw.data.evil = true;
    raw.data.invoices[0].isAdmin = true;
    raw.data.invoices[1].id = "i1";
    raw.data.invoices[0].draft.lines = [{ id: "l1", description: "a" }, { id: "l1", description: "b" }];
    delete raw.data.digits;
    const opened = openInvoiceBook(JSON.stringify(raw));
    expect(opened.status).toBe("ok");
    if (opened.status !== "ok") return;
    expect(opened.book).not.toHaveProperty("evil");
    expect(opened.book.invoices[0]).not.toHaveProperty("isAdmin");
    expect(opened.book.digits).toBe(4);
    expect(new Set(opened.book.invoices.map((inv) => inv.id)).size).toBe(2);
    expect(opened.book.invoices[0]!.draft.lines.map((l) => l.id)).toEqual(["l1", "l3"]);
    expect(opened.book.invoices[0]!.draft.lines[1]!.quantity).toBe("1");
  });

  it("raises a counter that is lower than an invoice in the list, so no number is given twice", () => {
    const raw = JSON.parse(exported(bookWith(3)));
    raw.data.issued = { "2026-": 1 };
    const opened = openInvoiceBook(JSON.stringify(raw));
    expect(opened.status === "ok" && nextNumber(opened.book).number).toBe("2026-0004");
  });

  it("prototype keys in a file reach nothing", () => {
    const raw = exported(bookWith(1)).replace('"issued":{', '"issued":{"__proto__":{"polluted":1},');
    const opened = openInvoiceBook(raw);
    expect(opened.status).toBe("ok");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    { name: "not JSON", text: "{", message: "This isn't an Upfront invoice list: the file is not valid JSON." },
    { name: "a contract draft", text: JSON.stringify({ app: "upfront", kind: "contract-draft", version: 1, data: {} }), message: "This isn't an Upfront invoice list." },
    { name: "a status of the wrong kind", text: exported(bookWith(1)).replace('"status":{"kind":"open"}', '"status":{"kind":"lost"}'), message: "damaged (at invoices.0.status" },
    { name: "a paid status without a date", text: exported(bookWith(1)).replace('"status":{"kind":"open"}', '"status":{"kind":"paid"}'), message: "damaged (at invoices.0.status" },
    { name: "a number that doesn't match its sequence", text: exported(bookWith(1)).replace('"number":"2026-0001"', '"number":"2026-0009"'), message: "damaged (at invoices.0.number)" },
    { name: "a bad prefix", text: exported(bookWith(1)).replace('"prefix":"2026-","digits"', '"prefix":"a b","digits"'), message: "damaged (at prefix)" },
    { name: "a sequence of 0", text: exported(bookWith(1)).replace('"sequence":1', '"sequence":0'), message: "damaged (at invoices.0.sequence)" },
    { name: "too large", text: "x".repeat(MAX_INVOICE_BOOK_CHARS + 1), message: "This file is too large to be an Upfront invoice list." },
  ])("damaged: $name", ({ text, message }) => {
    const opened = openInvoiceBook(text);
    expect(opened.status).toBe("damaged");
    if (opened.status === "damaged") expect(opened.message).toContain(message);
  });

  it("a newer version opens read-only", () => {
    const raw = { ...wrapInvoiceBook(bookWith(1)), version: INVOICE_BOOK_VERSION + 1 };
    const opened = openInvoiceBook(JSON.stringify(raw));
    expect(opened.status).toBe("newer");
    if (opened.status === "newer") expect(opened.book?.invoices).toHaveLength(1);
  });
});

describe("mergeImportedBook", () => {
  it("adds invoices it doesn't have, by id", () => {
    const theirs = bookWith(3);
    const mine = { ...theirs, invoices: theirs.invoices.slice(0, 1), issued: { "2026-": 1 } };
    const result = mergeImportedBook(mine, exported(theirs));
    expect(result.ok && result.report).toEqual({ added: ["2026-0002", "2026-0003"], updated: [], unchanged: 1, skipped: [] });
    expect(result.ok && nextNumber(result.book).number).toBe("2026-0004");
  });

  it("same id: the copy changed later wins", () => {
    const base = bookWith(2);
    const theirs = changed(markPaid(base, "i1", "2026-11-20", LATER));
    const mine = changed(updateInvoiceDraft(base, "i2", draft("mine"), LATER));
    const older = changed(updateInvoiceDraft(base, "i2", draft("theirs"), NOW));
    const result = mergeImportedBook(mine, exported({ ...theirs, invoices: [theirs.invoices[0]!, older.invoices[1]!] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.updated).toEqual(["2026-0001"]);
    expect(result.report.skipped).toEqual([{ number: "2026-0002", reason: "The copy in this browser was changed at the same time or later." }]);
    expect(result.book.invoices[0]!.status).toEqual({ kind: "paid", on: "2026-11-20" });
    expect(result.book.invoices[1]!.draft.reference).toBe("mine");
  });

  it.each([
    { name: "open", theirs: (b: InvoiceBook) => changed(updateInvoiceDraft(b, "i1", draft("theirs"), LATER)) },
    { name: "paid", theirs: (b: InvoiceBook) => changed(markPaid(b, "i1", "2026-11-20", LATER)) },
  ])("a void invoice here stays void, even against a later $name copy", ({ theirs }) => {
    const base = bookWith(2);
    const mine = changed(voidInvoice(base, "i1", "2026-11-21", NOW));
    const result = mergeImportedBook(mine, exported(theirs(base)));
    expect(result.ok && result.report).toEqual({
      added: [],
      updated: [],
      unchanged: 1,
      skipped: [{ number: "2026-0001", reason: "It is void in this browser, and a void invoice stays void. Duplicate it to bill again under a new number." }],
    });
    expect(result.ok && result.book.invoices[0]).toEqual(mine.invoices[0]);
  });

  it("a later void copy still voids an invoice here", () => {
    const base = bookWith(1);
    const theirs = changed(voidInvoice(base, "i1", "2026-11-22", LATER));
    const result = mergeImportedBook(base, exported(theirs));
    expect(result.ok && result.report.updated).toEqual(["2026-0001"]);
    expect(result.ok && result.book.invoices[0]!.status).toEqual({ kind: "void", on: "2026-11-22" });
  });

  it.each([
    { name: "a different sequence", edit: (inv: SavedInvoice) => ({ ...inv, sequence: 7, number: "2026-0007" }), number: "2026-0007" },
    { name: "a different prefix", edit: (inv: SavedInvoice) => ({ ...inv, prefix: "INV/", number: "INV/0001" }), number: "INV/0001" },
    { name: "the same place printed with other digits", edit: (inv: SavedInvoice) => ({ ...inv, number: "2026-00001" }), number: "2026-00001" },
  ])("the same id under another number ($name) is not applied, and is reported", ({ edit, number }) => {
    const mine = bookWith(2);
    const file = { ...mine, digits: number === "2026-00001" ? 5 : mine.digits, invoices: [{ ...edit(mine.invoices[0]!), updatedAt: LATER, draft: draft("theirs") }] };
    const result = mergeImportedBook(mine, exported(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report).toEqual({
      added: [],
      updated: [],
      unchanged: 0,
      skipped: [{ number, reason: "It is the same invoice as 2026-0001 in this browser, under another number. An invoice's number never changes, so the copy here is kept." }],
    });
    expect(result.book.invoices).toEqual(mine.invoices);
  });

  it("a different invoice with a number already used here is not imported, and is reported", () => {
    const mine = bookWith(2);
    const theirs = bookWith(3, { ...newInvoiceBook("2026-01-01") });
    const renamed = { ...theirs, invoices: theirs.invoices.map((inv) => ({ ...inv, id: `other-${inv.id}` })) };
    const result = mergeImportedBook(mine, exported(renamed));
    expect(result.ok && result.report).toEqual({
      added: ["2026-0003"],
      updated: [],
      unchanged: 0,
      skipped: [
        { number: "2026-0001", reason: "Its number is already used by another invoice in this browser." },
        { number: "2026-0002", reason: "Its number is already used by another invoice in this browser." },
      ],
    });
    expect(result.ok && numbers(result.book)).toEqual(["2026-0001", "2026-0002", "2026-0003"]);
  });

  it("each series continues after the highest number either list has given", () => {
    const mine = bookWith(2);
    const theirs = { ...newInvoiceBook("2026-01-01"), issued: { "2026-": 9, "INV/": 4 } };
    const result = mergeImportedBook(mine, exported(theirs));
    expect(result.ok && result.book.issued).toEqual({ "2026-": 9, "INV/": 4 });
    expect(result.ok && nextNumber(result.book).number).toBe("2026-0010");
    expect(result.ok && result.book.prefix).toBe("2026-");
  });

  it("importing its own export changes nothing", () => {
    const book = changed(voidInvoice(bookWith(3), "i2", "2026-12-01", NOW));
    const result = mergeImportedBook(book, exported(book));
    expect(result).toEqual({ ok: true, book, report: { added: [], updated: [], unchanged: 3, skipped: [] } });
  });

  it.each([
    { name: "a damaged file", text: "{", message: /not valid JSON/ },
    { name: "a newer version", text: JSON.stringify({ ...wrapInvoiceBook(bookWith(1)), version: 99 }), message: /newer version of Upfront/ },
  ])("refuses $name with a message", ({ text, message }) => {
    const result = mergeImportedBook(bookWith(1), text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

// --- Property: numbering over random sequences of operations ---------------------------------

type Op =
  | { kind: "create" }
  | { kind: "createMany"; count: number }
  | { kind: "delete"; pick: number }
  | { kind: "void"; pick: number }
  | { kind: "paid"; pick: number }
  | { kind: "open"; pick: number }
  | { kind: "duplicate"; pick: number }
  | { kind: "prefix"; prefix: string; startAt: number | undefined }
  | { kind: "importSnapshot"; back: number }
  | { kind: "importForeign"; prefix: string; count: number; shareIds: boolean };

const PREFIXES = ["2026-", "INV/", "B."];
const pick = fc.nat({ max: 50 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant({ kind: "create" } as const), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant("createMany" as const), count: fc.integer({ min: 0, max: 3 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("delete" as const), pick }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("void" as const), pick }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("paid" as const), pick }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("open" as const), pick }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("duplicate" as const), pick }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant("prefix" as const), prefix: fc.constantFrom(...PREFIXES), startAt: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("importSnapshot" as const), back: fc.nat({ max: 10 }) }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant("importForeign" as const), prefix: fc.constantFrom(...PREFIXES), count: fc.integer({ min: 0, max: 4 }), shareIds: fc.boolean() }),
    weight: 2,
  },
);

describe("numbering property: no number twice, no skip, release only by deleting the latest", () => {
  it("holds over random sequences of create, delete, void, duplicate, prefix changes and imports", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let book = newInvoiceBook("2026-01-01");
        const history: InvoiceBook[] = [book];
        let clock = 0;
        let ids = 0;
        const now = () => new Date(Date.UTC(2026, 0, 1) + (clock += 1) * 1000).toISOString();
        /** Numbers held by an invoice in the book; a number leaves only when its invoice is deleted. */
        const held = new Set<string>();
        const key = (inv: SavedInvoice) => `${inv.prefix}|${inv.sequence}`;
        const target = (n: number) => book.invoices[n % Math.max(book.invoices.length, 1)];

        const expectGiven = (before: InvoiceBook, made: SavedInvoice[]) => {
          let expected = nextNumber(before).sequence;
          // No skip: one more than the highest ever given in the series (or the chosen start).
          expect(expected).toBe(Math.max((before.issued[before.prefix] ?? 0) + 1, before.startAt[before.prefix] ?? 1));
          for (const inv of made) {
            expect(inv.prefix).toBe(before.prefix);
            expect(inv.sequence).toBe(expected);
            expected += 1;
            // Never twice: the number is not held by any invoice, and not below the series' counter.
            expect(held.has(key(inv))).toBe(false);
            expect(inv.sequence).toBeGreaterThan(before.issued[inv.prefix] ?? 0);
            held.add(key(inv));
          }
        };

        for (const o of ops) {
          const before = book;
          switch (o.kind) {
            case "create": {
              const result = createInvoice(book, draft(), { id: `L${(ids += 1)}`, now: now() });
              expect(result.ok).toBe(true);
              if (!result.ok) break;
              expectGiven(before, [result.invoice]);
              book = result.book;
              break;
            }
            case "createMany": {
              const entries = Array.from({ length: o.count }, () => ({ id: `L${(ids += 1)}`, draft: draft() }));
              const result = createInvoices(book, entries, now());
              expect(result.ok).toBe(true);
              if (!result.ok) break;
              expectGiven(before, result.invoices);
              book = result.book;
              break;
            }
            case "duplicate": {
              const original = target(o.pick);
              if (!original) break;
              const result = duplicateInvoice(book, original.id, { id: `L${(ids += 1)}`, now: now() });
              expect(result.ok).toBe(true);
              if (!result.ok) break;
              expectGiven(before, [result.invoice]);
              book = result.book;
              break;
            }
            case "delete": {
              const victim = target(o.pick);
              if (!victim) break;
              const latest = Math.max(...book.invoices.filter((inv) => inv.prefix === victim.prefix).map((inv) => inv.sequence));
              const result = deleteInvoice(book, victim.id);
              // Only the latest of its series, never one in the middle.
              expect(result.ok).toBe(victim.sequence === latest && victim.sequence === book.issued[victim.prefix]);
              if (!result.ok) break;
              held.delete(key(victim));
              book = result.book;
              // Released: the next number of that series is the deleted one.
              expect(nextNumber(book, victim.prefix).sequence).toBe(victim.sequence);
              break;
            }
            case "void":
            case "paid":
            case "open": {
              const inv = target(o.pick);
              if (!inv) break;
              const result =
                o.kind === "void" ? voidInvoice(book, inv.id, "2026-02-01", now()) : o.kind === "paid" ? markPaid(book, inv.id, "2025-12-31", now()) : markOpen(book, inv.id, now());
              if (result.ok) book = result.book;
              break;
            }
            case "prefix": {
              const result = setPrefix(book, o.prefix, o.startAt);
              if (result.ok) book = result.book;
              else expect(o.startAt).toBeDefined();
              break;
            }
            case "importSnapshot":
            case "importForeign": {
              let file: InvoiceBook;
              if (o.kind === "importSnapshot") {
                file = history[Math.max(0, history.length - 1 - o.back)]!;
              } else {
                file = changed(setPrefix(newInvoiceBook("2026-01-01"), o.prefix));
                for (let n = 0; n < o.count; n += 1) {
                  const id = o.shareIds ? `L${n + 1}` : `F${(ids += 1)}`;
                  file = created(createInvoice(file, draft("foreign"), { id, now: now() })).book;
                }
              }
              const result = mergeImportedBook(book, exported(file));
              expect(result.ok).toBe(true);
              if (!result.ok) break;
              // An invoice already here keeps its number, and a void one stays void; new ones take free numbers.
              const beforeById = new Map(book.invoices.map((inv) => [inv.id, inv]));
              for (const inv of result.book.invoices) {
                const old = beforeById.get(inv.id);
                if (old) {
                  expect([inv.number, key(inv)]).toEqual([old.number, key(old)]);
                  if (old.status.kind === "void") expect(inv.status.kind).toBe("void");
                } else {
                  expect(held.has(key(inv))).toBe(false);
                  held.add(key(inv));
                }
              }
              // Nothing that was here is lost.
              expect(result.book.invoices.length).toBe(book.invoices.length + result.report.added.length);
              book = result.book;
              break;
            }
          }

          // Invariants after every step.
          const keys = book.invoices.map(key);
          expect(new Set(keys).size).toBe(keys.length);
          expect(new Set(numbers(book)).size).toBe(keys.length);
          expect(new Set(book.invoices.map((inv) => inv.id)).size).toBe(keys.length);
          expect(new Set(keys)).toEqual(held);
          for (const inv of book.invoices) expect(book.issued[inv.prefix] ?? 0).toBeGreaterThanOrEqual(inv.sequence);
          // A counter never goes down except by deleting the latest invoice.
          if (o.kind !== "delete") {
            for (const [prefix, count] of Object.entries(before.issued)) expect(book.issued[prefix] ?? 0).toBeGreaterThanOrEqual(count);
          }
          history.push(book);
        }
        // The book always survives saving and opening unchanged.
        expect(openInvoiceBook(exported(book))).toEqual({ status: "ok", book, migratedFrom: null });
      }),
      { numRuns: 300 },
    );
  });
});
