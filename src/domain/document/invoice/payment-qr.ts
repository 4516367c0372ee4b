import { epcPayload } from "../../payment/epc-qr";
import type { Block } from "../document-model";
import type { InvoiceContext } from "./invoice-context";

/** What the bank transfer carries as its reference, and the QR code too: "Invoice 2026-0042". */
export function paymentReference(number: string): string {
  return `Invoice ${number}`;
}

/**
 * The EPC "GiroCode" (EPC069-12, SEPA credit transfer) for the amount due, on a EUR invoice
 * with an IBAN when the user asked for it. Null when any of that is missing, or the payload
 * can't be made (the form's checks say why; the document just leaves the code out).
 */
export function paymentQr(ctx: InvoiceContext, amountMinor: number): Block | null {
  const { invoice } = ctx;
  const { payment } = invoice;
  if (!payment.qrCode || payment.iban === null || invoice.currency !== "EUR") return null;
  const payload = epcPayload({
    name: payment.accountHolder || ctx.sellerName,
    iban: payment.iban,
    bic: payment.bic,
    amountMinor,
    currency: invoice.currency,
    reference: paymentReference(invoice.number),
  });
  if (!payload.ok) return null;
  return {
    kind: "qr",
    payload: payload.value,
    caption: `Scan with your banking app to pay ${ctx.money(amountMinor)} (EPC QR code)`,
  };
}
