import { type Result, err, ok } from "../result";
import { normaliseDigits } from "../money/number-format";

/** A whole number of days, rounds or hours typed by the user, within [min, max]. */
export function parseWholeNumber(raw: string, min: number, max: number, label: string): Result<number> {
  const text = normaliseDigits(raw.normalize("NFKC")).trim();
  if (text === "") return err(`Enter ${label}`);
  if (!/^\d{1,7}$/.test(text)) return err(`Enter ${label} as a whole number, like ${Math.max(min, 1)}`);
  const value = Number(text);
  if (value < min || value > max) return err(`Enter ${label} between ${min} and ${max}`);
  return ok(value);
}
