import { FieldErrors, type FieldError } from "../contract/field-errors";
import { parseWholeNumber } from "../contract/parse-whole-number";
import { readEarlyDiscount, readLateFeeTerms } from "../contract/read-late-fees";
import { addDays, daysBetween } from "../dates/calendar-date";
import { parseDate } from "../dates/parse-date";
import { isCurrencyCode } from "../money/currency";
import { isNumberLocale } from "../money/number-locales";
import { days } from "../terms/day-words";
import { cleanLine, cleanText } from "../text/clean-text";
import type { Invoice, InvoiceDue } from "./invoice";
import type { InvoiceDraft } from "./invoice-draft";
import type { InvoiceStepId } from "./invoice-steps";
import { readInvoiceLines } from "./read-invoice-lines";
import { readInvoiceParty } from "./read-invoice-party";
import { readInvoicePayment } from "./read-invoice-payment";

export type InvoiceFieldError = FieldError<InvoiceStepId>;

export type ReadInvoice = { ok: true; invoice: Invoice } | { ok: false; errors: InvoiceFieldError[] };

/** The longest payment term, in days, as the contract's. */
const MAX_NET_DAYS = 365;

function readDue(draft: InvoiceDraft, issueDate: string | undefined, errors: FieldErrors<InvoiceStepId>): InvoiceDue | undefined {
  switch (draft.terms) {
    case "net": {
      const n = errors.take("netDays", parseWholeNumber(draft.netDays, 0, MAX_NET_DAYS, "the payment term in days"));
      return n === undefined || !issueDate ? undefined : { kind: "net", days: n, date: addDays(issueDate, n) };
    }
    case "on-receipt":
      return issueDate ? { kind: "on-receipt", date: issueDate } : undefined;
    case "date": {
      const date = errors.take("dueDate", parseDate(draft.dueDate, "the due date"));
      if (date === undefined || !issueDate) return undefined;
      if (date < issueDate) {
        errors.add("dueDate", "The due date can't be before the issue date");
        return undefined;
      }
      return { kind: "date", date };
    }
  }
}

/** The message when an early-payment discount would run until (or past) the due date. */
function discountTooLong(daysToDue: number): string {
  return daysToDue === 0
    ? "The invoice is due on its issue date, so there is no time for an early-payment discount: choose a later due date or turn the discount off"
    : `The discount period must be shorter than the time to the due date (${days(daysToDue)})`;
}

/**
 * Checks every answer in an invoice draft and, when all are valid, returns the invoice they
 * describe. `number` comes from the invoice book. Errors carry their step and the draft path of
 * their field ("seller.name", "lines.<lineId>.unitPrice", "payment.iban").
 */
export function readInvoice(draft: InvoiceDraft, number: string): ReadInvoice {
  const errors = new FieldErrors<InvoiceStepId>("parties");
  const seller = readInvoiceParty(draft.seller, "seller", errors);
  const buyer = readInvoiceParty(draft.buyer, "buyer", errors);

  errors.at("details");
  const currencyCode = draft.currency.trim().toUpperCase();
  if (!isCurrencyCode(currencyCode)) errors.add("currency", "Choose the currency of the invoice");
  if (!isNumberLocale(draft.numberLocale)) errors.add("numberLocale", "Choose how numbers are written");
  // The rest is read with a currency and number style Intl can use, so one bad value never crashes.
  const currency = isCurrencyCode(currencyCode) ? currencyCode : "EUR";
  const locale = isNumberLocale(draft.numberLocale) ? draft.numberLocale : "en-US";
  const issueDate = errors.take("issueDate", parseDate(draft.issueDate, "the issue date"));
  const supplyText = draft.supplyDate.trim();
  const supplyDate = supplyText === "" ? null : errors.take("supplyDate", parseDate(supplyText, "the date of supply"));
  const due = readDue(draft, issueDate, errors);

  const read = readInvoiceLines(draft, { currency, locale }, errors);
  const payment = readInvoicePayment(draft.payment, errors);

  const lateFee = readLateFeeTerms(draft.lateFee, { currency, locale }, { step: "terms", path: "lateFee" }, errors);
  const daysToDue = issueDate && due ? daysBetween(issueDate, due.date) : undefined;
  const earlyDiscount = readEarlyDiscount(draft.earlyDiscount, { locale, daysToDue, tooLong: discountTooLong }, { step: "terms", path: "earlyDiscount" }, errors);

  if (errors.list.length > 0 || !issueDate || supplyDate === undefined || !due || !read || !lateFee || earlyDiscount === undefined) {
    return { ok: false, errors: errors.list };
  }
  return {
    ok: true,
    invoice: {
      number: cleanLine(number),
      seller,
      buyer,
      currency,
      locale,
      issueDate,
      // The supply date is only printed when it differs from the issue date (art. 226(7)).
      supplyDate: supplyDate === issueDate ? null : supplyDate,
      due,
      purchaseOrder: cleanLine(draft.purchaseOrder),
      reference: cleanLine(draft.reference),
      lines: read.lines,
      invoiceDiscount: read.invoiceDiscount,
      payment,
      lateFee,
      earlyDiscount,
      taxNote: cleanText(draft.taxNote),
      notes: cleanText(draft.notes),
      thankYou: cleanLine(draft.thankYou),
    },
  };
}

/** The messages for one step, in the order its fields appear. */
export function invoiceStepErrors(draft: InvoiceDraft, step: InvoiceStepId): InvoiceFieldError[] {
  const result = readInvoice(draft, "");
  return result.ok ? [] : result.errors.filter((e) => e.step === step);
}
