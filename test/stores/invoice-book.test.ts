import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { type InvoiceBook, createInvoice, newInvoiceBook, wrapInvoiceBook } from "../../src/domain/invoice/invoice-book";
import { newInvoiceDraft } from "../../src/domain/invoice/new-invoice-draft";
import { FakeStorage } from "./fake-storage";

const KEY = "upfront:invoice-book";
const BACKUP = `${KEY}:backup-`;
const NOW = new Date("2027-03-01T10:00:00.000Z");

type Stores = typeof import("../../src/stores/invoice-book");

/** A window the stores can listen on, so another tab's write can be played to them. */
let fakeWindow: EventTarget | undefined;

/** Loads the store module afresh over the given storage ("throws": localStorage access is denied). */
async function open(storage: FakeStorage | "throws" | null = new FakeStorage(), { withWindow = false } = {}): Promise<Stores> {
  vi.resetModules();
  if (storage === "throws") {
    Object.defineProperty(globalThis, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  } else {
    vi.stubGlobal("localStorage", storage ?? undefined);
  }
  vi.stubGlobal("navigator", { language: "de-AT" });
  fakeWindow = undefined;
  if (withWindow) {
    fakeWindow = new EventTarget();
    vi.stubGlobal("window", fakeWindow);
  }
  return import("../../src/stores/invoice-book");
}

/** Another tab wrote `text` (or cleared the key with null). */
function otherTabWrites(storage: FakeStorage, text: string | null): void {
  if (text === null) storage.removeItem(KEY);
  else storage.data.set(KEY, text);
  const event = Object.assign(new Event("storage"), { key: KEY, newValue: text });
  fakeWindow!.dispatchEvent(event);
}

function bookWith(count: number, seller = "Ada Lovelace"): InvoiceBook {
  let book = newInvoiceBook("2027-03-01");
  for (let i = 0; i < count; i += 1) {
    const draft = newInvoiceDraft("en-US", "2027-03-01");
    const created = createInvoice(book, { ...draft, seller: { ...draft.seller, name: seller } }, { id: `inv-${i + 1}`, now: `2027-03-0${i + 1}T09:00:00.000Z` });
    if (!created.ok) throw new Error(created.message);
    book = created.book;
  }
  return book;
}

const savedText = (book: InvoiceBook, version?: number) => {
  const envelope = wrapInvoiceBook(book, "2027-03-01T09:00:00.000Z");
  return JSON.stringify(version === undefined ? envelope : { ...envelope, version });
};
const backups = (storage: FakeStorage) => [...storage.data.keys()].filter((k) => k.startsWith(BACKUP));
const stored = (storage: FakeStorage): InvoiceBook => JSON.parse(storage.getItem(KEY)!).data;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, "localStorage");
});

describe("opening the saved list", () => {
  test("nothing saved: an empty list whose series is this year", async () => {
    const s = await open();
    expect(s.$invoiceBook.get()).toMatchObject({ prefix: "2027-", invoices: [] });
    expect(s.$bookSaveStatus.get()).toBe("saved");
    expect(s.$bookRestoreProblem.get()).toBeNull();
    expect(s.$bookReadOnly.get()).toBe(false);
  });

  test.each([
    ["not JSON", "{not json"],
    ["null", "null"],
    ["an array", "[]"],
    ["a contract draft", JSON.stringify({ app: "upfront", kind: "contract-draft", version: 1, data: {} })],
    ["the wrong shape", JSON.stringify({ ...wrapInvoiceBook(newInvoiceBook("2027-01-01")), data: { invoices: [{ id: 5 }] } })],
  ])("%s: an empty list, a backup of the text and a message", async (_what, text) => {
    const storage = new FakeStorage({ [KEY]: text });
    const s = await open(storage);
    expect(s.$invoiceBook.get().invoices).toEqual([]);
    const problem = s.$bookRestoreProblem.get();
    expect(problem?.text).toBe(text);
    expect(problem?.message).toMatch(/could not be opened/);
    expect(storage.getItem(problem!.backupKey!)).toBe(text);
    expect(storage.getItem(KEY)).toBeNull();
  });

  test("a newer version opens read-only: no action changes it, and it is never overwritten", async () => {
    const newer = savedText(bookWith(2), 9);
    const storage = new FakeStorage({ [KEY]: newer });
    const s = await open(storage);
    expect(s.$bookReadOnly.get()).toBe(true);
    expect(s.$bookReadOnlyMessage.get()).toMatch(/newer version of Upfront/);
    expect(s.$invoiceBook.get().invoices).toHaveLength(2);
    expect(s.newInvoice().ok).toBe(false);
    expect(s.markInvoicePaid("inv-1", "2027-03-01").ok).toBe(false);
    expect(s.deleteInvoice("inv-2").ok).toBe(false);
    s.setInvoiceField("inv-1", "buyer.name", "Changed");
    expect(s.importInvoices(savedText(bookWith(1))).ok).toBe(false);
    s.flushInvoiceBook();
    vi.runAllTimers();
    expect(storage.getItem(KEY)).toBe(newer);
    expect(s.exportInvoices()).toBe(newer);
  });
});

