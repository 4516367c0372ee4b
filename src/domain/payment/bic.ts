import { err, ok, type Result } from "../result";
import { cleanLine } from "../text/clean-text";

// A BIC (SWIFT code), ISO 9362:2014: a 4-character party prefix (letters or digits since the 2014
// edition), a 2-letter country code, a 2-character location, and an optional 3-character branch.
// This is the ISO 20022 pattern BICFIDec2014Identifier, the one the SEPA credit transfer
// messages use; EPC069-12 (AT-23) asks only for "8 or 11 characters". The invoice form and the
// QR code check with this one function, so a BIC the form accepts never drops the QR code.
const BIC = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

export const BIC_MESSAGE = "Enter the BIC (SWIFT code) of 8 or 11 letters and digits, like DEUTDEFF or DEUTDEFF500";

/** True for a BIC already in compact form (upper case, no spaces): "COBADEFFXXX". */
export function isBic(compact: string): boolean {
  return BIC.test(compact);
}

/**
 * A BIC as typed ("cobade ff xxx") → its compact form ("COBADEFFXXX"), or a message. An empty
 * answer is no BIC (ok with ""): it is optional in the QR code (EPC069-12 version 002) and on an invoice.
 */
export function readBic(text: string): Result<string> {
  const compact = cleanLine(text).replace(/\s+/gu, "").toUpperCase();
  if (compact === "" || isBic(compact)) return ok(compact);
  return err(BIC_MESSAGE);
}
