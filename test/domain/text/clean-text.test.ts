import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLine, cleanLines, cleanText } from "../../../src/domain/text/clean-text";

describe("cleanLine", () => {
  it.each([
    { name: "#25 Latin letters with diacritics are kept", raw: "Zoë Łukasiewicz", expected: "Zoë Łukasiewicz" },
    { name: "#25 Vietnamese is kept", raw: "Nguyễn Thị Minh", expected: "Nguyễn Thị Minh" },
    { name: "#25 Greek is kept", raw: "Όμηρος", expected: "Όμηρος" },
    { name: "#25 Cyrillic is kept", raw: "Договор", expected: "Договор" },
    { name: "#26 Arabic is kept", raw: "محمد بن سلمان", expected: "محمد بن سلمان" },
    { name: "#26 mixed scripts keep their order", raw: "Acme شركة 123", expected: "Acme شركة 123" },
    { name: "#27 CJK is kept", raw: "株式会社テスト", expected: "株式会社テスト" },
    { name: "#29 right-to-left override U+202E", raw: "Invoice\u202Efdp.exe", expected: "Invoicefdp.exe" },
    { name: "#29 isolates U+2066–U+2069", raw: "\u2066a\u2067b\u2068c\u2069", expected: "abc" },
    { name: "#29 embeddings and marks U+202A–U+202D, U+200E, U+200F, U+061C", raw: "\u202Aa\u202Bb\u202Cc\u202Dd\u200Ee\u200Ff\u061Cg", expected: "abcdefg" },
    { name: "#29 a bidi control inside a number", raw: "1\u202E234", expected: "1234" },
    { name: "#30 zero-width space, joiners and BOM", raw: "a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060f", expected: "abcdef" },
    { name: "#30 a lone soft hyphen", raw: "co\u00ADop", expected: "coop" },
    { name: "#30 decomposed letters become NFC", raw: "Zoe\u0308", expected: "Zoë" },
    { name: "#30 stacked combining marks do not crash", raw: "a\u0301\u0302\u0303\u0304\u0305", expected: "a\u0301\u0302\u0303\u0304\u0305".normalize("NFC") },
    { name: "#31 a tab becomes a space", raw: "a\tb", expected: "a b" },
    { name: "#31 a lone high surrogate is removed", raw: "a\uD800b", expected: "ab" },
    { name: "#31 a lone low surrogate is removed", raw: "a\uDC00b", expected: "ab" },
    { name: "#31 a trailing lone surrogate is removed", raw: "ab\uD83D", expected: "ab" },
    { name: "#31 control characters are removed", raw: "a\u0000b\u0007c\u001Bd\u007Fe\u0085f", expected: "abcdef" },
    { name: "#31 line breaks fold into one space", raw: "line one\r\nline two\u2028three", expected: "line one line two three" },
    { name: "#33 a script tag is kept as literal text", raw: "<script>alert(1)</script>", expected: "<script>alert(1)</script>" },
    { name: "#33 an img onerror is kept as literal text", raw: "<img src=x onerror=alert(1)>", expected: "<img src=x onerror=alert(1)>" },
    { name: "#33 template syntax is kept as literal text", raw: "{{7*7}} ${1+1}", expected: "{{7*7}} ${1+1}" },
    { name: "runs of spaces collapse and the ends are trimmed", raw: "   Acme    Ltd  ", expected: "Acme Ltd" },
    { name: "a surrogate pair (emoji) is kept", raw: "Party 🎉", expected: "Party 🎉" },
  ])("$name", ({ raw, expected }) => {
    expect(cleanLine(raw)).toBe(expected);
  });

  it("returns well-formed, NFC, single-line text without bidi or zero-width characters, for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (raw) => {
        const line = cleanLine(raw);
        expect(line.isWellFormed()).toBe(true);
        expect(line).toBe(line.normalize("NFC"));
        expect(line).not.toMatch(/[\r\n\t\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff\u0000-\u001f]/u);
        expect(line).toBe(line.trim());
        expect(cleanLine(line)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});

describe("cleanText", () => {
  it.each([
    { name: "keeps line breaks, normalised to \\n", raw: "one\r\ntwo\rthree\u2029four", expected: "one\ntwo\nthree\nfour" },
    { name: "keeps at most one blank line", raw: "a\n\n\n\nb", expected: "a\n\nb" },
    { name: "trims each line's end and the whole", raw: "  \n a  \n b \n\n", expected: "a\n b" },
    { name: "#29 strips bidi controls", raw: "a\u202Eb\n\u2066c\u2069", expected: "ab\nc" },
    { name: "#30 strips zero-width spaces, word joiners, BOM and soft hyphens", raw: "a\u200Bb\u2060c\uFEFFd\u00ADe", expected: "abcde" },
    { name: "#28 keeps the zero-width joiner inside a family emoji", raw: "👨\u200D👩\u200D👧\u200D👦", expected: "👨\u200D👩\u200D👧\u200D👦" },
    { name: "#31 tabs become spaces", raw: "a\tb", expected: "a b" },
    { name: "#31 lone surrogates are removed", raw: "a\uD800\nb", expected: "a\nb" },
    { name: "#33 HTML stays literal", raw: "<b>bold</b>\n<script>x</script>", expected: "<b>bold</b>\n<script>x</script>" },
  ])("$name", ({ raw, expected }) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it("is idempotent and well-formed for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (raw) => {
        const text = cleanText(raw);
        expect(text.isWellFormed()).toBe(true);
        expect(text).not.toMatch(/[\r\t\u202e\u2066-\u2069]/u);
        expect(cleanText(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("cleanLines", () => {
  it.each([
    { name: "one item per line, blanks dropped", raw: "Copywriting\n\nHosting fees\n   \nPhotography", expected: ["Copywriting", "Hosting fees", "Photography"] },
    { name: "list bullets are removed", raw: "- one\n* two\n• three", expected: ["one", "two", "three"] },
    { name: "a hyphen inside a word stays", raw: "Re-design\n-no space after", expected: ["Re-design", "-no space after"] },
    { name: "nothing", raw: "  \n\n ", expected: [] },
  ])("$name", ({ raw, expected }) => {
    expect(cleanLines(raw)).toEqual(expected);
  });
});
