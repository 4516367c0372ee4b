import type { FieldErrors } from "../contract/field-errors";
import { readIban } from "../payment/iban";
import { cleanLine, cleanText } from "../text/clean-text";
import type { InvoicePayment } from "./invoice";
import type { InvoicePaymentDraft } from "./invoice-draft";
import type { InvoiceStepId } from "./invoice-steps";
import { parsePaymentLink } from "./parse-payment-link";

// BIC (ISO 9362): 4-character party prefix, 2-letter country code, 2-character location, and an
// optional 3-character branch code: 8 or 11 characters.
const BIC = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/** Bank account, BIC, other account details and payment link: each optional, each checked when given. */
export function readInvoicePayment(draft: InvoicePaymentDraft, errors: FieldErrors<InvoiceStepId>): InvoicePayment {
  errors.at("payment");
  const ibanText = cleanLine(draft.iban);
  const iban = ibanText === "" ? null : (errors.take("payment.iban", readIban(ibanText)) ?? null);
  const bic = cleanLine(draft.bic).replace(/\s+/g, "").toUpperCase();
  if (bic !== "" && !BIC.test(bic))
    errors.add("payment.bic", "Enter the BIC (SWIFT code) of 8 or 11 letters and digits, like DEUTDEFF or DEUTDEFF500");
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
