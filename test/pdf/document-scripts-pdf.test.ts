// bad-inputs #25-28: names and words in every required script come out of the PDF as typed. The
// text is read back from the file (PDF.js, through unpdf) and compared with the input.
import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/domain/document/document-model";
import { readPdf, type PdfText } from "./support/pdf-text";
import { renderDocumentPdfNode } from "./support/render-document-pdf-node";

const creationDate = new Date("2027-03-01T09:00:00Z");

// [script, as typed, as read back]. PDF.js returns a line's words in the order they stand on the
// page, left to right, each right-to-left word with its letters back in typed order. So a right-to-left
// phrase reads back with its words mirrored, and digits after Arabic letters stand to their left,
// as the Unicode bidi algorithm places them (Chromium shows these lines the same way in a left-to-right
// paragraph).
const SAMPLES: readonly (readonly [string, string, string])[] = [
  ["Latin", "Zoë Łukasiewicz", "Zoë Łukasiewicz"],
  ["Vietnamese", "Nguyễn Thị Minh", "Nguyễn Thị Minh"],
  ["Greek", "Όμηρος", "Όμηρος"],
  ["Cyrillic", "Договор", "Договор"],
  ["Arabic", "محمد بن سلمان", "سلمان بن محمد"],
  ["Arabic in Latin, with digits", "Acme شركة 123", "Acme 123 شركة"],
  ["Arabic-Indic digits", "فاتورة رقم ٤٥", "٤٥ رقم فاتورة"],
  ["Hebrew", "דוד כהן", "כהן דוד"],
  ["Hebrew with a number", "חשבונית 42 לדוד", "לדוד 42 חשבונית"],
  ["Japanese", "株式会社テスト", "株式会社テスト"],
  ["Chinese", "请求书", "请求书"],
  ["Chinese, traditional", "發票", "發票"],
  ["Korean", "홍길동", "홍길동"],
];

const model: DocumentModel = {
  title: "Services agreement",
  subtitle: "Between محمد بن سلمان and 株式会社テスト",
  runningHeader: "Services agreement · דוד כהן",
  runningFooter: "홍길동 · Upfront",
  metadata: { title: "Services agreement", author: "Upfront", subject: "Scripts", language: "en", creator: "Upfront" },
  sections: [
    { id: "names", number: "1", heading: "Names", blocks: [{ kind: "list", items: SAMPLES.map(([, typed]) => typed) }] },
    {
      id: "signatures",
      number: "2",
      heading: "Signatures",
      blocks: [
        // Bold: the CJK fonts ship one weight, bold falls back to it; Arabic and Hebrew have a bold.
        { kind: "signatures", parties: [{ role: "Client", name: "محمد بن سلمان" }, { role: "Freelancer", name: "홍길동", business: "请求书" }] },
        // Italic: these scripts have no italic face, the upright one is used.
        { kind: "notice", text: "Notice: דוד כהן 株式会社 🎉" },
      ],
    },
  ],
};

describe("a PDF with names in every required script", () => {
  let pdf: PdfText;
  let lines: string[];

  beforeAll(async () => {
    const bytes = await renderDocumentPdfNode(model, { creationDate });
    if (process.env.PDF_OUT) writeFileSync(process.env.PDF_OUT, bytes); // to look at it: pdftoppm -png -r 80
    pdf = await readPdf(bytes);
    lines = pdf.pages.join("\n").normalize("NFC").split("\n").map((line) => line.trim());
  });

  it.each(SAMPLES)("%s: %s", (_, typed, readBack) => {
    expect(lines.some((line) => line.endsWith(readBack))).toBe(true);
    // The same characters as typed, whatever the order.
    expect([...readBack].sort()).toEqual([...typed].sort());
  });

  it("prints the bold names, the italic notice, the header and footer from the same fonts", () => {
    expect(lines).toContain("سلمان بن محمد");
    expect(lines).toContain("홍길동");
    expect(lines).toContain("请求书");
    expect(lines.some((line) => line.includes("Notice: כהן דוד 株式会社 [?]"))).toBe(true);
    expect(lines.some((line) => line.includes("Services agreement · כהן דוד"))).toBe(true);
    expect(lines.some((line) => line.startsWith("홍길동 · Upfront"))).toBe(true);
  });

  it("has no unprintable mark but the emoji's, and no stray control characters", () => {
    const all = pdf.pages.join("\n");
    expect(all.split("[?]")).toHaveLength(2);
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\ufffd]/u);
  });
});
