import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../../src/domain/document/document-model";
import { sanitizeDocumentModel } from "../../../src/pdf/text/sanitize-document-model";

const model = (payload: string, caption: string): DocumentModel => ({
  title: "Invoice\t2026-0042",
  runningHeader: "h",
  runningFooter: "f",
  metadata: { title: "t", author: "a", subject: "s", language: "en", creator: "Upfront" },
  sections: [{ id: "payment", number: "", heading: "Payment", blocks: [{ kind: "qr", payload, caption }] }],
});

describe("sanitizeDocumentModel", () => {
  it("cleans printed text, caption included", () => {
    const clean = sanitizeDocumentModel(model("BCD", "Scan\tto pay\r\n€10.00"));
    expect(clean.title).toBe("Invoice 2026-0042");
    expect(clean.sections[0]!.blocks[0]).toEqual({ kind: "qr", payload: "BCD", caption: "Scan to pay\n€10.00" });
  });

  it("leaves a QR payload byte for byte as the domain wrote it", () => {
    // Decomposed "é" (e + U+0301) would become one code point under NFC, changing the bytes encoded.
    const payload = "BCD\n002\n1\nSCT\n\nRene\u0301 Dupont\r\nFR7630006000011234567890189\nEUR10";
    const block = sanitizeDocumentModel(model(payload, "c")).sections[0]!.blocks[0]!;
    expect(block.kind === "qr" && block.payload).toBe(payload);
  });
});
