import { type Result, err, ok } from "../result";
import { exampleFor, readNumberText } from "../money/number-format";

export type ParsePercentOptions = {
  label?: string;
  allowZero?: boolean;
  /** Largest value in basis points (10000 = 100%). */
  max?: number;
};

/** "1.5", "1,5 %" (de) → 150 basis points. At most two decimals (0.01%). */
export function parsePercent(raw: string, locale: string, options: ParsePercentOptions = {}): Result<number> {
  const { label = "the percentage", allowZero = false, max = 10_000 } = options;
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
  if (read.fraction.length > 2) return err(`Enter ${label} with no more than 2 decimal places`);
  if (read.whole.replace(/^0+/, "").length > 7) return err(`Enter ${label} of ${max / 100}% or less`);
  const basisPoints = Number(read.whole) * 100 + Number(read.fraction.padEnd(2, "0"));
  if (basisPoints === 0 && !allowZero) return err(`Enter ${label} of more than 0%`);
  if (basisPoints > max) return err(`Enter ${label} of ${max / 100}% or less`);
  return ok(basisPoints);
}
