import { describe, expect, it } from "vitest";
import { sanitizePdfText } from "../../../src/pdf/text/sanitize-pdf-text";

describe("sanitizePdfText", () => {
  it("turns tabs into spaces and normalises line endings", () => {
    expect(sanitizePdfText("Total\tEUR 10\r\nnext\rline")).toBe("Total EUR 10\nnext\nline");
  });

  it("removes lone surrogates but keeps valid pairs", () => {
    expect(sanitizePdfText("a\uD800b\uDC00c😀")).toBe("abc[?]");
  });

  it("removes control characters", () => {
    expect(sanitizePdfText("a\u0000b\u0007c\u007Fd\u0085e")).toBe("abcde");
  });

  it("composes letters to NFC", () => {
    expect(sanitizePdfText("Zoe\u0308 Nguye\u0302\u0303n")).toBe("Zoë Nguyễn");
  });

  // bad-inputs #26-28: scripts the PDF has a font for stay; emoji (no font) would print as garbage.
  it.each([
    ["emoji of several code points, each run once", "Thanks 🎉 👍🏽 👨‍👩‍👧‍👦 🇩🇪!", "Thanks [?]!"],
    ["emoji between Arabic words", "شركة 🎉 النور", "شركة [?] النور"],
    ["Latin, Greek, Cyrillic and Vietnamese stay", "Zoë Αθήνα Москва Nguyễn", "Zoë Αθήνα Москва Nguyễn"],
    ["mixed Arabic stays", "Acme شركة 123", "Acme شركة 123"],
    ["Hebrew stays", "דוד כהן", "דוד כהן"],
    ["Chinese, Japanese and Korean stay", "请求书 株式会社テスト 홍길동", "请求书 株式会社テスト 홍길동"],
  ])("%s", (_, input, printed) => {
    expect(sanitizePdfText(input)).toBe(printed);
  });
});
