import { numberFormat } from "../intl-formats";

/**
 * A percent held as an integer with `decimals` decimals of a percent (2: basis points, the default;
 * 3: thousandths of a percent, for tax rates) → "1.5%", "8.875%", "19%" in the locale, with no
 * trailing zeros.
 */
export function formatPercent(value: number, locale: string, decimals: 2 | 3 = 2): string {
  // Two digits to spare, so a value that isn't a whole number of units (a computed rate) still shows.
  return numberFormat(locale, { style: "percent", maximumFractionDigits: decimals + 2 }).format(
    // An integer over a power of ten is exact enough for display at these few decimals.
    value / 10 ** (decimals + 2),
  );
}
