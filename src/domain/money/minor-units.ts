// The largest amount any field accepts: 10^13 minor units (100 billion in a 2-digit currency).
// Products of two such values still fit in a BigInt, and every sum we add up stays a safe integer.
export const MAX_MINOR = 10_000_000_000_000;

/** Minor units → a plain decimal string ("123456", 2 → "1234.56"), exact, no floats. */
export function minorToDecimalString(minor: number, digits: number): string {
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? "" : `.${text.slice(-digits)}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}