describe("saving", () => {
  test("changes are written a moment later, as a versioned envelope", async () => {
    const storage = new FakeStorage();
    const s = await open(storage);
    const created = s.newInvoice();
    expect(created.ok).toBe(true);
    expect(storage.getItem(KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    expect(JSON.parse(storage.getItem(KEY)!)).toMatchObject({ app: "upfront", kind: "invoice-book", version: 1 });
    expect(stored(storage).invoices).toHaveLength(1);
  });

  test("full storage: work goes on, the status says not saved, and recovers", async () => {
    const storage = new FakeStorage();
    const s = await open(storage);
    storage.failWrites = true;
    const created = s.newInvoice();
    if (!created.ok) throw new Error(created.message);
    s.setInvoiceField(created.id, "buyer.name", "Bob");
    s.flushInvoiceBook();
    expect(s.findInvoice(created.id)?.draft.buyer.name).toBe("Bob");
    expect(s.$bookSaveStatus.get()).toBe("not-saved");
    storage.failWrites = false;
    s.flushInvoiceBook();
    expect(s.$bookSaveStatus.get()).toBe("saved");
    expect(stored(storage).invoices[0]!.draft.buyer.name).toBe("Bob");
  });

  test("storage that throws on access: a working list, marked not saved", async () => {
    const s = await open("throws");
    expect(s.$bookSaveStatus.get()).toBe("not-saved");
    expect(s.newInvoice().ok).toBe(true);
    expect(s.$invoiceBook.get().invoices).toHaveLength(1);
  });
});

describe("invoices", () => {
  test("a new invoice is numbered, dated today, and takes the user's own details from the latest one", async () => {
    const s = await open();
    const first = s.newInvoice();
    if (!first.ok) throw new Error(first.message);
    const saved = s.findInvoice(first.id)!;
    expect(saved.number).toBe("2027-0001");
    expect(saved.draft.issueDate).toBe("2027-03-01");
    // The browser's language decides the number style of a first invoice.
    expect(saved.draft.numberLocale).toBe("de-DE");
    s.setInvoiceField(first.id, "seller.name", "Ada Lovelace");
    s.setInvoiceField(first.id, "payment.iban", "DE89 3704 0044 0532 0130 00");
    s.setInvoiceField(first.id, "currency", "GBP");
    s.setInvoiceField(first.id, "buyer.name", "Client One");
    vi.setSystemTime(new Date("2027-03-02T10:00:00.000Z"));
    const second = s.newInvoice();
    if (!second.ok) throw new Error(second.message);
    const next = s.findInvoice(second.id)!;
    expect(next.number).toBe("2027-0002");
    expect(next.draft.seller.name).toBe("Ada Lovelace");
    expect(next.draft.payment.iban).toBe("DE89 3704 0044 0532 0130 00");
    expect(next.draft.currency).toBe("GBP");
    expect(next.draft.buyer.name).toBe("");
    expect(next.draft.issueDate).toBe("2027-03-02");
  });

  test("fields by path, lines by id, text cut to the field's limit", async () => {
    const s = await open();
    const created = s.newInvoice();
    if (!created.ok) throw new Error(created.message);
    const id = created.id;
    const [first] = s.findInvoice(id)!.draft.lines;
    s.setInvoiceField(id, `lines.${first!.id}.unitPrice`, "80");
    s.setInvoiceField(id, "buyer.name", "x".repeat(500));
    s.setInvoiceField(id, "payment.qrCode", false);
    s.setInvoiceField(id, "lines.nope.unitPrice", "1");
    const draft = s.findInvoice(id)!.draft;
    expect(draft.lines[0]!.unitPrice).toBe("80");
    expect(draft.buyer.name).toHaveLength(200);
    expect(draft.payment.qrCode).toBe(false);
  });

  test("lines: add, duplicate, move and remove", async () => {
    const s = await open();
    const created = s.newInvoice();
    if (!created.ok) throw new Error(created.message);
    const id = created.id;
    const ids = () => s.findInvoice(id)!.draft.lines.map((l) => l.id);
    const [first] = ids();
    s.setInvoiceField(id, `lines.${first}.description`, "Design");
    const second = s.addLine(id)!;
    const copy = s.duplicateLine(id, first!)!;
    expect(ids()).toEqual([first, copy, second]);
    expect(s.findInvoice(id)!.draft.lines[1]!.description).toBe("Design");
    s.moveLine(id, second, -1);
    expect(ids()).toEqual([first, second, copy]);
    s.removeLine(id, first!);
    expect(ids()).toEqual([second, copy]);
  });

  test("lines stop at the limit", async () => {
    const s = await open();
    const created = s.newInvoice();
    if (!created.ok) throw new Error(created.message);
    for (let i = 0; i < 520; i += 1) s.addLine(created.id);
    expect(s.findInvoice(created.id)!.draft.lines).toHaveLength(500);
    expect(s.addLine(created.id)).toBeNull();
    expect(s.duplicateLine(created.id, s.findInvoice(created.id)!.draft.lines[0]!.id)).toBeNull();
  });

  test("paid, unpaid, void; only the latest number can be deleted", async () => {
    const s = await open(new FakeStorage({ [KEY]: savedText(bookWith(3)) }));
    expect(s.markInvoicePaid("inv-1", "2027-02-26")).toEqual({ ok: true });
    expect(s.findInvoice("inv-1")!.status).toEqual({ kind: "paid", on: "2027-02-26" });
    expect(s.markInvoicePaid("inv-1", "2027-02-30").ok).toBe(false);
    s.markInvoiceOpen("inv-1");
    expect(s.findInvoice("inv-1")!.status).toEqual({ kind: "open" });

    const middle = s.checkDeletion("inv-2");
    expect(middle.ok).toBe(false);
    expect(s.deleteInvoice("inv-2")).toMatchObject({ ok: false, message: expect.stringMatching(/Void 2027-0002 instead/) });
    expect(s.voidInvoice("inv-2").ok).toBe(true);
    expect(s.findInvoice("inv-2")!.status).toEqual({ kind: "void", on: "2027-03-01" });

    const latest = s.checkDeletion("inv-3");
    expect(latest).toMatchObject({ ok: true, confirm: expect.stringMatching(/Delete invoice 2027-0003\?/) });
    expect(s.deleteInvoice("inv-3")).toMatchObject({ ok: true, message: expect.stringMatching(/2027-0003 was deleted/) });
    expect(s.$invoiceBook.get().invoices.map((i) => i.number)).toEqual(["2027-0001", "2027-0002"]);
    // The released number is given again.
    const again = s.newInvoice();
    if (!again.ok) throw new Error(again.message);
    expect(s.findInvoice(again.id)!.number).toBe("2027-0003");
  });

  test("duplicate: the next number, dated today", async () => {
    const s = await open(new FakeStorage({ [KEY]: savedText(bookWith(1)) }));
    const copy = s.duplicateInvoice("inv-1");
    expect(copy).toMatchObject({ ok: true, number: "2027-0002" });
    if (!copy.ok) return;
    expect(s.findInvoice(copy.id)!.draft.seller.name).toBe("Ada Lovelace");
  });

  test("numbering: a new prefix, and a start for a new series", async () => {
    const s = await open(new FakeStorage({ [KEY]: savedText(bookWith(1)) }));
    expect(s.setNumbering("INV/", 42)).toEqual({ ok: true });
    const created = s.newInvoice();
    if (!created.ok) throw new Error(created.message);
    expect(s.findInvoice(created.id)!.number).toBe("INV/0042");
    expect(s.setNumbering("2027-", 5).ok).toBe(false);
    expect(s.setNumbering("bad prefix!").ok).toBe(false);
  });
});

describe("export and import", () => {
  test("an exported list imports into another browser; a damaged file changes nothing", async () => {
    const first = await open(new FakeStorage({ [KEY]: savedText(bookWith(2)) }));
    const exported = first.exportInvoices();
    const storage = new FakeStorage();
    const s = await open(storage);
    expect(s.importInvoices("{not json")).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(s.importInvoices('{"__proto__":{"x":1}}')).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(s.$invoiceBook.get().invoices).toEqual([]);
    const result = s.importInvoices(exported);
    expect(result).toMatchObject({ ok: true, report: { added: ["2027-0001", "2027-0002"], updated: [], skipped: [] } });
    expect(s.$invoiceBook.get().invoices).toHaveLength(2);
    // The list before the import is kept as a backup.
    expect(backups(storage)).toHaveLength(1);
  });

  test("an invoice whose number is taken here is not imported, and the report says why", async () => {
    const s = await open(new FakeStorage({ [KEY]: savedText(bookWith(1, "Here")) }));
    const other = bookWith(2, "There");
    const renamed = { ...other, invoices: other.invoices.map((inv) => ({ ...inv, id: `other-${inv.id}` })) };
    const result = s.importInvoices(savedText(renamed));
    expect(result).toMatchObject({ ok: true, report: { added: ["2027-0002"], skipped: [{ number: "2027-0001" }] } });
  });

  test("a file too large is refused before it is read", async () => {
    const s = await open();
    const huge = { size: 50_000_000, text: vi.fn(async () => "") } as unknown as Blob;
    const result = await s.importInvoicesFile(huge);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
    expect((huge as unknown as { text: ReturnType<typeof vi.fn> }).text).not.toHaveBeenCalled();
  });

  test("file names", async () => {
    const s = await open();
    expect(s.invoicesFileName()).toBe("upfront-invoices-2027-03-01.json");
    expect(s.unreadableInvoicesFileName("2027-03-02")).toBe("upfront-unreadable-invoices-2027-03-02.txt");
  });
});

describe("two tabs", () => {
  test("another tab's change is taken quietly when nothing here is waiting to be saved", async () => {
    const storage = new FakeStorage({ [KEY]: savedText(bookWith(1)) });
    const s = await open(storage, { withWindow: true });
    const theirs = bookWith(2);
    otherTabWrites(storage, savedText(theirs));
    expect(s.$bookOtherTabChange.get()).toBeNull();
    expect(s.$invoiceBook.get().invoices).toHaveLength(2);
    vi.runAllTimers();
    // Their text is not written back.
    expect(storage.getItem(KEY)).toBe(savedText(theirs));
  });

  test("with unsaved changes here, or invoices deleted there, the user chooses", async () => {
    const storage = new FakeStorage({ [KEY]: savedText(bookWith(2)) });
    const s = await open(storage, { withWindow: true });
    s.markInvoicePaid("inv-1", "2027-03-01");
    // Not yet written here; the other tab deletes the latest invoice.
    const theirs = bookWith(1);
    otherTabWrites(storage, savedText(theirs));
    expect(s.$bookOtherTabChange.get()).toEqual({ text: savedText(theirs) });
    expect(s.$bookSaveStatus.get()).toBe("not-saved");
    vi.runAllTimers();
    // Saving waits for the choice.
    expect(storage.getItem(KEY)).toBe(savedText(theirs));
    s.keepThisTabsBook();
    expect(stored(storage).invoices).toHaveLength(2);
    expect(backups(storage).map((k) => storage.getItem(k))).toContain(savedText(theirs));
  });

  test("load the other tab's version: this tab's is kept as a backup", async () => {
    const storage = new FakeStorage({ [KEY]: savedText(bookWith(2)) });
    const s = await open(storage, { withWindow: true });
    otherTabWrites(storage, savedText(bookWith(1)));
    expect(s.$bookOtherTabChange.get()).not.toBeNull();
    s.loadOtherTabsBook();
    expect(s.$invoiceBook.get().invoices).toHaveLength(1);
    expect(backups(storage)).toHaveLength(1);
  });

  test("a number given out in this tab is never given again after loading the other tab's version", async () => {
    const storage = new FakeStorage({ [KEY]: savedText(bookWith(1)) });
    const s = await open(storage, { withWindow: true });
    const made = s.newInvoice();
    expect(made.ok).toBe(true);
    const given = s.findInvoice(made.ok ? made.id : "")!.number;
    // The other tab, still on the older list, changes something there.
    const older = bookWith(1);
    const theirs = { ...older, invoices: older.invoices.map((inv) => ({ ...inv, updatedAt: "2027-03-01T11:00:00.000Z" })) };
    otherTabWrites(storage, savedText(theirs));
    expect(s.$bookOtherTabChange.get()).not.toBeNull();
    s.loadOtherTabsBook();
    const again = s.newInvoice();
    expect(again.ok).toBe(true);
    expect(s.findInvoice(again.ok ? again.id : "")!.number).not.toBe(given);
  });

  test("keeping this tab's version keeps the numbers the other tab gave out", async () => {
    const storage = new FakeStorage({ [KEY]: savedText(bookWith(1)) });
    const s = await open(storage, { withWindow: true });
    s.markInvoicePaid("inv-1", "2027-03-01");
    const theirs = bookWith(2);
    otherTabWrites(storage, savedText(theirs));
    s.keepThisTabsBook();
    const again = s.newInvoice();
    expect(again.ok).toBe(true);
    expect(s.findInvoice(again.ok ? again.id : "")!.number).not.toBe(theirs.invoices[1]!.number);
  });
});
