import { getCountrySpecifications } from "ibantools";
import { err, ok, type Result } from "../result";
import { countryLabel } from "../text/country-codes";

// An IBAN as the user typed or pasted it → its electronic format (upper case, no spaces), or a
// message that says what to fix. Structure and check digits: ISO 13616-1:2020 (country code,
// two check digits, then the country's BBAN); per-country length and BBAN format from the IBAN
// registry as shipped by ibantools.

const COUNTRY_SPECS = getCountrySpecifications();

/**
 * ISO 13616-1 check digits (ISO/IEC 7064 MOD 97-10): move the first four characters to the end,
 * replace each letter by two digits (A = 10 … Z = 35); the number mod 97 must be 1.
 * Computed digit by digit so it never needs big integers.
 */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? code - 55 : code - 48;
    if (value < 0 || value > 35) return false;
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

/** Spaces (including no-break spaces from copy and paste) are only for reading; they are dropped. */
const SPACES = /[\s\u00a0\u202f]+/gu;

/**
 * Reads an IBAN in any case and spacing: "de89 3704 0044 0532 0130 00" → "DE89370400440532013000".
 * Punctuation is refused rather than guessed away, so the user sees what they pasted.
 */
export function readIban(text: string): Result<string> {
  const compact = text.replace(SPACES, "").toUpperCase();
  if (compact === "") return err("Enter the IBAN.");

  const stray = compact.match(/[^A-Z0-9]/u);
  if (stray) {
    const shown = stray[0] === "-" ? "hyphens" : `"${stray[0]}"`;
    return err(`An IBAN has only letters and digits (spaces are fine): remove the ${shown}.`);
  }
  if (!/^[A-Z]{2}/.test(compact)) {
    return err("An IBAN starts with a two-letter country code, like DE or FR.");
  }
  const country = compact.slice(0, 2);
  const spec = Object.hasOwn(COUNTRY_SPECS, country) ? COUNTRY_SPECS[country] : undefined;
  if (!spec?.chars) {
    return err(`"${country}" is not the code of a country that uses IBANs. Check the first two letters.`);
  }
  if (!/^[0-9]{2}$/.test(compact.slice(2, 4))) {
    return err("The third and fourth characters of an IBAN are its check digits: two numbers.");
  }
  if (compact.length !== spec.chars) {
    const diff = compact.length < spec.chars ? "a missing" : "an extra";
    return err(
      `An IBAN from ${countryLabel(country)} has ${spec.chars} characters; this one has ${compact.length}. Check for ${diff} character.`,
    );
  }
  if (spec.bban_regexp && !new RegExp(spec.bban_regexp).test(compact.slice(4))) {
    return err(
      `This doesn't follow the format of an IBAN from ${countryLabel(country)} (a letter where a digit belongs, or the reverse). Check for a typo.`,
    );
  }
  // National account checksums (ibantools' bban_validation_func) are not applied: MOD 97-10 already
  // catches every single wrong character and every swap of two neighbours, and a stricter local rule
  // could refuse a real account.
  if (!ibanChecksumValid(compact)) {
    return err("This IBAN's check digits don't match the rest of the number. Check for a typo.");
  }
  return ok(compact);
}

/** Groups of four for printing and reading aloud (ISO 13616-1 "paper format"): "DE89 3704 0044 0532 0130 00". */
export function formatIban(iban: string): string {
  const compact = iban.replace(SPACES, "").toUpperCase();
  return compact.match(/.{1,4}/gu)?.join(" ") ?? "";
}
