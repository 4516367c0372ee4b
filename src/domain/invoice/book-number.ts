import { err, ok, type Result } from "../result";
import { z } from "../zod";

// Invoice numbers: a prefix the user chooses ("2026-", "INV/") followed by the series' sequence,
// zero-padded to a fixed number of digits ("2026-" + 42 → "2026-0042"). A sequence beyond the
// padding just gets longer ("2026-10000"). One series per prefix, numbered without gaps: EU VAT
// Directive 2006/112/EC art. 226(2) asks for "a sequential number, based on one or more series,
// which uniquely identifies the invoice"; HMRC VAT Notice 700 §16.3 asks for "a unique sequential number".

export const MAX_PREFIX_LENGTH = 20;
export const MAX_NUMBER_DIGITS = 9;
/** Far beyond any real series; keeps every number a safe integer. */
export const MAX_SEQUENCE = 999_999_999;

const PREFIX_CHARACTERS = /^[A-Za-z0-9\-/_.]*$/;
/** These would reach an object's prototype when used as a key of the per-series counters. */
const RESERVED = new Set(["__proto__", "constructor", "prototype"]);

export const InvoicePrefix = z
  .string()
  .check(
    z.maxLength(MAX_PREFIX_LENGTH),
    z.refine((text) => PREFIX_CHARACTERS.test(text) && !RESERVED.has(text), { error: "Not a usable prefix" }),
  );

/** "2026-", 42, 4 → "2026-0042". */
export function formatInvoiceNumber(prefix: string, sequence: number, digits: number): string {
  return `${prefix}${String(sequence).padStart(digits, "0")}`;
}

/** True when `number` is `prefix` followed by `sequence` written with any zero padding. */
export function numberMatches(number: string, prefix: string, sequence: number): boolean {
  if (!number.startsWith(prefix)) return false;
  const digits = number.slice(prefix.length);
  return /^[0-9]{1,12}$/.test(digits) && Number(digits) === sequence;
}

/** The prefix as typed → the prefix, or a message. Spaces around it are dropped; inside, refused. */
export function readInvoicePrefix(text: string): Result<string> {
  const prefix = text.trim();
  if (prefix.length > MAX_PREFIX_LENGTH) return err(`Keep the prefix to ${MAX_PREFIX_LENGTH} characters or fewer.`);
  if (!PREFIX_CHARACTERS.test(prefix)) {
    return err('Use only the letters A–Z, digits and the signs - / _ . in the prefix, like "2026-" or "INV/".');
  }
  if (RESERVED.has(prefix)) return err("Choose another prefix: this word is reserved.");
  return ok(prefix);
}
