import type { FieldErrors } from "../contract/field-errors";
import { readBic } from "../payment/bic";
import { readIban } from "../payment/iban";
import { cleanLine, cleanText } from "../text/clean-text";
import type { InvoicePayment } from "./invoice";
import type { InvoicePaymentDraft } from "./invoice-draft";
import type { InvoiceStepId } from "./invoice-steps";
import { parsePaymentLink } from "./parse-payment-link";

/** Bank account, BIC, other account details and payment link: each optional, each checked when given. */
export function readInvoicePayment(draft: InvoicePaymentDraft, errors: FieldErrors<InvoiceStepId>): InvoicePayment {
  errors.at("payment");
  const ibanText = cleanLine(draft.iban);
  const iban = ibanText === "" ? null : (errors.take("payment.iban", readIban(ibanText)) ?? null);
  const bic = errors.take("payment.bic", readBic(draft.bic)) ?? "";
  const linkText = cleanLine(draft.paymentLink);
  const paymentLink = linkText === "" ? null : (errors.take("payment.paymentLink", parsePaymentLink(linkText)) ?? null);
  return {
    accountHolder: cleanLine(draft.accountHolder),
    iban,
    bic,
    otherAccount: cleanText(draft.otherAccount),
    paymentLink,
    qrCode: draft.qrCode,
  };
}
