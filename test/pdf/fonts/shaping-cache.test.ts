// Each font remembers the glyph runs of the strings it shaped (src/pdf/fonts/shaping-cache.ts), so
// a worker's later renders skip most shaping. A remembered run must give the very same PDF as a
// fresh one, in every script, whatever was rendered in between. This file has its own font store
// (vitest isolates files), so its first render of each model shapes everything afresh.
import { Font } from "@react-pdf/renderer";
import { describe, expect, it, vi } from "vitest";
import type { DocumentModel } from "../../../src/domain/document/document-model";
import { LONG_EMAIL, LONG_IBAN, LONG_URL, sampleDocument } from "../fixtures/sample-document";
import { renderDocumentPdfNode } from "../support/render-document-pdf-node";

const creationDate = new Date("2027-03-01T09:00:00Z");

const scripts: DocumentModel = {
  ...sampleDocument,
  runningHeader: "Services agreement · דוד כהן",
  sections: [
    {
      id: "names",
      number: "1",
      heading: "Names",
      blocks: [
        { kind: "list", items: ["محمد بن سلمان", "Acme شركة 123", "חשבונית 42 לדוד", "株式会社テスト 请求书", "홍길동", "Nguyễn Thị Minh", "½ and 1⁄2"] },
        { kind: "paragraph", text: `Long strings break without a hyphen: ${LONG_URL} ${LONG_EMAIL} ${LONG_IBAN}` },
        { kind: "notice", text: "Notice: דוד כהן 株式会社" },
      ],
    },
  ],
};

/** Calls that reach fontkit's shaper (the cache sits in front of it), across every loaded face. */
function countShaping(): { calls: () => number; restore: () => void } {
  const engines = new Set<{ layout: (...args: unknown[]) => unknown }>();
  for (const family of Object.values(Font.getRegisteredFonts())) {
    for (const source of family.sources) {
      const engine = (source.data as { _layoutEngine?: { layout: (...args: unknown[]) => unknown } } | null)?._layoutEngine;
      if (engine) engines.add(engine);
    }
  }
  const spies = [...engines].map((engine) => vi.spyOn(engine, "layout"));
  return {
    calls: () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

describe("the shaping cache", () => {
  it("gives byte-identical PDFs when every string comes from the cache, in every script", async () => {
    const first = await renderDocumentPdfNode(scripts, { creationDate });
    const other = await renderDocumentPdfNode(sampleDocument, { creationDate });
    const shaping = countShaping();
    try {
      expect(await renderDocumentPdfNode(scripts, { creationDate })).toEqual(first);
      expect(await renderDocumentPdfNode(sampleDocument, { creationDate })).toEqual(other);
      // Everything was shaped before: nothing reaches the shaper again.
      expect(shaping.calls()).toBe(0);
    } finally {
      shaping.restore();
    }
  });

  it("shapes only the strings it has not seen", async () => {
    await renderDocumentPdfNode(sampleDocument, { creationDate });
    const changed: DocumentModel = {
      ...sampleDocument,
      sections: [{ id: "new", number: "1", heading: "A heading never shaped before", blocks: [] }, ...sampleDocument.sections],
    };
    const shaping = countShaping();
    try {
      await renderDocumentPdfNode(changed, { creationDate });
      expect(shaping.calls()).toBeGreaterThan(0);
      expect(shaping.calls()).toBeLessThan(5);
    } finally {
      shaping.restore();
    }
  });
});
