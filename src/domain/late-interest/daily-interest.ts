import { numberFormat } from "../intl-formats";
import { currencyDigits } from "../money/currency";
import { minorToDecimalString } from "../money/minor-units";

// What one day of late payment adds at a yearly rate: balance × rate / 365 (the day rule of
// late-fee-amount.ts), shown to two more decimals than the currency has, because it is never
// charged on its own: each period's interest is rounded once (late-interest.ts).

const EXTRA_DIGITS = 2;

/** The daily amount in hundredths of a minor unit, rounded half-up; 0 for a rate at or below 0. */
export function dailyInterestHundredths(balanceMinor: number, rateBp: number): number {
  if (rateBp <= 0 || balanceMinor <= 0) return 0;
  const numerator = BigInt(balanceMinor) * BigInt(rateBp) * 100n;
  const denominator = 10_000n * 365n;
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

/** "£0.7732" a day on £2,400.00 at 11.75%. */
export function formatDailyInterest(balanceMinor: number, rateBp: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency) + EXTRA_DIGITS;
  const hundredths = dailyInterestHundredths(balanceMinor, rateBp);
  // Intl formats a decimal string exactly (no float rounding on the way).
  const decimal = minorToDecimalString(hundredths, digits) as `${number}`;
  return numberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(decimal);
}
