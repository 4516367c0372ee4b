import { describe, expect, it } from "vitest";
import { INVOICE_STEPS, invoiceFieldId, isInvoiceStepId } from "../../../src/domain/invoice/invoice-steps";

describe("INVOICE_STEPS", () => {
  it("has the editor's steps in order, each with a title", () => {
    expect(INVOICE_STEPS.map((s) => s.id)).toEqual(["parties", "details", "lines", "payment", "terms", "review"]);
    for (const s of INVOICE_STEPS) expect(s.title).not.toBe("");
  });

  it.each([
    { id: "lines", ok: true },
    { id: "review", ok: true },
    { id: "scope", ok: false },
    { id: "", ok: false },
    { id: "LINES", ok: false },
  ])("isInvoiceStepId($id) → $ok", ({ id, ok }) => {
    expect(isInvoiceStepId(id)).toBe(ok);
  });
});

describe("invoiceFieldId", () => {
  it.each([
    { field: "seller.name", id: "field-seller-name" },
    { field: "lines.l3.unitPrice", id: "field-lines-l3-unitPrice" },
    { field: "payment.iban", id: "field-payment-iban" },
    { field: "lines", id: "field-lines" },
    { field: "earlyDiscount.withinDays", id: "field-earlyDiscount-withinDays" },
  ])("$field → $id", ({ field, id }) => {
    expect(invoiceFieldId(field)).toBe(id);
  });

  it("gives different lines different ids", () => {
    expect(invoiceFieldId("lines.l1.quantity")).not.toBe(invoiceFieldId("lines.l11.quantity"));
  });
});
