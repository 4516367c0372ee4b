import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readContract } from "../../src/domain/contract/read-contract";
import { buildContractDocument } from "../../src/domain/document/build-contract-document";
import { buildInvoiceDocument } from "../../src/domain/document/build-invoice-document";
import type { DocumentModel } from "../../src/domain/document/document-model";
import { invoiceTotals } from "../../src/domain/invoice/invoice-totals";
import { type ReferenceFonts, renderReferencePdf } from "../bench/reference/jspdf-document";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { manyLinesInvoice } from "../fixtures/sample-invoice-draft";
import { nodeFontSources } from "./support/node-font-sources";
import { type PdfText, readPdf, squash } from "./support/pdf-text";

// The bench's jsPDF reference (test/bench/reference/) must be a real equivalent of the site's PDF,
// or its times mean nothing: every clause printed, pages numbered, long tables carried over pages.

const creationDate = new Date("2026-11-21T00:00:00Z");
let fonts: ReferenceFonts;
let contract: DocumentModel;
let pdf: PdfText;

beforeAll(async () => {
  const read = (path: string) => readFileSync(path, "latin1");
  fonts = { regular: read(nodeFontSources.regular), bold: read(nodeFontSources.bold), italic: read(nodeFontSources.italic) };
  const result = readContract(sampleContractDraft());
  if (!result.ok) throw new Error("fixture invalid");
  contract = buildContractDocument(result.contract, "2026-11-21");
  pdf = await readPdf(new Uint8Array(renderReferencePdf(contract, fonts, { creationDate })));
});

const text = () => squash(pdf.pages.join("\n").normalize("NFC"));

describe("jsPDF reference renderer", () => {
  it("prints the title, every heading and every clause of the contract", () => {
    const all = text();
    const wanted = [contract.title, ...contract.sections.map((s) => s.heading)];
    for (const section of contract.sections) {
      for (const block of section.blocks) {
        if (block.kind === "clause" || block.kind === "paragraph" || block.kind === "notice") wanted.push(block.text);
        if (block.kind === "list") wanted.push(...block.items);
      }
    }
    expect(wanted.length).toBeGreaterThan(20);
    for (const words of wanted) expect(all).toContain(squash(words.normalize("NFC")));
  });

  it("numbers every page 'Page N of M' and carries the metadata", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, i) => expect(squash(page)).toContain(`Page${i + 1}of${pdf.pageCount}`));
    expect(pdf.metadata.title).toBe(contract.metadata.title);
  });

  it.each([
    ["a 200-line invoice", 200],
    ["a 40-line invoice", 40],
  ])("carries %s over pages with every line printed", async (_, lines) => {
    const invoice = manyLinesInvoice(lines);
    const model = buildInvoiceDocument(invoice, invoiceTotals(invoice), { kind: "open" });
    const read = await readPdf(new Uint8Array(renderReferencePdf(model, fonts, { creationDate })));
    const all = squash(read.pages.join("\n"));
    const table = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("no table");
    for (const row of table.rows) expect(all).toContain(squash(row[0]!));
    // The header row repeats on every page the table reaches.
    const header = squash(table.columns[0]!.header);
    expect(read.pages.filter((page) => squash(page).includes(header)).length).toBeGreaterThanOrEqual(read.pageCount - 1);
  });

  it.each([
    ["https://example.com/terms", true],
    ["mailto:ana@example.com", true],
    ["javascript:alert(1)", false],
    ["data:text/html,hi", false],
  ])("writes the link %s only if it is https, http or mailto (%s)", (href, written) => {
    const model: DocumentModel = {
      ...contract,
      sections: [{ id: "x", number: "", heading: "", blocks: [{ kind: "facts", items: [{ term: "Web", value: "click", href }] }] }],
    };
    const bytes = Buffer.from(renderReferencePdf(model, fonts, { creationDate })).toString("latin1");
    expect(bytes.includes(href)).toBe(written);
  });
});
