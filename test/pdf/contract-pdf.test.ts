import { beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "../../src/domain/contract/contract";
import { readContract } from "../../src/domain/contract/read-contract";
import { buildContractDocument } from "../../src/domain/document/build-contract-document";
import { formatMoney } from "../../src/domain/money/format-money";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { type PdfText, readPdf, squash } from "./support/pdf-text";
import { renderDocumentPdfNode } from "./support/render-document-pdf-node";

// The whole journey's last mile: a checked contract → document model → PDF → text read back.

let contract: Contract;
let pdf: PdfText;
let all: string;

beforeAll(async () => {
  const result = readContract(sampleContractDraft());
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.errors)}`);
  contract = result.contract;
  const bytes = await renderDocumentPdfNode(buildContractDocument(contract, "2026-11-21"), { creationDate: new Date("2026-11-21T00:00:00Z") });
  pdf = await readPdf(bytes);
  all = squash(pdf.pages.join("\n").normalize("NFC"));
});

const has = (text: string) => expect(all).toContain(squash(text.normalize("NFC")));

describe("contract PDF", () => {
  it("runs to several pages with 'Page X of N' on every page", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, i) => expect(squash(page)).toContain(`Page${i + 1}of${pdf.pageCount}`));
  });

  it.each([["Zoë Łukasiewicz"], ["Nguyễn Thị Minh"], ["Łódź Design Studio"], ["Acme Ltd"], ["Website redesign"]])(
    "prints the name %s exactly",
    (name) => has(name),
  );

  it("prints every payment of the schedule and the total, which add up", () => {
    const amounts = contract.schedule.payments.map((p) => p.amount);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(contract.total);
    for (const amount of [...amounts, contract.total]) has(formatMoney(amount, "USD", "en-US"));
    has("$3,000.00");
    has("$3,333.00");
    has("$3,667.00");
    has("$10,000.00");
  });

  it("states the late-fee and early-payment terms in words and numbers", () => {
    has("1.5% per month (18% a year)");
    has("up to a maximum of 10% of the invoice amount");
    has("2/7 net 14");
  });

  it("has the clauses chosen, signature lines and the template notice", () => {
    for (const heading of ["Payment schedule", "Pausing work", "Ownership of the work", "Cancellation (kill fee)", "Signatures"]) has(heading);
    has("It is not legal advice");
  });

  it("carries the document metadata", () => {
    expect(pdf.metadata.title).toBe("Services agreement: Website redesign");
    expect(pdf.metadata.author).toBe("Łódź Design Studio");
    expect(pdf.metadata.subject).toContain("Acme Ltd");
    expect(pdf.metadata.language).toBe("en");
  });
});

describe("contract PDF at the text limits (bad-inputs #23)", () => {
  it("a 10,000-character summary and long lists paginate with the header and footer on every page", async () => {
    const draft = sampleContractDraft();
    const sentence = "The Freelancer designs, builds and tests each page against the agreed browser list before delivery. ";
    draft.scope.summary = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    draft.scope.exclusions = Array.from({ length: 60 }, (_, i) => `Excluded item number ${i + 1}: anything not in section 2`).join("\n");
    const result = readContract(draft);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const bytes = await renderDocumentPdfNode(buildContractDocument(result.contract, "2026-11-21"));
    const long = await readPdf(bytes);
    expect(long.pageCount).toBeGreaterThan(pdf.pageCount + 2);
    long.pages.forEach((page, i) => {
      const text = squash(page);
      expect(text, `page ${i + 1}`).toContain(squash("Services agreement: Website redesign"));
      expect(text, `page ${i + 1}`).toContain(`Page${i + 1}of${long.pageCount}`);
    });
    expect(squash(long.pages.join(""))).toContain(squash("Excluded item number 60"));
  });
});
