import type { DocumentModel } from "./document-model";

// What the PDF can print: the code points that every style of its font (Noto Sans regular, bold
// and italic) has a glyph for — Latin, Greek, Cyrillic, Vietnamese, punctuation and currency
// signs. test/pdf/printable-text.test.ts reads the font files and checks this table against them.
// Devanagari is in the font but left out: it needs shaping the PDF engine does not do reliably.
const PRINTABLE: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0x377], [0x37a, 0x37f], [0x384, 0x38a], [0x38c, 0x38c], [0x38e, 0x3a1],
  [0x3a3, 0x3e1], [0x3f0, 0x52f], [0x1ab0, 0x1ac0], [0x1ac5, 0x1ac5], [0x1ac7, 0x1ace],
  [0x1c80, 0x1c88], [0x1d00, 0x1df9], [0x1dfb, 0x1f15], [0x1f18, 0x1f1d], [0x1f20, 0x1f45],
  [0x1f48, 0x1f4d], [0x1f50, 0x1f57], [0x1f59, 0x1f59], [0x1f5b, 0x1f5b], [0x1f5d, 0x1f5d],
  [0x1f5f, 0x1f7d], [0x1f80, 0x1fb4], [0x1fb6, 0x1fc4], [0x1fc6, 0x1fd3], [0x1fd6, 0x1fdb],
  [0x1fdd, 0x1fef], [0x1ff2, 0x1ff4], [0x1ff6, 0x1ffe], [0x2000, 0x2064], [0x2066, 0x2071],
  [0x2074, 0x208e], [0x2090, 0x209c], [0x20a0, 0x20bf], [0x20f0, 0x20f0], [0x2100, 0x215f],
  [0x2184, 0x2184], [0x2189, 0x2189], [0x2212, 0x2212], [0x25cc, 0x25cc], [0x2c60, 0x2c7f],
  [0x2de0, 0x2e5d], [0xa640, 0xa69f], [0xa700, 0xa7ca], [0xa7d0, 0xa7d1], [0xa7d3, 0xa7d3],
  [0xa7d5, 0xa7d9], [0xa7f2, 0xa7ff], [0xa92e, 0xa92e], [0xab30, 0xab6b], [0xfb00, 0xfb06],
  [0xfe00, 0xfe00], [0xfe20, 0xfe2f], [0xfeff, 0xfeff], [0xfffc, 0xfffd], [0x10780, 0x10785],
  [0x10787, 0x107b0], [0x107b2, 0x107ba], [0x1df00, 0x1df1e],
];

export const PRINTABLE_RANGES = PRINTABLE;

/** What the PDF prints in place of a run of characters its font can't print, so nothing turns into garbage. */
export const UNPRINTABLE_MARK = "[?]";

export function isPrintable(codePoint: number): boolean {
  if (codePoint === 0x0a) return true; // line breaks are layout, not glyphs
  let low = 0;
  let high = PRINTABLE.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = PRINTABLE[mid]!;
    if (codePoint < from) high = mid - 1;
    else if (codePoint > to) low = mid + 1;
    else return true;
  }
  return false;
}

/** Every printed string of the model. A QR code's payload is data drawn as modules, not text. */
function strings(value: unknown, out: string[]): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "payload" && (value as { kind?: unknown }).kind === "qr") continue;
      strings(item, out);
    }
  }
  return out;
}

/**
 * The characters of a document its PDF can't print (Arabic, Chinese, emoji…) and marks with UNPRINTABLE_MARK, each
 * once, as the user sees them (a flag or a family emoji is one character), at most `limit`.
 */
export function unprintableCharacters(model: DocumentModel, limit = 12): string[] {
  const found = new Set<string>();
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const text of strings(model, [])) {
    for (const { segment } of segmenter.segment(text)) {
      if ([...segment].some((ch) => !isPrintable(ch.codePointAt(0)!))) found.add(segment);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}
