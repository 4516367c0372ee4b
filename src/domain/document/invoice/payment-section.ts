import { addDays, compareDates } from "../../dates/calendar-date";
import { documentDateLocale } from "../../dates/document-date-locale";
import type { InvoiceStatus } from "../../invoice/invoice";
import type { InvoiceTotals } from "../../invoice/invoice-totals";
import { paymentReference } from "../../invoice/payment-qr-payload";
import { formatIban } from "../../payment/iban";
import { days } from "../../terms/day-words";
import { earlyDiscountOffer } from "../../terms/early-discount";
import type { Block, Section } from "../document-model";
import type { InvoiceContext } from "./invoice-context";
import { latePaymentTerms } from "./late-payment-terms";
import { paymentQr } from "./payment-qr";

/**
 * How and when to pay: the account (IBAN in groups of four, ISO 13616-1 paper format), other
 * account details, the pay-online link, the reference to quote, the early-payment offer as two
 * figures, the late-payment terms, and the EPC QR code. A paid or void invoice keeps the account
 * details and terms but offers no discount and no QR code: nothing should invite a second
 * payment. Null when there is nothing to print.
 */
export function paymentSection(
  ctx: InvoiceContext,
  totals: InvoiceTotals,
  status: InvoiceStatus,
  today: string | undefined,
): Section | null {
  const { invoice } = ctx;
  const { payment } = invoice;
  const open = status.kind === "open";
  const facts: { term: string; value: string; href?: string }[] = [];
  if (payment.accountHolder) facts.push({ term: "Account holder", value: payment.accountHolder });
  if (payment.iban) facts.push({ term: "IBAN", value: formatIban(payment.iban) });
  if (payment.bic) facts.push({ term: "BIC", value: payment.bic });
  if (payment.otherAccount) facts.push({ term: "Account", value: payment.otherAccount });
  if (payment.paymentLink) facts.push({ term: "Pay online", value: payment.paymentLink, href: payment.paymentLink });
  const hasAccount = facts.length > 0;
  if (hasAccount) facts.push({ term: "Payment reference", value: paymentReference(invoice.number) });

  const blocks: Block[] = [];
  if (facts.length > 0) blocks.push({ kind: "facts", items: facts });
  const offer = open ? earlyPaymentOffer(ctx, totals.total, today) : null;
  if (offer) blocks.push({ kind: "paragraph", text: offer });
  const qr = open ? paymentQr(ctx, totals.total) : null;
  if (qr) blocks.push(qr);
  blocks.push(...latePaymentTerms(ctx, totals));
  if (blocks.length === 0) return null;
  return { id: "payment", number: "", heading: "Payment", blocks };
}

/**
 * "Early payment: 2% off when paid within 10 days of the invoice date. Pay €1,209.32 by 13 March
 * 2027, or €1,234.00 by 17 March 2027." The deadline counts from the issue date and must fall
 * before the due date (early-discount.ts); null when it doesn't, when there is no amount, or when
 * `today` is past the deadline (a reprint must not offer what has lapsed).
 */
function earlyPaymentOffer(ctx: InvoiceContext, total: number, today: string | undefined): string | null {
  const { invoice } = ctx;
  const discount = invoice.earlyDiscount;
  if (discount === null || total <= 0) return null;
  const deadline = addDays(invoice.issueDate, discount.withinDays);
  if (compareDates(deadline, invoice.due.date) >= 0) return null;
  if (today !== undefined && compareDates(today, deadline) > 0) return null;
  const offer = earlyDiscountOffer(discount, {
    amountMinor: total,
    issueDate: invoice.issueDate,
    dueDate: invoice.due.date,
    currency: invoice.currency,
    locale: invoice.locale,
    dateLocale: documentDateLocale(invoice.locale),
  });
  return `Early payment: ${ctx.percent(discount.basisPoints)} off when paid within ${days(discount.withinDays)} of the invoice date. ${offer}`;
}
