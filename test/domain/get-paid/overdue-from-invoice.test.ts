import { describe, expect, it } from "vitest";
import { createInvoice, markPaid, newInvoiceBook, voidInvoice, type SavedInvoice } from "../../../src/domain/invoice/invoice-book";
import { overdueDraftFromSavedInvoice } from "../../../src/domain/get-paid/overdue-from-invoice";
import { readOverdue } from "../../../src/domain/get-paid/read-overdue";
import { sampleInvoiceDraft, SAMPLE_IBAN } from "../../fixtures/sample-invoice-draft";

function savedSample(): SavedInvoice {
  const made = createInvoice(newInvoiceBook("2027-03-17"), sampleInvoiceDraft(), { id: "i1", now: "2027-03-17T10:00:00.000Z" });
  if (!made.ok) throw new Error(made.message);
  return made.invoice;
}

describe("overdueDraftFromSavedInvoice", () => {
  it("copies the parties, number, total, dates, payment details and late-fee terms of a saved invoice", () => {
    const saved = savedSample();
    const result = overdueDraftFromSavedInvoice(saved);
    if (!result.ok) throw new Error(result.message);
    const { draft } = result;
    expect(result.complete).toBe(true);
    expect(draft.you.name).toBe("Lena Vogel");
    expect(draft.client.businessName).toBe("Nordlicht Logistik GmbH");
    expect(draft.client.email).toBe("buchhaltung@nordlicht.example");
    expect(draft.invoice).toMatchObject({ savedInvoiceId: "i1", number: "2027-0001", currency: "EUR", numberLocale: "de-DE", issueDate: "2027-03-17", dueDate: "2027-03-31" });
    expect(draft.invoice.howToPay).toContain(SAMPLE_IBAN.replace(/(.{4})(?=.)/g, "$1 "));
    expect(draft.claim.regime).toBe("contract");
    expect(draft.claim.lateFee).toEqual(saved.draft.lateFee);
    expect(draft.claim.businessClient).toBe(true);
    // The amount is the invoice total, typed back in the invoice's number style, and reads back exactly.
    const read = readOverdue(draft, "2027-04-20");
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.overdue.invoice.amount).toBeGreaterThan(0);
    expect(draft.invoice.amount).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}$/);
  });

  it("copies what it can from an invoice that can't be read", () => {
    const saved = { ...savedSample(), draft: { ...savedSample().draft, issueDate: "not a date" } };
    const result = overdueDraftFromSavedInvoice(saved);
    expect(result.ok && [result.complete, result.draft.invoice.amount, result.draft.invoice.dueDate]).toEqual([false, "", ""]);
  });

  it("gives a message for a paid or void invoice", () => {
    const book = createInvoice(newInvoiceBook("2027-03-17"), sampleInvoiceDraft(), { id: "i1", now: "2027-03-17T10:00:00.000Z" });
    if (!book.ok) throw new Error("book");
    const paid = markPaid(book.book, "i1", "2027-04-01", "2027-04-02T10:00:00.000Z");
    const voided = voidInvoice(book.book, "i1", "2027-04-01", "2027-04-02T10:00:00.000Z");
    if (!paid.ok || !voided.ok) throw new Error("status");
    expect(overdueDraftFromSavedInvoice(paid.book.invoices[0]!)).toEqual({ ok: false, message: "Invoice 2027-0001 is marked paid. Mark it open again in the invoice list if the payment never arrived." });
    expect(overdueDraftFromSavedInvoice(voided.book.invoices[0]!)).toEqual({ ok: false, message: "Invoice 2027-0001 is void, so nothing is owed on it." });
  });
});
