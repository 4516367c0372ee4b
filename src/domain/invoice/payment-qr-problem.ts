import { formatMoney } from "../money/format-money";
import { EPC_MAX_AMOUNT_MINOR, EPC_NAME_MAX, type EpcField } from "../payment/epc-qr";
import { displayName } from "../text/display-name";
import type { Invoice } from "./invoice";
import type { InvoiceTotals } from "./invoice-totals";
import { paymentQrPayload } from "./payment-qr-payload";

export type PaymentQrProblem = { field: string; message: string };

/** The draft input that fixes each refusal; what the user can't change points at the QR switch. */
const FIELD: Partial<Record<EpcField, string>> = {
  name: "payment.accountHolder",
  iban: "payment.iban",
  bic: "payment.bic",
  amountMinor: "lines",
};

/**
 * Why the payment QR code the user asked for (EUR, an IBAN, "QR code" on) can't be printed, with
 * the draft path to fix; null when it prints or wasn't asked for. The reason comes from the same
 * payload the document prints (paymentQrPayload), so the two never disagree.
 */
export function paymentQrProblem(invoice: Invoice, totals: Pick<InvoiceTotals, "total">): PaymentQrProblem | null {
  const payload = paymentQrPayload(invoice, totals.total);
  if (payload === null || payload.ok) return null;
  const field = FIELD[payload.field] ?? "payment.qrCode";
  const money = (minor: number) => formatMoney(minor, invoice.currency, invoice.locale);
  let reason = payload.error;
  if (payload.field === "amountMinor") {
    reason =
      totals.total < 1
        ? `The invoice comes to ${money(0)}, and the QR code needs an amount of at least ${money(1)}.`
        : `The QR code can carry at most ${money(EPC_MAX_AMOUNT_MINOR)} and this invoice comes to ${money(totals.total)}: split it into several invoices, or turn the QR code off.`;
  } else if (payload.field === "name" && invoice.payment.accountHolder === "" && displayName(invoice.seller) !== "") {
    reason = `With no account holder given, the QR code would carry your name, “${displayName(invoice.seller)}”, which is too long for it: enter the account holder's name as your bank has it, in ${EPC_NAME_MAX} characters at most.`;
  }
  return { field, message: `No payment QR code is printed on this invoice. ${reason}` };
}
