import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../../src/domain/document/document-model";
import { sampleDocument } from "../fixtures/sample-document";
import { readPdf, squash } from "../support/pdf-text";
import { renderDocumentPdfNode } from "../support/render-document-pdf-node";

// The only place a PDF gets a link: a fact whose value is also an address. Whatever reaches the
// model, the PDF links only https, http and mailto (bad-inputs #34); anything else is printed as
// plain text and is not clickable.

const SAFE = ["https://pay.example.com/inv/42", "http://example.com/terms", "mailto:zoe@studio.example"];
const HOSTILE = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:msgbox(1)", "https://exa mple.com"];

const model: DocumentModel = {
  ...sampleDocument,
  sections: [
    {
      id: "links",
      number: "",
      heading: "Links",
      blocks: [{ kind: "facts", items: [...SAFE, ...HOSTILE].map((href, i) => ({ term: `Link ${i + 1}`, value: href, href })) }],
    },
  ],
};

describe("links in a PDF", () => {
  it("only https, http and mailto addresses become link annotations; the others are printed as text (bad-inputs #34)", async () => {
    const bytes = await renderDocumentPdfNode(model, { creationDate: new Date("2027-03-01T00:00:00Z") });
    const raw = Buffer.from(bytes).toString("latin1");
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris).toEqual(SAFE);
    expect(raw).not.toMatch(/\/S \/JavaScript|\/JS /);
    const text = squash((await readPdf(bytes)).pages.join("\n"));
    for (const shown of [...SAFE, "javascript:alert(1)", "file:///etc/passwd"]) expect(text).toContain(squash(shown));
  });
});
