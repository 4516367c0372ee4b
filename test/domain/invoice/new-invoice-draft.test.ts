import { describe, expect, it } from "vitest";
import { InvoiceDraft, MAX_INVOICE_LINES } from "../../../src/domain/invoice/invoice-draft";
import { duplicateLine, moveLine, newInvoiceDraft, newInvoiceLine } from "../../../src/domain/invoice/new-invoice-draft";
import { invoiceStepErrors } from "../../../src/domain/invoice/read-invoice";

const ids = (lines: readonly { id: string }[]) => lines.map((l) => l.id);

describe("newInvoiceDraft", () => {
  it("is a valid draft that survives a parse and a JSON round trip unchanged", () => {
    const draft = newInvoiceDraft("en-US", "2027-03-01");
    expect(InvoiceDraft.parse(draft)).toEqual(draft);
    expect(InvoiceDraft.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it.each([
    { locale: "en-US", currency: "USD", rate: "1.5" },
    { locale: "de-DE", currency: "EUR", rate: "1,5" },
    { locale: "en-GB", currency: "GBP", rate: "1.5" },
    { locale: "de-CH", currency: "CHF", rate: "1.5" },
  ])("$locale / $currency: number style, currency, and decimals written its way", ({ locale, currency, rate }) => {
    const draft = newInvoiceDraft(locale, "2027-03-01", currency);
    expect([draft.numberLocale, draft.currency, draft.lateFee.percentPerMonth]).toEqual([locale, currency, rate]);
  });

  it("is dated today, due net 14, in EUR unless told otherwise, with one empty line and no late fee", () => {
    const draft = newInvoiceDraft("en-GB", "2027-03-01");
    expect(draft.issueDate).toBe("2027-03-01");
    expect(draft.supplyDate).toBe("");
    expect([draft.terms, draft.netDays]).toEqual(["net", "14"]);
    expect(draft.currency).toBe("EUR");
    expect(draft.lines).toEqual([{ id: "l1", description: "", quantity: "1", unit: "", unitPrice: "", taxRate: "", discountMode: "none", discountValue: "" }]);
    expect(draft.lateFee.kind).toBe("none");
    expect(draft.earlyDiscount.enabled).toBe(false);
    expect(draft.payment.qrCode).toBe(true);
    expect(draft.thankYou).toBe("Thank you for your business.");
  });

  it("asks for the names and a line, and nothing on the details, payment or terms steps", () => {
    const draft = newInvoiceDraft("en-GB", "2027-03-01");
    expect(invoiceStepErrors(draft, "parties").map((e) => e.field)).toEqual(["seller.name", "buyer.name"]);
    expect(invoiceStepErrors(draft, "details")).toEqual([]);
    expect(invoiceStepErrors(draft, "lines").map((e) => e.field)).toEqual(["lines"]);
    expect(invoiceStepErrors(draft, "payment")).toEqual([]);
    expect(invoiceStepErrors(draft, "terms")).toEqual([]);
  });
});

describe("newInvoiceLine", () => {
  it.each([
    { existing: [], id: "l1" },
    { existing: ["l1"], id: "l2" },
    { existing: ["l1", "l2", "l3"], id: "l4" },
    { existing: ["l2"], id: "l3" },
    { existing: ["l3", "l2"], id: "l4" },
    { existing: ["l1", "l3"], id: "l4" },
    { existing: ["x", "l2"], id: "l3" },
  ])("after $existing → $id", ({ existing, id }) => {
    expect(newInvoiceLine(existing.map((i) => ({ id: i }))).id).toBe(id);
  });

  it("never repeats an id, even after removals", () => {
    let lines = [newInvoiceLine([])];
    for (let i = 0; i < 300; i += 1) {
      lines = [...lines, newInvoiceLine(lines)];
      if (i % 3 === 0) lines = lines.filter((_, j) => j !== Math.floor(lines.length / 2));
    }
    expect(new Set(ids(lines)).size).toBe(lines.length);
  });
});

describe("moveLine", () => {
  const lines = ["a", "b", "c"].map((id) => ({ ...newInvoiceLine([]), id }));
  it.each([
    { id: "b", by: -1 as const, order: ["b", "a", "c"] },
    { id: "b", by: 1 as const, order: ["a", "c", "b"] },
    { id: "a", by: -1 as const, order: ["a", "b", "c"] },
    { id: "c", by: 1 as const, order: ["a", "b", "c"] },
    { id: "zz", by: 1 as const, order: ["a", "b", "c"] },
  ])("$id by $by → $order", ({ id, by, order }) => {
    expect(ids(moveLine(lines, id, by))).toEqual(order);
    expect(ids(lines)).toEqual(["a", "b", "c"]);
  });
});

describe("duplicateLine", () => {
  const lines = [
    { ...newInvoiceLine([]), id: "l1", description: "Design", unitPrice: "85" },
    { ...newInvoiceLine([]), id: "l2", description: "Build", unitPrice: "95", discountMode: "percent" as const, discountValue: "10" },
  ];

  it("puts a copy with a new id right below the line", () => {
    const result = duplicateLine(lines, "l1");
    expect(ids(result)).toEqual(["l1", "l3", "l2"]);
    expect({ ...result[1]!, id: "l1" }).toEqual(lines[0]);
  });

  it("copies the discount too", () => {
    const result = duplicateLine(lines, "l2");
    expect(ids(result)).toEqual(["l1", "l2", "l3"]);
    expect(result[2]!.discountValue).toBe("10");
  });

  it("does nothing for an unknown id", () => {
    expect(duplicateLine(lines, "nope")).toEqual(lines);
  });

  it(`does nothing when the invoice already has ${MAX_INVOICE_LINES} lines`, () => {
    let full = [newInvoiceLine([])];
    while (full.length < MAX_INVOICE_LINES) full = [...full, newInvoiceLine(full)];
    expect(duplicateLine(full, "l1")).toHaveLength(MAX_INVOICE_LINES);
  });
});
