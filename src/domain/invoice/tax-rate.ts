import { formatPercent } from "../percent/format-percent";
import { parsePercent } from "../percent/parse-percent";
import type { Result } from "../result";

// Tax rates are kept in thousandths of a percent (19% → 19_000, 8.875% → 8_875): US sales taxes
// combine state, county and city rates into figures like 8.875% (New York City) or 10.25%, so
// basis points (two decimals) are not enough. Up to 100%.

/** 100% in thousandths of a percent: tax = base × rate / TAX_RATE_SCALE. */
export const TAX_RATE_SCALE = 100_000;

/** "8.875", "19", "7,7" (de) → 8_875, 19_000, 7_700; at most three decimals, 0 to 100%. */
export function parseTaxRate(text: string, locale: string): Result<number> {
  return parsePercent(text, locale, { label: "the tax rate", allowZero: true, max: TAX_RATE_SCALE, decimals: 3 });
}

/** 8_875 → "8.875%", 19_000 → "19%" in the locale: no trailing zeros. */
export function formatTaxRate(millipercent: number, locale: string): string {
  return formatPercent(millipercent, locale, 3);
}
