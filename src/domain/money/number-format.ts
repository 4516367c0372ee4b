import { numberFormat } from "../intl-formats";

// The separators a locale uses when it writes numbers, read from Intl so every locale works.
export type Separators = { group: string; decimal: string };

export function localeSeparators(locale: string): Separators {
  const parts = numberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === "group")?.value ?? ",",
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
  };
}

const SPACES = /[\s\u00a0\u202f\u2007\u2009\u200a\u200b\u200c\u200d\u2060\ufeff]/gu;
const MINUS = /^[-\u2212\u2012\u2013\u2014\ufe63\uff0d]/u;

/** Digits from other scripts (Arabic-Indic, Persian, full-width) become 0–9. */
export function normaliseDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/gu, (ch) => {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff10) return String(code - 0xff10);
    if (code >= 0x06f0) return String(code - 0x06f0);
    return String(code - 0x0660);
  });
}

export type NumberText =
  | { kind: "empty" }
  | { kind: "negative" }
  | { kind: "invalid" }
  | { kind: "ambiguous"; example: string }
  | { kind: "number"; whole: string; fraction: string };

/**
 * Splits what a user typed into whole and fraction digits by the locale's rule.
 * Accepts: digits, the locale's group separator (or any space) between groups of three,
 * and one decimal mark. Rejects exponents, hex, underscores, Infinity/NaN and anything else.
 * `strip` removes a currency symbol, code or percent sign first (callers anchor it to the start
 * or end, so a sign in the middle of the digits is an error, not ignored).
 */
export function readNumberText(raw: string, locale: string, strip: RegExp | null = null): NumberText {
  let text = normaliseDigits(raw.normalize("NFKC"));
  if (strip) text = text.replace(strip, "");
  text = text.replace(SPACES, (s) => (s === "\u00a0" || s === "\u202f" || s === " " ? " " : "")).trim();
  if (text === "") return { kind: "empty" };
  if (MINUS.test(text)) return { kind: "negative" };
  if (text.startsWith("+")) text = text.slice(1).trim();

  const { group, decimal } = localeSeparators(locale);
  const groupChars = new Set([group, " ", "\u00a0", "\u202f"]);
  // Swiss-style apostrophe: ICU versions differ between ' (U+0027) and ’ (U+2019), so accept both.
  if (group === "\u2019" || group === "'") {
    groupChars.add("'");
    groupChars.add("\u2019");
  }

  let whole = "";
  let fraction: string | null = null;
  let lastGroupAt = -1;
  let groupsSeen = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) {
      if (fraction === null) whole += ch;
      else fraction += ch;
      continue;
    }
    if (ch === decimal && fraction === null) {
      fraction = "";
      continue;
    }
    if (groupChars.has(ch) && fraction === null) {
      if (whole === "") return { kind: "invalid" };
      // Groups after the first must be exactly three digits.
      if (lastGroupAt >= 0 && whole.length - lastGroupAt !== 3) return { kind: "invalid" };
      lastGroupAt = whole.length;
      groupsSeen += 1;
      continue;
    }
    // The other common mark ("," in en, "." in de) is not this locale's decimal: say so with an example.
    if ((ch === "," || ch === ".") && ch !== decimal) {
      return { kind: "ambiguous", example: exampleFor(locale) };
    }
    return { kind: "invalid" };
  }
  // "1,5" in en or "1.5" in de: a group mark where a decimal was probably meant.
  if (groupsSeen > 0 && whole.length - lastGroupAt !== 3) return { kind: "ambiguous", example: exampleFor(locale) };
  if (whole === "" && (fraction === null || fraction === "")) return { kind: "invalid" };
  return { kind: "number", whole: whole === "" ? "0" : whole, fraction: fraction ?? "" };
}

export function exampleFor(locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(1234.5);
}
