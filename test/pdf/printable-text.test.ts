import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/domain/document/document-model";
import {
  FONT_SCRIPTS,
  PRINTABLE_RANGES,
  SCRIPT_RANGES,
  fontScripts,
  isPrintable,
  unprintableCharacters,
} from "../../src/domain/document/printable-text";
import { nodeFontSources } from "./support/node-font-sources";

// The domain's tables of printable characters must match the fonts the PDF embeds.

function characterSet(path: string): Set<number> {
  const font = fontkit.create(readFileSync(path)) as fontkit.Font;
  return new Set(font.characterSet);
}

/** The code points of a table that some font file lacks, in hex. */
function missingFrom(ranges: readonly (readonly [number, number])[], files: readonly string[]): string[] {
  const sets = files.map(characterSet);
  const missing: string[] = [];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp += 1) if (!sets.every((set) => set.has(cp))) missing.push(cp.toString(16));
  }
  return missing;
}

const doc = (text: string): DocumentModel => ({
  title: "Services agreement",
  runningHeader: "h",
  runningFooter: "f",
  metadata: { title: "t", author: "a", subject: "s", language: "en", creator: "Upfront" },
  sections: [{ id: "p", number: "", heading: "The parties", blocks: [{ kind: "paragraph", text }] }],
});

describe("printable text", () => {
  it("every code point the base table calls printable has a glyph in Noto Sans regular, bold and italic", () => {
    expect(missingFrom(PRINTABLE_RANGES, [nodeFontSources.regular, nodeFontSources.bold, nodeFontSources.italic])).toEqual([]);
  });

  it.each(FONT_SCRIPTS.map((script) => [script]))("every code point of the %s table has a glyph in each file of its font", (script) => {
    const { regular, bold } = nodeFontSources.scripts[script];
    expect(missingFrom(SCRIPT_RANGES[script], bold ? [regular, bold] : [regular])).toEqual([]);
  });

  it.each([
    ["Zoë Łukasiewicz", true],
    ["Nguyễn Thị Minh", true],
    ["Όμηρος", true],
    ["Договор", true],
    ["€ £ ¥ ₹ – “ ” …", true],
    ["محمد بن سلمان", true],
    ["دوره ۱۲۳ ١٢٣", true],
    ["דוד כהן", true],
    ["株式会社テスト", true],
    ["请求书", true],
    ["發票", true],
    ["홍길동", true],
    ["🎉", false],
    ["👍🏽", false],
    ["अनुबंध", false],
    ["ไทย", false],
  ])("%s printable: %s", (text, expected) => {
    expect([...text].filter((ch) => ch !== " ").every((ch) => isPrintable(ch.codePointAt(0)!))).toBe(expected);
  });

  it("lists each unprintable character of a document once, emoji sequences whole", () => {
    const model = doc("Acme شركة 123 and 株式会社テスト 👨‍👩‍👧‍👦 🇩🇪 ไทย 🇩🇪");
    expect(unprintableCharacters(model, 20)).toEqual(["👨‍👩‍👧‍👦", "🇩🇪", "ไ", "ท", "ย"]);
    expect(unprintableCharacters(model, 3)).toHaveLength(3);
  });

  it("does not count a QR code's payload as printed text, only its caption", () => {
    const model: DocumentModel = {
      ...doc(""),
      sections: [
        { id: "payment", number: "", heading: "Payment", blocks: [{ kind: "qr", payload: "BCD\n002\n1\nSCT\n\n株式会社 🎉", caption: "Scan to pay €10.00 🎉" }] },
      ],
    };
    expect(unprintableCharacters(model)).toEqual(["🎉"]);
    expect(fontScripts(model)).toEqual([]);
  });

  // Only these fonts are loaded for the PDF: a Latin document loads none, a CJK font only for CJK letters.
  it.each([
    ["Latin, Greek, Cyrillic, Vietnamese and signs", "Zoë Όμηρος Договор Nguyễn → ≤ ① €", []],
    ["Arabic with Latin and digits", "Acme شركة 123", ["arabic"]],
    ["Arabic-Indic digits only", "٤٥", ["arabic"]],
    ["Hebrew", "דוד כהן", ["hebrew"]],
    ["Chinese", "请求书", ["han"]],
    ["Japanese kana and kanji", "株式会社テスト", ["han"]],
    ["Korean", "홍길동", ["hangul"]],
    ["every script, in fallback order", "홍길동 株式 דוד محمد", ["arabic", "hebrew", "han", "hangul"]],
    ["emoji needs no font (it is marked)", "🎉", []],
  ])("%s needs fonts %j", (_, text, scripts) => {
    expect(fontScripts(doc(text))).toEqual(scripts);
  });

  it("reads a document's text as NFC: a CJK compatibility ideograph is its unified twin", () => {
    // U+F900 is canonically U+8C48 (豈).
    expect(unprintableCharacters(doc("\uF900"))).toEqual([]);
    expect(fontScripts(doc("\uF900"))).toEqual(["han"]);
  });
});
