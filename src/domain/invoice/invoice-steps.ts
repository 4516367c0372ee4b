import { fieldId } from "../contract/contract-steps";

// The invoice editor's steps in order; ids appear in the URL (?step=lines).
// Which answers each step holds (read-invoice.ts records their messages under these ids):
//   parties  seller.*, buyer.*
//   details  currency, numberLocale, issueDate, supplyDate, terms, netDays, dueDate, purchaseOrder, reference
//   lines    lines.<lineId>.*, lines (none yet), discountMode, discountValue (the invoice discount)
//   payment  payment.*
//   terms    lateFee.*, earlyDiscount.*, taxNote, notes, thankYou
export const INVOICE_STEPS = [
  { id: "parties", title: "You and your client" },
  { id: "details", title: "Invoice details" },
  { id: "lines", title: "Line items" },
  { id: "payment", title: "Payment details" },
  { id: "terms", title: "Terms and notes" },
  { id: "review", title: "Check your invoice" },
] as const;

export type InvoiceStepId = (typeof INVOICE_STEPS)[number]["id"];

export function isInvoiceStepId(id: string): id is InvoiceStepId {
  return INVOICE_STEPS.some((s) => s.id === id);
}

/** The DOM id of the input behind a field path: "lines.l3.unitPrice" → "field-lines-l3-unitPrice". */
export function invoiceFieldId(field: string): string {
  return fieldId(field);
}
