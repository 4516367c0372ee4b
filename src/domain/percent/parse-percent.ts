import { type Result, err, ok } from "../result";
import { exampleFor, readNumberText } from "../money/number-format";

export type ParsePercentOptions = {
  label?: string;
  allowZero?: boolean;
  /** Largest value, in the unit the result is in (10000 basis points = 100%). */
  max?: number;
  /**
   * Decimals of a percent accepted, and the unit of the result: 2 (the default) gives basis points
   * (1.5% → 150); 3 gives thousandths of a percent (8.875% → 8875), for tax rates.
   */
  decimals?: 2 | 3;
};

/** "1.5", "1,5 %" (de) → 150 basis points. At most two decimals (0.01%), or `decimals`. */
export function parsePercent(raw: string, locale: string, options: ParsePercentOptions = {}): Result<number> {
  const { label = "the percentage", allowZero = false, decimals = 2 } = options;
  const scale = 10 ** decimals;
  const max = options.max ?? 100 * scale;
  const read = readNumberText(raw, locale, /^\s*[%\uff05\u066a]|[%\uff05\u066a]\s*$/gu);
  switch (read.kind) {
    case "empty":
      return err(`Enter ${label}`);
    case "negative":
      return err(`Enter ${label} as 0 or more`);
    case "ambiguous":
    case "invalid":
      return err(`Enter ${label} as a number, for example ${exampleFor(locale).replace(/^[^0-9]*1\D?234/, "12")}`);
  }
  if (read.fraction.length > decimals) return err(`Enter ${label} with no more than ${decimals} decimal places`);
  if (read.whole.replace(/^0+/, "").length > 7) return err(`Enter ${label} of ${max / scale}% or less`);
  const value = Number(read.whole) * scale + Number(read.fraction.padEnd(decimals, "0"));
  if (value === 0 && !allowZero) return err(`Enter ${label} of more than 0%`);
  if (value > max) return err(`Enter ${label} of ${max / scale}% or less`);
  return ok(value);
}
