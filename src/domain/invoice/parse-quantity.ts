import { type Result, err, ok } from "../result";
import { readNumberText } from "../money/number-format";

/** Quantities are kept in thousandths, so 3 decimals (0.125 kg, 1.5 hours) are exact integers. */
export const QUANTITY_SCALE = 1_000;
/** The largest quantity a line accepts (1,000,000 units), in thousandths. */
export const MAX_QUANTITY_THOUSANDTHS = 1_000_000 * QUANTITY_SCALE;

const example = (locale: string) => new Intl.NumberFormat(locale).format(2.5);

/**
 * A quantity as typed in the invoice's number style ("1", "2.5", "0,75" in de-DE) → thousandths
 * (1 → 1000). More than 0, at most 1,000,000, at most 3 decimals; never rounded silently.
 */
export function parseQuantity(raw: string, locale: string): Result<number> {
  const read = readNumberText(raw, locale);
  switch (read.kind) {
    case "empty":
      return err("Enter the quantity");
    case "negative":
      return err("Enter a quantity of more than 0");
    case "ambiguous":
    case "invalid":
      return err(`Enter the quantity as a number, for example ${example(locale)}`);
  }
  if (read.fraction.length > 3) return err("Enter the quantity with no more than 3 decimal places");
  const whole = read.whole.replace(/^0+(?=\d)/, "");
  const max = new Intl.NumberFormat(locale).format(MAX_QUANTITY_THOUSANDTHS / QUANTITY_SCALE);
  if (whole.length > 7) return err(`The quantity must be ${max} or less`);
  const thousandths = Number(whole) * QUANTITY_SCALE + Number(read.fraction.padEnd(3, "0"));
  if (thousandths === 0) return err("The quantity must be more than 0");
  if (thousandths > MAX_QUANTITY_THOUSANDTHS) return err(`The quantity must be ${max} or less`);
  return ok(thousandths);
}
