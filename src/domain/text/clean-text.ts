// Text from a form is cleaned before it reaches a document or a file name:
// NFC-normalised; bidi overrides/isolates and zero-width characters removed (they can disguise
// names and numbers, Unicode TR #36 §2.2); control characters and lone surrogates removed;
// tabs become spaces.

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/gu;
// C0/C1 controls except tab and newline (handled separately).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

function strip(text: string): string {
  return text
    .replace(LONE_SURROGATE, "")
    .normalize("NFC")
    .replace(BIDI_CONTROLS, "")
    .replace(CONTROLS, "")
    .replace(/\t/g, " ");
}

/** One line: also folds line breaks and runs of spaces, and trims. */
export function cleanLine(text: string): string {
  return strip(text).replace(ZERO_WIDTH, "").replace(/[\r\n\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
}

/** Several lines: keeps line breaks (normalised to \n), trims each line's end and the whole. */
export function cleanText(text: string): string {
  return strip(text)
    .replace(/[\u200b\u2060\ufeff\u00ad]/gu, "")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A textarea with one item per line → the non-empty items. */
export function cleanLines(text: string): string[] {
  return cleanText(text)
    .split("\n")
    .map((l) => l.replace(/^\s*[-*•]\s+/, "").trim())
    .filter((l) => l !== "");
}
