import { describe, expect, it } from "vitest";
import { keepingNumbersOf } from "../../../src/domain/invoice/book-counters";
import { createInvoice, newInvoiceBook, nextNumber, type InvoiceBook } from "../../../src/domain/invoice/invoice-book";
import { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";

const NOW = "2026-11-21T10:00:00.000Z";
function withInvoices(book: InvoiceBook, ids: string[]): InvoiceBook {
  for (const id of ids) {
    const made = createInvoice(book, InvoiceDraft.parse({}), { id, now: NOW });
    if (!made.ok) throw new Error(made.message);
    book = made.book;
  }
  return book;
}

describe("keepingNumbersOf", () => {
  const base = withInvoices(newInvoiceBook("2026-11-21"), ["a", "b"]);
  const tabA = withInvoices(base, ["c"]); // gave out 2026-0003
  const tabB = base; // typed, gave out nothing new

  it.each([
    ["loading the other tab's older list keeps this tab's numbers given", tabB, tabA, "2026-0004"],
    ["keeping this tab's list keeps the other tab's numbers given", tabA, tabB, "2026-0004"],
    ["two equal lists: nothing changes", base, base, "2026-0003"],
  ])("%s", (_, kept, other, next) => {
    expect(nextNumber(keepingNumbersOf(kept, other)).number).toBe(next);
  });

  it("raises each series on its own, and adds a series only the other tab used", () => {
    const other = { ...base, issued: { ...base.issued, "INV/": 7 } };
    const kept = keepingNumbersOf(base, other);
    expect(kept.issued).toEqual({ "2026-": 2, "INV/": 7 });
    expect(kept.invoices).toBe(base.invoices);
  });

  it("returns the kept list itself when no counter is raised", () => {
    expect(keepingNumbersOf(tabA, tabB)).toBe(tabA);
  });
});
