import { z } from "../zod";
import { DiscountDraft, LateFeeDraft } from "../contract/contract-draft";
import { ADDRESS_MAX } from "../contract/text-limits";
import { choice, flag, group, id, line, list, text } from "../drafts/draft-fields";

// An invoice as the user typed it (strings, kept as typed). read-invoice.ts turns it into a
// checked Invoice. The invoice number is not part of the draft: the invoice book gives it.

/** At least 200 lines must fit (issue 3); 500 leaves room without letting storage fill up. */
export const MAX_INVOICE_LINES = 500;

export const InvoicePartyDraft = z.object({
  name: line(),
  businessName: line(),
  address: text(ADDRESS_MAX),
  email: line(254),
  /** VAT number or other tax id, as printed. */
  taxId: line(50),
  /** ISO 3166-1 alpha-2 ("DE", "GB", "US"), or "" when not given: decides which VAT invoice rules to check. */
  country: line(2),
});
export type InvoicePartyDraft = z.infer<typeof InvoicePartyDraft>;

export const InvoiceLineDraft = z.object({
  id,
  description: text(1_000),
  /** Up to 3 decimals, in the invoice's number style: "1", "2.5", "0,75". */
  quantity: line(20, "1"),
  /** "hours", "days", "pcs"… free text, may be empty. */
  unit: line(20),
  unitPrice: line(40),
  /** Tax rate in percent, up to 3 decimals, e.g. "20", "7,7" or "8.875"; "" means no tax is shown for the line. */
  taxRate: line(10),
  discountMode: choice(["none", "percent", "amount"], "none"),
  discountValue: line(40),
});
export type InvoiceLineDraft = z.infer<typeof InvoiceLineDraft>;

export const InvoicePaymentDraft = z.object({
  accountHolder: line(70),
  /** Any spacing or case; checked by its ISO 13616 checksum. */
  iban: line(60),
  bic: line(20),
  /** Other account formats (US routing + account, sort code…), printed as typed. */
  otherAccount: text(500),
  /** https only. */
  paymentLink: line(500),
  /** Print the EPC (GiroCode) QR code on EUR invoices with an IBAN. */
  qrCode: flag(true),
});
export type InvoicePaymentDraft = z.infer<typeof InvoicePaymentDraft>;

export const InvoiceDraft = z.object({
  seller: group(InvoicePartyDraft),
  buyer: group(InvoicePartyDraft),
  currency: line(3, "EUR"),
  /** How numbers are written and read, as in the contract draft: "en-US", "de-DE", "fr-FR"… */
  numberLocale: line(20, "en-US"),
  issueDate: line(10),
  /** Date of supply (or end of the period of service); "" when it is the issue date. */
  supplyDate: line(10),
  terms: choice(["net", "on-receipt", "date"], "net"),
  netDays: line(10, "14"),
  /** Used when terms is "date". */
  dueDate: line(10),
  purchaseOrder: line(60),
  /** What the invoice is for, e.g. the contract it follows: "Website redesign, contract of 1 March 2027". */
  reference: line(200),
  lines: list(InvoiceLineDraft, MAX_INVOICE_LINES),
  /** A discount on the whole invoice, before tax. */
  discountMode: choice(["none", "percent", "amount"], "none"),
  discountValue: line(40),
  payment: group(InvoicePaymentDraft),
  lateFee: group(LateFeeDraft),
  earlyDiscount: group(DiscountDraft),
  /** Printed as written, e.g. "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)". */
  taxNote: text(500),
  notes: text(2_000),
  thankYou: line(200, "Thank you for your business."),
});
export type InvoiceDraft = z.infer<typeof InvoiceDraft>;
