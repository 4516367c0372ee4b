import type { LateFeeTerms } from "../terms/late-fee-terms";
import type { EarlyDiscount } from "../terms/early-discount";

// An invoice whose every answer has been checked: what totals, the document, the PDF, the QR code
// and the calendar are built from. Money is in integer minor units of `currency`.

export type InvoiceParty = {
  name: string;
  businessName: string;
  address: string;
  email: string;
  taxId: string;
  /** ISO 3166-1 alpha-2, or "" when not given. */
  country: string;
};

export type LineDiscount = { kind: "percent"; basisPoints: number } | { kind: "amount"; minor: number } | null;

export type InvoiceLine = {
  id: string;
  description: string;
  /** Quantity in thousandths: 1.5 hours → 1500. */
  quantityThousandths: number;
  unit: string;
  /** Price of one unit, in minor units. */
  unitPrice: number;
  /** Tax rate in thousandths of a percent (20% → 20_000, 8.875% → 8_875; tax-rate.ts), or null when no tax is shown for the line. */
  taxMillipercent: number | null;
  discount: LineDiscount;
};

export type InvoiceDue =
  | { kind: "net"; days: number; date: string }
  | { kind: "on-receipt"; date: string }
  | { kind: "date"; date: string };

export type InvoicePayment = {
  accountHolder: string;
  /** Electronic format: upper case, no spaces, checksum valid. Null when not given. */
  iban: string | null;
  bic: string;
  otherAccount: string;
  /** An https URL, or null. */
  paymentLink: string | null;
  qrCode: boolean;
};

export type Invoice = {
  /** From the invoice book, e.g. "2026-0042". */
  number: string;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  currency: string;
  locale: string;
  issueDate: string;
  /** Null when the supply date is the issue date. */
  supplyDate: string | null;
  due: InvoiceDue;
  purchaseOrder: string;
  reference: string;
  lines: InvoiceLine[];
  invoiceDiscount: LineDiscount;
  payment: InvoicePayment;
  lateFee: LateFeeTerms;
  earlyDiscount: EarlyDiscount | null;
  taxNote: string;
  notes: string;
  thankYou: string;
};

/** Where an invoice stands in the user's list. */
export type InvoiceStatus =
  | { kind: "open" }
  | { kind: "paid"; on: string }
  | { kind: "void"; on: string };
