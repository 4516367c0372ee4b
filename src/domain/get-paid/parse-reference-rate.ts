import { parsePercent } from "../percent/parse-percent";
import { type Result, err, ok } from "../result";

// A central bank rate the user enters instead of the built-in history. Unlike prices and fees it
// may be negative: Germany's Basiszinssatz was -0.88% from July 2016 to December 2022 (BGB § 247).

/** Rates outside this range are typos, not central bank rates (in basis points). */
const LOWEST = -1_000;
const HIGHEST = 5_000;

/** "4.25" → 425, "-0,88" (de) → -88, "−0.88 %" → -88. */
export function parseReferenceRate(raw: string, locale: string): Result<number> {
  const trimmed = raw.trim();
  const negative = /^[-\u2212]/.test(trimmed);
  const read = parsePercent(negative ? trimmed.slice(1) : trimmed, locale, { label: "the reference rate", allowZero: true, max: HIGHEST });
  if (!read.ok) return read;
  const value = negative ? -read.value : read.value;
  if (value < LOWEST) return err("Enter a reference rate of -10% or more");
  return ok(value === 0 ? 0 : value);
}
