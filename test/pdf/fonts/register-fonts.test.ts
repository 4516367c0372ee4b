// Fonts are registered and loaded only when a document's text needs them: a CJK font is megabytes.
// The engine's font store is global to the module, and vitest gives each test file its own, so
// this file starts with nothing registered. Later renders see what earlier ones registered.
import { Font } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../../src/domain/document/document-model";
import { sampleDocument } from "../fixtures/sample-document";
import { renderDocumentPdfNode } from "../support/render-document-pdf-node";

// Helvetica is also in the store: a PDF standard font the engine appends to every stack, with no file.

/** The registered families whose files the engine has read (fetched, in the browser). */
function loadedFamilies(): string[] {
  return Object.entries(Font.getRegisteredFonts())
    .filter(([name, family]) => name.startsWith("Noto") && family.sources.some((source) => source.data !== null))
    .map(([name]) => name)
    .sort();
}

const registeredFamilies = () => Font.getRegisteredFontFamilies().filter((name) => name.startsWith("Noto"));

const withName = (name: string): DocumentModel => ({
  ...sampleDocument,
  sections: [{ id: "p", number: "1", heading: "Parties", blocks: [{ kind: "paragraph", text: `Client: ${name}` }] }],
});

describe("font loading", () => {
  it("a Latin, Greek and Cyrillic document registers and loads Noto Sans only", async () => {
    await renderDocumentPdfNode(sampleDocument);
    expect(registeredFamilies()).toEqual(["Noto Sans"]);
    expect(loadedFamilies()).toEqual(["Noto Sans"]);
  });

  it("an Arabic name adds the Arabic font, and no CJK font", async () => {
    await renderDocumentPdfNode(withName("محمد بن سلمان"));
    expect(registeredFamilies()).toEqual(["Noto Sans", "Noto Sans Arabic"]);
    expect(loadedFamilies()).toEqual(["Noto Sans", "Noto Sans Arabic"]);
  });

  it("a Korean name adds the Korean font only", async () => {
    await renderDocumentPdfNode(withName("홍길동"));
    expect(loadedFamilies()).toEqual(["Noto Sans", "Noto Sans Arabic", "Noto Sans KR"]);
    expect(registeredFamilies()).not.toContain("Noto Sans SC");
  });

  it("an italic notice reuses the upright face of a script's font instead of reading the file twice", async () => {
    const model = withName("דוד כהן");
    model.sections[0]!.blocks.push({ kind: "notice", text: "Notice: דוד כהן" });
    await renderDocumentPdfNode(model);
    const [upright, italic] = Font.getRegisteredFonts()["Noto Sans Hebrew"]!.sources.filter((s) => s.fontWeight === 400);
    expect(italic!.fontStyle).toBe("italic");
    expect(italic!.data).not.toBeNull();
    expect(italic!.data).toBe(upright!.data);
  });

  it("embeds only the glyphs used: a CJK name adds kilobytes to the PDF, not the font's megabytes", async () => {
    const latin = await renderDocumentPdfNode(withName("Acme Ltd"));
    const cjk = await renderDocumentPdfNode(withName("株式会社テスト 请求书"));
    expect(cjk.byteLength - latin.byteLength).toBeLessThan(60_000);
  });
});
