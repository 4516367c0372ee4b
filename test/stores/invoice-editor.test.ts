import { afterEach, describe, expect, test, vi } from "vitest";
import { createInvoice, markPaid, newInvoiceBook, voidInvoice, wrapInvoiceBook } from "../../src/domain/invoice/invoice-book";
import type { InvoiceDraft } from "../../src/domain/invoice/invoice-draft";
import { newInvoiceDraft } from "../../src/domain/invoice/new-invoice-draft";
import { FakeStorage } from "./fake-storage";

const KEY = "upfront:invoice-book";

/** A complete invoice: every step can be continued. */
function completeDraft(issueDate: string, netDays = "14"): InvoiceDraft {
  const draft = newInvoiceDraft("en-US", issueDate);
  return {
    ...draft,
    netDays,
    seller: { ...draft.seller, name: "Ada Lovelace", address: "1 Analytical Way\nLondon", country: "GB" },
    buyer: { ...draft.buyer, name: "Charles Babbage", address: "2 Difference St\nLondon" },
    lines: [{ ...draft.lines[0]!, description: "Design work", quantity: "10", unitPrice: "80", taxRate: "20" }],
  };
}

function savedBook(drafts: InvoiceDraft[]) {
  let book = newInvoiceBook("2027-03-01");
  drafts.forEach((draft, i) => {
    const created = createInvoice(book, draft, { id: `inv-${i + 1}`, now: "2027-03-01T09:00:00.000Z" });
    if (!created.ok) throw new Error(created.message);
    book = created.book;
  });
  return book;
}

/** A page address and history the store can push to, and a window to fire popstate on. */
function fakeBrowser(start: string, book = savedBook([completeDraft("2027-03-01")])) {
  const location = { href: start, search: new URL(start).search };
  const history = {
    pushState: vi.fn((_state: unknown, _title: string, url: URL | string) => {
      location.href = String(url);
      location.search = new URL(String(url)).search;
    }),
  };
  const window = new EventTarget();
  vi.stubGlobal("location", location);
  vi.stubGlobal("history", history);
  vi.stubGlobal("window", window);
  vi.stubGlobal("localStorage", new FakeStorage({ [KEY]: JSON.stringify(wrapInvoiceBook(book)) }));
  return { location, history, window };
}

