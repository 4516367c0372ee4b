import { describe, expect, it } from "vitest";
import { breakLongWord } from "../../../src/pdf/text/break-long-word";

/** The engine prints a hyphen between two non-empty parts that sit side by side. */
function hasHyphenationPoint(parts: string[]): boolean {
  return parts.some((part, index) => index > 0 && part !== "" && parts[index - 1] !== "");
}

/** The pieces between break opportunities. */
const pieces = (word: string) => breakLongWord(word).filter((part) => part !== "");

describe("breakLongWord", () => {
  it("keeps short words and ordinary prose words whole", () => {
    for (const word of ["", "a", "agreement", "Łukasiewicz", "responsibilities.”", "Vertragsbedingungen"]) {
      expect(breakLongWord(word)).toEqual([word]);
    }
  });

  it("never adds a character and never leaves a hyphenation point", () => {
    const words = [
      "https://pay.example.com/invoices/2027/acme-ltd/inv-042-final",
      "DE89370400440532013000",
      "zoe.lukasiewicz-accounts@studio-lukasiewicz.example",
      "well-established-compound",
      "Donaudampfschifffahrtsgesellschaft",
    ];
    for (const word of words) {
      const parts = breakLongWord(word);
      expect(parts.join("")).toBe(word);
      expect(hasHyphenationPoint(parts)).toBe(false);
    }
  });

  it("breaks a URL after slashes and before punctuation", () => {
    expect(pieces("https://pay.example.com/invoices/2027/acme-ltd/inv-042-final")).toEqual([
      "https://", "pay", ".example", ".com/", "invoices/", "2027/", "acme", "-ltd/", "inv", "-042", "-final",
    ]);
    expect(pieces("mailto:someone@example.com")).toEqual(["mailto:", "someone", "@example", ".com"]);
  });

  it("lets a run without punctuation, such as an IBAN, break between any two characters", () => {
    expect(pieces("DE89370400440532013000")).toEqual([..."DE89370400440532013000"]);
  });

  it("breaks a prose compound only after its own hyphens", () => {
    expect(breakLongWord("long-established")).toEqual(["long-", "", "established"]);
  });

  it("lets an overlong prose word break anywhere rather than overflow", () => {
    expect(pieces("Donaudampfschifffahrtsgesellschaft")).toEqual([..."Donaudampfschifffahrtsgesellschaft"]);
  });

  it("never splits a character made of several code points", () => {
    const word = "x".repeat(10) + "👩🏽‍💻" + "e\u0301".repeat(10) + "/1";
    const parts = pieces(word);
    expect(parts.join("")).toBe(word);
    expect(parts).toContain("👩🏽‍💻");
    expect(parts.filter((part) => part === "e\u0301")).toHaveLength(10);
  });
});
