import { UNPRINTABLE_MARK, isPrintable } from "../../domain/document/printable-text";

// The PDF engine drops some characters without a word (tabs, lone surrogates) and prints
// control characters as nothing or as boxes, so text is cleaned before it reaches it. Characters no
// font of the PDF has a glyph for (emoji, Thai, Devanagari…) come out as overlapping garbage, so each
// run of them is printed as a visible mark instead; the review step names them before the download.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls except the line feed, DEL and the C1 controls.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/**
 * Makes a string safe to print: line endings become "\n", tabs become one space,
 * lone surrogates and control characters are removed, and the result is NFC
 * (precomposed letters, which the font shapes best and text extraction returns as typed).
 */
export function sanitizePdfText(text: string): string {
  return markUnprintable(
    text
      .replace(LONE_SURROGATE, "")
      .replace(/\r\n?/g, "\n")
      .replace(/\t/g, " ")
      .replace(CONTROL, "")
      .normalize("NFC"),
  );
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Each run of characters no font can print, with the spaces inside it, becomes one mark (a flag
 * or a family emoji counts as one character): "Thanks 🎉 👍🏽!" → "Thanks [?]!".
 */
function markUnprintable(text: string): string {
  let clean = true;
  for (const ch of text) {
    if (!isPrintable(ch.codePointAt(0)!)) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  const segments = Array.from(graphemes.segment(text), (g) => g.segment);
  const printable = (segment: string) => [...segment].every((ch) => isPrintable(ch.codePointAt(0)!));
  let out = "";
  for (let i = 0; i < segments.length; ) {
    if (printable(segments[i]!)) {
      out += segments[i];
      i += 1;
      continue;
    }
    // The run goes on through unprintable characters and the spaces between them, not past its last one.
    let last = i;
    for (let j = i + 1; j < segments.length && (!printable(segments[j]!) || /^\s+$/u.test(segments[j]!)); j += 1) {
      if (!printable(segments[j]!)) last = j;
    }
    out += UNPRINTABLE_MARK;
    i = last + 1;
  }
  return out;
}
