import { type EpcResult, epcPayload } from "../payment/epc-qr";
import { displayName } from "../text/display-name";
import type { Invoice } from "./invoice";

/** What the bank transfer carries as its reference, and the QR code too: "Invoice 2026-0042". */
export function paymentReference(number: string): string {
  return `Invoice ${number}`;
}

/** The user asked for a QR code it can carry: "QR code" on, an IBAN, euro (EPC069-12 is for euro transfers only). */
export function paymentQrWanted(invoice: Pick<Invoice, "payment" | "currency">): boolean {
  return invoice.payment.qrCode && invoice.payment.iban !== null && invoice.currency === "EUR";
}

/**
 * The EPC "GiroCode" payload (EPC069-12, SEPA credit transfer) for `amountMinor`, on a EUR invoice
 * with an IBAN when the user asked for a QR code; null when they didn't (or it can't apply). A
 * refusal says why and which input to change: the document leaves the code out and the review
 * step's warnings (paymentQrProblem) say so, from this one function.
 */
export function paymentQrPayload(invoice: Invoice, amountMinor: number): EpcResult | null {
  const { payment } = invoice;
  if (!paymentQrWanted(invoice) || payment.iban === null) return null;
  return epcPayload({
    // The beneficiary's name is required (EPC069-12 AT-21): the seller's own name stands in.
    name: payment.accountHolder || displayName(invoice.seller),
    iban: payment.iban,
    bic: payment.bic,
    amountMinor,
    currency: invoice.currency,
    reference: paymentReference(invoice.number),
  });
}
