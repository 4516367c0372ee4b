import { numberFormat } from "../intl-formats";
import { capitalise } from "../text/capitalise";
import { type Result, err, ok } from "../result";
import { currencyDigits } from "./currency";
import { MAX_MINOR, minorToDecimalString } from "./minor-units";
import { exampleFor, readNumberText } from "./number-format";

export type ParseMoneyOptions = {
  /** Allow 0 (a free line, no deposit). Default true; rates and prices pass false. */
  allowZero?: boolean;
  /** What the field is called in messages, e.g. "the fixed fee". Default "the amount". */
  label?: string;
};

/** A currency symbol or code typed with the amount ("€ 1 500", "1500 EUR") is ignored. */
function currencyMarks(currency: string, locale: string): RegExp {
  const symbols = new Set<string>([currency]);
  for (const display of ["symbol", "narrowSymbol"] as const) {
    const part = numberFormat(locale, { style: "currency", currency, currencyDisplay: display })
      .formatToParts(1)
      .find((p) => p.type === "currency");
    // readNumberText matches after NFKC, which turns a no-break space ("$\u00a0US" in fr-CA) into a plain one.
    if (part) symbols.add(part.value.normalize("NFKC"));
  }
  const escaped = [...symbols].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Only at the start or the end: "1$000" is a typo, not a thousand.
  const any = escaped.join("|");
  return new RegExp(`^\\s*(?:${any})|(?:${any})\\s*$`, "giu");
}

/**
 * Parses money as typed in the user's locale into integer minor units of `currency`.
 * Never coerces "" to 0, never rounds silently: too many decimals for the currency is an error.
 */
export function parseMoney(raw: string, currency: string, locale: string, options: ParseMoneyOptions = {}): Result<number> {
  const { allowZero = true, label = "the amount" } = options;
  const digits = currencyDigits(currency);
  const read = readNumberText(raw, locale, currencyMarks(currency, locale));
  switch (read.kind) {
    case "empty":
      return err(`Enter ${label}`);
    case "negative":
      return err(`Enter an amount of 0 or more for ${label}`);
    case "ambiguous":
      return err(`Enter ${label} in this format: ${exampleFor(locale)}`);
    case "invalid":
      return err(`Enter ${label} using digits 0–9 only, for example ${exampleFor(locale)}`);
  }
  if (read.fraction.length > digits) {
    // "1,234" in de-DE is 1 euro and 234 thousandths, never guessed to be 1,234 euros: the
    // message shows what a valid amount looks like in this number style (bad-inputs #2).
    const example = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(digits === 0 ? 1234 : 1234.5);
    return err(
      digits === 0
        ? `${currency} has no decimal places: enter ${label} as a whole number, for example ${example}`
        : `${currency} has ${digits} decimal places: enter ${label} with no more than ${digits}, for example ${example}`,
    );
  }
  const whole = read.whole.replace(/^0+(?=\d)/, "");
  if (whole.length > 16) return err(`${capitalise(label)} is too large`);
  const minor = Number(whole + read.fraction.padEnd(digits, "0"));
  if (!Number.isSafeInteger(minor) || minor > MAX_MINOR) {
    return err(`${capitalise(label)} must be ${minorToDecimalString(MAX_MINOR, digits)} or less`);
  }
  if (minor === 0 && !allowZero) return err(`${capitalise(label)} must be more than 0`);
  return ok(minor);
}

