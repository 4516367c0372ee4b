import { numberFormat } from "../intl-formats";
import { currencyDigits } from "./currency";
import { minorToDecimalString } from "./minor-units";

type NumberFormatInput = Parameters<Intl.NumberFormat["format"]>[0];

/** Formats integer minor units for a currency and locale: formatMoney(123456, "EUR", "de-DE") → "1.234,56 €". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  // Intl formats a decimal string exactly (no binary float on the way).
  const decimal = minorToDecimalString(minor, digits) as unknown as NumberFormatInput;
  return numberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal);
}

/** The amount without the currency, as a user would type it back: formatAmount(123456, "EUR", "de-DE") → "1.234,56". */
export function formatAmount(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const decimal = minorToDecimalString(minor, digits) as unknown as NumberFormatInput;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal);
}