async function load(start: string, book?: ReturnType<typeof savedBook>) {
  vi.resetModules();
  const browser = fakeBrowser(start, book);
  const editor = await import("../../src/stores/invoice-editor");
  const invoices = await import("../../src/stores/invoice-book");
  const list = await import("../../src/stores/invoice-list");
  return { ...browser, ...editor, ...invoices, ...list };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("invoice editor", () => {
  test("the invoice and step come from the address; without an id, the list", async () => {
    const on = await load("https://u.test/invoice?id=inv-1&step=payment");
    expect(on.$openInvoiceId.get()).toBe("inv-1");
    expect(on.$invoiceStep.get()).toBe("payment");
    expect(on.$openInvoice.get()?.number).toBe("2027-0001");
    const unknownStep = await load("https://u.test/invoice?id=inv-1&step=nope");
    expect(unknownStep.$invoiceStep.get()).toBe("parties");
    const list = await load("https://u.test/invoice");
    expect(list.$openInvoiceId.get()).toBeNull();
    const missing = await load("https://u.test/invoice?id=gone");
    expect(missing.$openInvoice.get()).toBeUndefined();
  });

  test("opening, moving between steps and going back to the list are recorded; Back and Forward follow", async () => {
    const s = await load("https://u.test/invoice");
    s.$openInvoiceId.listen(() => undefined);
    s.openInvoice("inv-1");
    expect(s.location.href).toBe("https://u.test/invoice?id=inv-1&step=parties");
    s.goToInvoiceStep("lines");
    expect(s.location.href).toBe("https://u.test/invoice?id=inv-1&step=lines");
    s.goToInvoiceStep("lines");
    expect(s.history.pushState).toHaveBeenCalledTimes(2);
    s.showInvoiceList();
    expect(s.location.href).toBe("https://u.test/invoice");
    expect(s.$openInvoiceId.get()).toBeNull();

    // The browser's Back button.
    s.location.href = "https://u.test/invoice?id=inv-1&step=lines";
    s.location.search = "?id=inv-1&step=lines";
    s.window.dispatchEvent(new Event("popstate"));
    expect(s.$openInvoiceId.get()).toBe("inv-1");
    expect(s.$invoiceStep.get()).toBe("lines");
    expect(s.invoiceStepHref("terms")).toBe("?id=inv-1&step=terms");
  });

  test("Continue shows the step's messages and stays; a complete step moves on", async () => {
    const draft = completeDraft("2027-03-01");
    const book = savedBook([{ ...draft, buyer: { ...draft.buyer, name: "" } }]);
    const s = await load("https://u.test/invoice?id=inv-1&step=parties", book);
    expect(s.continueInvoiceStep()).toBe(false);
    expect(s.$invoiceErrors.get()).toEqual([{ step: "parties", field: "buyer.name", message: "Enter your client's name" }]);
    expect(s.$failedInvoiceContinues.get()).toBe(1);
    s.setInvoiceField("inv-1", "buyer.name", "Charles Babbage");
    expect(s.continueInvoiceStep()).toBe(true);
    expect(s.$invoiceStep.get()).toBe("details");
    expect(s.$invoiceErrors.get()).toBeNull();
  });

  test("a message about a line names the line by id; removing the line forgets it", async () => {
    const draft = completeDraft("2027-03-01");
    const lineId = draft.lines[0]!.id;
    const book = savedBook([{ ...draft, lines: [{ ...draft.lines[0]!, unitPrice: "-5" }] }]);
    const s = await load("https://u.test/invoice?id=inv-1&step=lines", book);
    s.continueInvoiceStep();
    expect(s.$invoiceErrors.get()?.map((e) => e.field)).toEqual([`lines.${lineId}.unitPrice`]);
    s.forgetLineErrors(lineId);
    expect(s.$invoiceErrors.get()).toEqual([]);
  });

  test("a field to fix opens its step with its messages and focuses it", async () => {
    const draft = completeDraft("2027-03-01");
    const book = savedBook([{ ...draft, payment: { ...draft.payment, iban: "DE00 1234" } }]);
    const s = await load("https://u.test/invoice?id=inv-1&step=review", book);
    s.fixInvoiceField("payment.iban");
    expect(s.$invoiceStep.get()).toBe("payment");
    expect(s.$invoiceErrors.get()?.map((e) => e.field)).toEqual(["payment.iban"]);
    expect(s.$focusAfterInvoiceStep.get()).toBe("field-payment-iban");
    expect(s.stepOfField("lines.l1.taxRate")).toBe("lines");
    expect(s.stepOfField("taxNote")).toBe("terms");
    expect(s.stepOfField("supplyDate")).toBe("details");
    expect(s.stepOfField("buyer.taxId")).toBe("parties");
  });
});

describe("invoice list", () => {
  test("rows, newest number first, with status: open, overdue, paid, void", async () => {
    vi.useFakeTimers({ now: new Date("2027-04-01T12:00:00.000Z") });
    let book = savedBook([completeDraft("2027-03-01"), completeDraft("2027-03-10"), completeDraft("2027-03-20", "30"), completeDraft("2027-03-25")]);
    const paid = markPaid(book, "inv-1", "2027-03-12", "2027-03-12T10:00:00.000Z");
    if (!paid.ok) throw new Error(paid.message);
    const voided = voidInvoice(paid.book, "inv-4", "2027-03-26", "2027-03-26T10:00:00.000Z");
    if (!voided.ok) throw new Error(voided.message);
    book = voided.book;
    const s = await load("https://u.test/invoice", book);
    const rows = s.$invoiceRows.get();
    expect(rows.map((r) => [r.number, r.status.label])).toEqual([
      ["2027-0004", "Void since March 26, 2027"],
      ["2027-0003", "Open"],
      ["2027-0002", "Overdue by 8 days"],
      ["2027-0001", "Paid on March 12, 2027"],
    ]);
    expect(rows[1]).toMatchObject({ client: "Charles Babbage", issueDate: "March 20, 2027", dueDate: "April 19, 2027", total: "€960.00", incomplete: false });
    expect(s.$numbering.get()).toMatchObject({ prefix: "2027-", next: "2027-0005", canChooseStart: false, gaps: [] });
  });

  test("an unfinished invoice shows what can be read", async () => {
    const draft = newInvoiceDraft("en-US", "2027-03-01");
    const s = await load("https://u.test/invoice", savedBook([draft]));
    expect(s.$invoiceRows.get()[0]).toMatchObject({ client: "", issueDate: "March 1, 2027", dueDate: "—", total: "—", incomplete: true });
  });
});
