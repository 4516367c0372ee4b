import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/domain/document/document-model";
import { LONG_EMAIL, LONG_IBAN, LONG_URL, SCRIPT_SAMPLES, sampleDocument } from "./fixtures/sample-document";
import { readPdf, squash, type PdfText } from "./support/pdf-text";
import { renderDocumentPdfNode } from "./support/render-document-pdf-node";

const creationDate = new Date("2027-03-01T09:00:00Z");

describe("DocumentPdf", () => {
  let bytes: Uint8Array;
  let pdf: PdfText;

  beforeAll(async () => {
    bytes = await renderDocumentPdfNode(sampleDocument, { creationDate });
    pdf = await readPdf(bytes);
  });

  it("runs over several pages", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    expect(pdf.pages).toHaveLength(pdf.pageCount);
  });

  it("prints every script exactly as typed", () => {
    const all = pdf.pages.join("\n");
    for (const sample of SCRIPT_SAMPLES) expect(all).toContain(sample.normalize("NFC"));
  });

  it("numbers every page as Page X of N", () => {
    const n = pdf.pageCount;
    pdf.pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${n}`));
    expect(pdf.pages[0]).toContain(`Page 1 of ${n}`);
    expect(pdf.pages[n - 1]).toContain(`Page ${n} of ${n}`);
  });

  it("repeats the running header and footer on every page", () => {
    for (const page of pdf.pages) {
      expect(page).toContain(sampleDocument.runningHeader);
      expect(page).toContain(sampleDocument.runningFooter);
    }
  });

  it("prints the title only once, on page 1", () => {
    const title = `\n${sampleDocument.title}\n`;
    expect(`\n${pdf.pages[0]}\n`).toContain(title);
    for (const page of pdf.pages.slice(1)) expect(`\n${page}\n`).not.toContain(title);
  });

  it("writes the metadata", () => {
    const { metadata } = sampleDocument;
    expect(pdf.metadata).toEqual({
      title: metadata.title,
      author: metadata.author,
      subject: metadata.subject,
      keywords: metadata.keywords,
      creator: metadata.creator,
      producer: "Upfront",
      language: metadata.language,
    });
  });

  it("wraps long URLs, IBANs and e-mails without inserting hyphens", () => {
    // Whitespace removed, every occurrence must read exactly as in the model: a hyphen added
    // at a line break would show up inside it.
    const all = squash(pdf.pages.join("\n"));
    const count = (text: string, word: string) => text.split(word).length - 1;
    expect(count(all, squash(LONG_URL))).toBe(2); // a list item and a table cell
    expect(count(all, LONG_IBAN)).toBe(3); // three table cells
    expect(count(all, LONG_EMAIL)).toBe(2); // a facts value and a clause
    // The URL is wider than its table column, so one occurrence was broken across lines.
    const lines = pdf.pages.flatMap((page) => page.split("\n"));
    expect(lines.filter((line) => line.includes(LONG_URL))).toHaveLength(1);
  });

  it("prints the table's bold totals row", () => {
    expect(pdf.pages.join("\n")).toMatch(/Total\s+9,600\.00/);
  });

  it("is byte-identical for the same model and creation date", async () => {
    const again = await renderDocumentPdfNode(sampleDocument, { creationDate });
    expect(again).toEqual(bytes);
  });
});

describe("DocumentPdf tables", () => {
  it("repeats the header row on every page a long table reaches", async () => {
    const rows = Array.from({ length: 70 }, (_, index) => [`Hour log entry ${index + 1}`, `${(index % 8) + 1}.00`]);
    const model: DocumentModel = {
      ...sampleDocument,
      sections: [
        {
          id: "log",
          number: "1",
          heading: "Time log",
          blocks: [
            {
              kind: "table",
              columns: [
                { header: "Work item", align: "left", weight: 4 },
                { header: "Hours logged", align: "right", weight: 1 },
              ],
              rows,
              footer: ["Total", "315.00"],
            },
          ],
        },
      ],
    };
    const pdf = await readPdf(await renderDocumentPdfNode(model, { creationDate }));
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    for (const page of pdf.pages) expect(page).toContain("Hours logged");
    const all = pdf.pages.join("\n");
    for (const [item] of rows) expect(all).toContain(item);
  });
});

describe("DocumentPdf headings", () => {
  const sentence = "The parties agree that this clause is only here to fill the page with text of a realistic length.";
  /** Fourteen sections whose lengths shift with `offset`, so headings land at many heights. */
  const model = (offset: number): DocumentModel => ({
    ...sampleDocument,
    sections: Array.from({ length: 14 }, (_, s) => ({
      id: `s${s}`,
      number: String(s + 1),
      heading: `Heading number ${s + 1}`,
      blocks: Array.from({ length: 1 + ((s * 7 + offset) % 4) }, (_, c) => ({
        kind: "clause" as const,
        number: `${s + 1}.${c + 1}`,
        text: Array<string>(1 + ((c + s + offset) % 3)).fill(sentence).join(" "),
      })),
    })),
  });

  it("never ends a page with a section heading", async () => {
    for (let offset = 0; offset < 12; offset += 1) {
      const pdf = await readPdf(await renderDocumentPdfNode(model(offset), { creationDate }));
      for (const page of pdf.pages) {
        expect(page.trim().split("\n").at(-1)).not.toMatch(/Heading number/);
      }
    }
  });
});

describe("DocumentPdf text safety", () => {
  it("prints tabs as spaces and drops lone surrogates and control characters", async () => {
    const model: DocumentModel = {
      ...sampleDocument,
      sections: [
        {
          id: "terms",
          number: "1",
          heading: "Terms",
          blocks: [{ kind: "paragraph", text: "Payment\tterms: net 14 days\uD800, bell\u0007 removed." }],
        },
      ],
    };
    const pdf = await readPdf(await renderDocumentPdfNode(model, { creationDate }));
    expect(pdf.pages.join("\n")).toContain("Payment terms: net 14 days, bell removed.");
  });
});

describe("DocumentPdf page breaks", () => {
  const filler = "Filler text of a realistic length so that the blocks after it land at many heights on the page.";

  it("keeps the signatures block, with its heading, on one page", async () => {
    const parties = [
      { role: "Freelancer", name: "Zoë Łukasiewicz", business: "Studio Łukasiewicz" },
      { role: "Client", name: "Nguyễn Thị Minh", business: "Minh Trading Co." },
    ];
    // One-line clauses push the signatures down, in steps smaller than the block, until it
    // straddles the bottom of page 1 in some of the runs.
    for (let clauses = 16; clauses <= 30; clauses += 2) {
      const model: DocumentModel = {
        ...sampleDocument,
        sections: [
          {
            id: "terms",
            number: "1",
            heading: "Terms",
            blocks: Array.from({ length: clauses }, (_, c) => ({ kind: "clause" as const, number: `1.${c + 1}`, text: filler })),
          },
          { id: "signatures", number: "2", heading: "Signatures", blocks: [{ kind: "signatures", parties }] },
        ],
      };
      const pdf = await readPdf(await renderDocumentPdfNode(model, { creationDate }));
      const pages = pdf.pages.filter((page) => page.includes("Signatures"));
      expect(pages, `${clauses} clauses`).toHaveLength(1);
      const page = pages[0]!;
      for (const party of parties) {
        for (const text of [party.name, party.business]) expect(page, `${clauses} clauses`).toContain(text);
      }
      for (const label of ["Signature", "Name", "Date"]) {
        expect(page.split(new RegExp(`\\b${label}\\b`, "g")).length - 1, `${clauses} clauses: ${label}`).toBe(2);
      }
    }
  });

  it("splits a long clause at the bottom of a page instead of moving it whole", async () => {
    const model: DocumentModel = {
      ...sampleDocument,
      sections: [
        {
          id: "terms",
          number: "1",
          heading: "Terms",
          blocks: [
            { kind: "paragraph", text: Array<string>(30).fill(filler).join(" ") },
            { kind: "clause", number: "1.2", text: `Firstword ${Array<string>(14).fill(filler).join(" ")} Lastword` },
            { kind: "list", items: [`Listfirst ${Array<string>(3).fill(filler).join(" ")} Listlast`] },
          ],
        },
      ],
    };
    const pdf = await readPdf(await renderDocumentPdfNode(model, { creationDate }));
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pages[0]).toContain("Firstword");
    expect(pdf.pages[1]).toContain("Lastword");
  });
});
