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

  // bad-inputs #26-28: the font has no glyphs for these, and the engine would print garbage.
  it.each([
    ["mixed Arabic", "Acme شركة 123", "Acme [?] 123"],
    ["Hebrew", "דוד כהן", "[?]"],
    ["Chinese and Korean", "请求书 홍길동", "[?]"],
    ["emoji of several code points, each run once", "Thanks 🎉 👍🏽 👨‍👩‍👧‍👦 🇩🇪!", "Thanks [?]!"],
    ["Latin, Greek, Cyrillic and Vietnamese stay", "Zoë Αθήνα Москва Nguyễn", "Zoë Αθήνα Москва Nguyễn"],
  ])("%s", (_, input, printed) => {
    expect(sanitizePdfText(input)).toBe(printed);
  });
});
