import { formatDate } from "../../dates/calendar-date";
import { documentDateLocale } from "../../dates/document-date-locale";
import { formatAmount, formatMoney } from "../../money/format-money";
import { formatPercent } from "../../percent/format-percent";
import { formatTaxRate } from "../../invoice/tax-rate";
import type { Invoice } from "../../invoice/invoice";
import { displayName } from "../../text/display-name";
import { taxName } from "./tax-name";

/** What every part of the invoice document needs: the invoice and its formatters. */
export type InvoiceContext = {
  invoice: Invoice;
  /** "€1,234.00" in the invoice's currency and number style. */
  money: (minor: number) => string;
  /** "1,234.00": the amount without the currency, for "VAT 19% on 1,234.00". */
  amount: (minor: number) => string;
  /** Basis points (discounts): "2%", "1.5%". */
  percent: (basisPoints: number) => string;
  /** Thousandths of a percent (tax rates): "19%", "8.875%". */
  taxRate: (millipercent: number) => string;
  /** "1 April 2027": documents are English, dates in the English of the number style's region. */
  date: (date: string) => string;
  /** "VAT", "GST" or "Tax", from the seller's country. */
  tax: string;
  /** The business name, or the person's name when there is none. */
  sellerName: string;
  buyerName: string;
};

export function invoiceContext(invoice: Invoice): InvoiceContext {
  const { currency, locale } = invoice;
  const dateLocale = documentDateLocale(locale);
  return {
    invoice,
    money: (minor) => formatMoney(minor, currency, locale),
    amount: (minor) => formatAmount(minor, currency, locale),
    percent: (bp) => formatPercent(bp, locale),
    taxRate: (rate) => formatTaxRate(rate, locale),
    date: (date) => formatDate(date, dateLocale),
    tax: taxName(invoice.seller.country),
    sellerName: displayName(invoice.seller),
    buyerName: displayName(invoice.buyer),
  };
}
