import type { DocumentModel } from "./document-model";

type Ranges = readonly (readonly [number, number])[];

// What the PDF can print. The base font, always embedded, is Noto Sans: these are the code points
// every style of it (regular, bold, italic) has a glyph for — Latin, Greek, Cyrillic, Vietnamese,
// punctuation and currency signs. test/pdf/printable-text.test.ts reads the font files and checks
// every table here against them.
// Devanagari is in the font but left out: it needs shaping the PDF engine does not do reliably.
const BASE: Ranges = [
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

/**
 * Scripts the base font lacks, each printed from a font of its own that the PDF loads only when a
 * document has a letter of that script (a CJK font is megabytes). The order is the engine's
 * fallback order: a character two tables share is printed from the first.
 */
export const FONT_SCRIPTS = ["arabic", "hebrew", "han", "hangul"] as const;
export type FontScript = (typeof FONT_SCRIPTS)[number];

// The blocks of each script that its font (Noto Sans Arabic / Hebrew / SC / KR) covers, regular and
// bold where both are shipped. Left out: CJK compatibility ideographs (NFC turns them into unified
// ones), the rare ideographs beyond U+FFFF, and the fonts' arrows and maths signs, so that "→" in a
// Latin contract never pulls in a CJK font.
export const SCRIPT_RANGES: Readonly<Record<FontScript, Ranges>> = {
  // Arabic, Arabic Supplement and Extended-B/A, presentation forms A and B.
  arabic: [
    [0x600, 0x6ff], [0x750, 0x77f], [0x870, 0x88e], [0x890, 0x891], [0x898, 0x8ff], [0xfb50, 0xfbc2],
    [0xfbd3, 0xfd8f], [0xfd92, 0xfdc7], [0xfdcf, 0xfdcf], [0xfdf0, 0xfdff], [0xfe70, 0xfe74], [0xfe76, 0xfefc],
  ],
  // Hebrew letters and points, Hebrew presentation forms.
  hebrew: [
    [0x591, 0x5c7], [0x5d0, 0x5ea], [0x5ef, 0x5f4], [0xfb1d, 0xfb36], [0xfb38, 0xfb3c], [0xfb3e, 0xfb3e],
    [0xfb40, 0xfb41], [0xfb43, 0xfb44], [0xfb46, 0xfb4f],
  ],
  // Chinese (simplified and traditional) and Japanese: radicals, CJK punctuation, kana, bopomofo,
  // enclosed and squared CJK, ideographs (URO and Extension A), full- and half-width forms.
  han: [
    [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x2ff0, 0x2ffb], [0x3000, 0x303f], [0x3041, 0x3096],
    [0x3099, 0x30ff], [0x3105, 0x312f], [0x31a0, 0x31bb], [0x31c0, 0x31e3], [0x31f0, 0x321e], [0x3220, 0x332b],
    [0x332d, 0x4db5], [0x4e00, 0x9fef], [0xfe30, 0xfe4f], [0xff01, 0xff9f], [0xffe0, 0xffe6], [0xffe8, 0xffee],
  ],
  // Hangul syllables and jamo (Korean hanja are ideographs: the han font prints them).
  hangul: [
    [0x1100, 0x11ff], [0x3131, 0x318e], [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xd7b0, 0xd7c6], [0xd7cb, 0xd7fb],
    [0xffa0, 0xffbe], [0xffc2, 0xffc7], [0xffca, 0xffcf], [0xffd2, 0xffd7], [0xffda, 0xffdc],
  ],
};

/** The base font's table. */
export const PRINTABLE_RANGES: Ranges = BASE;

/** What the PDF prints in place of a run of characters its font can't print, so nothing turns into garbage. */
export const UNPRINTABLE_MARK = "[?]";

function inRanges(ranges: Ranges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = ranges[mid]!;
    if (codePoint < from) high = mid - 1;
    else if (codePoint > to) low = mid + 1;
    else return true;
  }
  return false;
}

/** Which font prints a character: "base", the extra script whose font has it, or undefined for none. */
export function fontFor(codePoint: number): "base" | FontScript | undefined {
  if (codePoint === 0x0a || inRanges(BASE, codePoint)) return "base"; // line breaks are layout, not glyphs
  return FONT_SCRIPTS.find((script) => inRanges(SCRIPT_RANGES[script], codePoint));
}

export function isPrintable(codePoint: number): boolean {
  return fontFor(codePoint) !== undefined;
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
 * The characters of a document its PDF can't print (emoji, scripts it has no font for…) and marks with
 * UNPRINTABLE_MARK, each once, as the user sees them (a flag or a family emoji is one character), at most `limit`.
 * Text is read as NFC, the form the PDF prints.
 */
export function unprintableCharacters(model: DocumentModel, limit = 12): string[] {
  const found = new Set<string>();
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const text of strings(model, [])) {
    for (const { segment } of segmenter.segment(text.normalize("NFC"))) {
      if ([...segment].some((ch) => !isPrintable(ch.codePointAt(0)!))) found.add(segment);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}

/**
 * The extra fonts a document's PDF needs, in fallback order: one for each script it has a letter of.
 * A document in Latin, Greek or Cyrillic only needs none, so its PDF loads no other font.
 */
export function fontScripts(model: DocumentModel): FontScript[] {
  const needed = new Set<FontScript>();
  for (const text of strings(model, [])) {
    for (const ch of text.normalize("NFC")) {
      const font = fontFor(ch.codePointAt(0)!);
      if (font !== undefined && font !== "base") needed.add(font);
    }
  }
  return FONT_SCRIPTS.filter((script) => needed.has(script));
}
