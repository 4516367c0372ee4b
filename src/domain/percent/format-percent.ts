import { numberFormat } from "../intl-formats";
/** 150 basis points → "1.5%" in the locale (no trailing zeros, up to 2 decimals). */
export function formatPercent(basisPoints: number, locale: string): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 4 }).format(
    // Dividing an integer by 10^4 is exact enough for display up to 2 decimals of a percent.
    basisPoints / 10_000,
  );
}
