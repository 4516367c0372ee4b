import { describe, expect, it } from "vitest";
import { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";
import { savedInvoiceDocument } from "../../../src/domain/invoice/saved-invoice-document";
import { sampleInvoiceDraft } from "../../fixtures/sample-invoice-draft";

describe("savedInvoiceDocument", () => {
  it("reads a complete invoice into its document, totals and file name", () => {
    const doc = savedInvoiceDocument({ draft: sampleInvoiceDraft(), number: "2026-0042", status: { kind: "open" } }, "2027-03-17");
    if (!doc.ok) throw new Error(JSON.stringify(doc.errors));
    expect(doc.model.title).toBe("Invoice 2026-0042");
    expect(doc.fileName).toMatch(/^invoice-2026-0042-[a-z0-9-]+\.pdf$/);
    expect(doc.totals.total).toBeGreaterThan(0);
    expect(doc.invoice.number).toBe("2026-0042");
  });

  it.each([
    ["an empty invoice", InvoiceDraft.parse({})],
    ["no buyer", { ...sampleInvoiceDraft(), buyer: InvoiceDraft.parse({}).buyer }],
  ])("%s gives the fields to fix, not a document", (_, draft) => {
    const doc = savedInvoiceDocument({ draft, number: "2026-0001", status: { kind: "open" } }, "2027-03-17");
    expect(doc.ok).toBe(false);
    if (!doc.ok) expect(doc.errors.length).toBeGreaterThan(0);
  });

  it("a paid invoice says so in its document", () => {
    const doc = savedInvoiceDocument({ draft: sampleInvoiceDraft(), number: "2026-0042", status: { kind: "paid", on: "2027-04-03" } }, "2027-04-05");
    if (!doc.ok) throw new Error("expected a document");
    expect(JSON.stringify(doc.model)).toContain("Paid on");
  });
});
