import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/domain/document/document-model";
import { PRINTABLE_RANGES, isPrintable, unprintableCharacters } from "../../src/domain/document/printable-text";
import { nodeFontSources } from "./support/node-font-sources";

// The domain's table of printable characters must match the font the PDF embeds.

function characterSet(path: string): Set<number> {
  const font = fontkit.create(readFileSync(path)) as fontkit.Font;
  return new Set(font.characterSet);
}

describe("printable text", () => {
  const styles = [nodeFontSources.regular, nodeFontSources.bold, nodeFontSources.italic].map((src) => characterSet(String(src)));

  it("every code point the table calls printable has a glyph in regular, bold and italic", () => {
    const missing: string[] = [];
    for (const [from, to] of PRINTABLE_RANGES) {
      for (let cp = from; cp <= to; cp += 1) {
        if (!styles.every((set) => set.has(cp))) missing.push(cp.toString(16));
      }
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ["Zoë Łukasiewicz", true],
    ["Nguyễn Thị Minh", true],
    ["Όμηρος", true],
    ["Договор", true],
    ["€ £ ¥ ₹ – “ ” …", true],
    ["محمد", false],
    ["דוד", false],
    ["株式会社", false],
    ["홍길동", false],
    ["🎉", false],
  ])("%s printable: %s", (text, expected) => {
    expect([...text].filter((ch) => ch !== " ").every((ch) => isPrintable(ch.codePointAt(0)!))).toBe(expected);
  });

  it("lists each unprintable character of a document once, emoji sequences whole", () => {
    const model: DocumentModel = {
      title: "Services agreement",
      runningHeader: "h",
      runningFooter: "f",
      metadata: { title: "t", author: "a", subject: "s", language: "en", creator: "Upfront" },
      sections: [
        { id: "p", number: "", heading: "The parties", blocks: [{ kind: "paragraph", text: "Acme شركة 123 and 株式会社テスト 👨‍👩‍👧‍👦 🇩🇪 شركة" }] },
      ],
    };
    expect(unprintableCharacters(model, 20)).toEqual(["ش", "ر", "ك", "ة", "株", "式", "会", "社", "テ", "ス", "ト", "👨‍👩‍👧‍👦", "🇩🇪"]);
    expect(unprintableCharacters(model, 3)).toHaveLength(3);
  });

  it("does not count a QR code's payload as printed text, only its caption", () => {
    const model: DocumentModel = {
      title: "Invoice 2026-0042",
      runningHeader: "h",
      runningFooter: "f",
      metadata: { title: "t", author: "a", subject: "s", language: "en", creator: "Upfront" },
      sections: [
        { id: "payment", number: "", heading: "Payment", blocks: [{ kind: "qr", payload: "BCD\n002\n1\nSCT\n\n株式会社", caption: "Scan to pay €10.00 🎉" }] },
      ],
    };
    expect(unprintableCharacters(model)).toEqual(["🎉"]);
  });
});
