// The PDF engine drops some characters without a word (tabs, lone surrogates) and prints
// control characters as nothing or as boxes, so text is cleaned before it reaches it.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls except the line feed, DEL and the C1 controls.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/**
 * Makes a string safe to print: line endings become "\n", tabs become one space,
 * lone surrogates and control characters are removed, and the result is NFC
 * (precomposed letters, which the font shapes best and text extraction returns as typed).
 */
export function sanitizePdfText(text: string): string {
  return text
    .replace(LONE_SURROGATE, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(CONTROL, "")
    .normalize("NFC");
}
