import { paymentQrPayload } from "../../invoice/payment-qr-payload";
import type { Block } from "../document-model";
import type { InvoiceContext } from "./invoice-context";

/**
 * The EPC "GiroCode" (EPC069-12, SEPA credit transfer) for the amount due, on a EUR invoice
 * with an IBAN when the user asked for it. Null when any of that is missing, or the payload
 * can't be made: the review step's warnings say why (paymentQrProblem, from the same payload).
 */
export function paymentQr(ctx: InvoiceContext, amountMinor: number): Block | null {
  const payload = paymentQrPayload(ctx.invoice, amountMinor);
  if (!payload?.ok) return null;
  return {
    kind: "qr",
    payload: payload.value,
    caption: `Scan with your banking app to pay ${ctx.money(amountMinor)} (EPC QR code)`,
  };
}
