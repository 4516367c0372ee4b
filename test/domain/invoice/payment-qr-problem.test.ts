import { describe, expect, it } from "vitest";
import { buildInvoiceDocument } from "../../../src/domain/document/build-invoice-document";
import type { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";
import { invoiceTotals } from "../../../src/domain/invoice/invoice-totals";
import { paymentQrProblem } from "../../../src/domain/invoice/payment-qr-problem";
import { readInvoice } from "../../../src/domain/invoice/read-invoice";
import { euVatInvoiceDraft } from "./eu-vat-invoice-draft";

function read(change: (d: InvoiceDraft) => void) {
  const draft = structuredClone(euVatInvoiceDraft());
  change(draft);
  const result = readInvoice(draft, "2027-0042");
  if (!result.ok) throw new Error(`draft should be valid: ${JSON.stringify(result.errors)}`);
  return { invoice: result.invoice, totals: invoiceTotals(result.invoice) };
}

/** Whether the document the user downloads carries the QR code. */
function printsQr({ invoice, totals }: ReturnType<typeof read>): boolean {
  const doc = buildInvoiceDocument(invoice, totals, { kind: "open" });
  return doc.sections.some((s) => s.blocks.some((b) => b.kind === "qr"));
}

const oneLine = (unitPrice: string) => (d: InvoiceDraft) => {
  d.lines = [{ ...d.lines[0]!, quantity: "1", unitPrice, taxRate: "0" }];
};

describe("paymentQrProblem: none when the code prints or wasn't asked for", () => {
  it.each<{ name: string; change: (d: InvoiceDraft) => void }>([
    { name: "the complete EU invoice", change: () => {} },
    { name: "an account holder of exactly 70 characters", change: (d) => { d.payment.accountHolder = "A".repeat(70); } },
    { name: "no account holder, a short business name", change: (d) => { d.payment.accountHolder = ""; } },
    { name: "a BIC with digits in its party prefix (ISO 9362:2014)", change: (d) => { d.payment.bic = "1234DEFF"; } },
    { name: "the largest amount, €999,999,999.99", change: oneLine("999,999,999.99") },
    { name: "QR code off", change: (d) => { d.payment.qrCode = false; d.lines = d.lines.map((l) => ({ ...l, unitPrice: "0" })); } },
    { name: "no IBAN", change: (d) => { d.payment.iban = ""; d.payment.accountHolder = ""; d.seller.businessName = "B".repeat(80); } },
    { name: "not in euro", change: (d) => { d.currency = "GBP"; d.lines = d.lines.map((l) => ({ ...l, unitPrice: "0" })); } },
  ])("$name", ({ change }) => {
    const r = read(change);
    expect(paymentQrProblem(r.invoice, r.totals)).toBeNull();
    expect(printsQr(r)).toBe(r.invoice.payment.qrCode && r.invoice.payment.iban !== null && r.invoice.currency === "EUR");
  });
});

describe("paymentQrProblem: says why a code the user asked for is left out, and where to fix it", () => {
  it.each<{ name: string; change: (d: InvoiceDraft) => void; field: string; message: RegExp }>([
    {
      name: "no account holder and a business name over 70 characters",
      change: (d) => { d.payment.accountHolder = ""; d.seller.businessName = "Łódź Design Studio — Web, Print and Brand Identity for Small Businesses GmbH"; },
      field: "payment.accountHolder",
      message: /^No payment QR code is printed on this invoice\. With no account holder given, the QR code would carry your name, “Łódź Design Studio — Web.*GmbH”, which is too long for it: enter the account holder's name as your bank has it, in 70 characters at most\.$/,
    },
    {
      name: "an account holder in a 4-byte script: the payload would pass 331 bytes",
      change: (d) => { d.payment.accountHolder = "𝔄".repeat(70); },
      field: "payment.accountHolder",
      message: /can hold 331 bytes and this one needs \d+: shorten the account holder's name/,
    },
    { name: "a total of zero", change: oneLine("0"), field: "lines", message: /comes to €0\.00, and the QR code needs an amount of at least €0\.01\.$/ },
    {
      name: "a total over €999,999,999.99",
      change: oneLine("1,000,000,000.00"),
      field: "lines",
      message: /can carry at most €999,999,999\.99 and this invoice comes to €1,000,000,000\.00: split it into several invoices, or turn the QR code off\.$/,
    },
  ])("$name → $field", ({ change, field, message }) => {
    const r = read(change);
    const problem = paymentQrProblem(r.invoice, r.totals);
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(message);
    // The same payload decides both: a problem means no code in the document.
    expect(printsQr(r)).toBe(false);
  });
});
