import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/domain/document/document-model";
import { buildDisputeResponseLetter } from "../../src/domain/document/get-paid/dispute-response-letter";
import { buildEvidenceTimeline } from "../../src/domain/document/get-paid/evidence-timeline";
import { buildFormalNoticeLetter } from "../../src/domain/document/get-paid/formal-notice-letter";
import { buildLateFeeInvoice } from "../../src/domain/document/get-paid/late-fee-invoice";
import { buildPaymentPlanAgreement } from "../../src/domain/document/get-paid/payment-plan-agreement";
import { buildWorkSuspensionNotice } from "../../src/domain/document/get-paid/work-suspension-notice";
import {
  sampleDisputeResponse,
  sampleEvidenceTimeline,
  sampleFormalNotice,
  sampleLateFeeInvoice,
  samplePaymentPlan,
  sampleWorkSuspension,
} from "../fixtures/sample-letter-input";
import { type PdfText, readPdf, squash } from "./support/pdf-text";
import { renderDocumentPdfNode } from "./support/render-document-pdf-node";

// The get-paid letters' last mile: checked input → document model → PDF (the same components
// the browser uses) → text read back with unpdf. Each letter must come out whole: its amounts,
// dates, deadline, rule, page numbers, the template notice and its metadata.

const creationDate = new Date("2027-05-15T09:00:00Z");

type Case = { name: string; model: DocumentModel; texts: string[]; maxPages: number };

const CASES: Case[] = [
  {
    name: "formal notice",
    model: buildFormalNoticeLetter(sampleFormalNotice()),
    texts: [
      "Formal notice: invoice 2026-0042",
      "Pay by",
      "29 May 2027",
      "the Late Payment of Commercial Debts (Interest) Act 1998",
      "1 April 2027 – 10 April 2027",
      "£8.05",
      "£23.49",
      "£31.54",
      "£70.00",
      "Total now due",
      "£2,101.54",
      "Please pay £2,101.54 so that it reaches me by 29 May 2027.",
      "Sort code 12-34-56, account 12345678",
      "I keep the right to claim that further interest",
    ],
    maxPages: 3,
  },
  {
    name: "final demand (German number style)",
    model: buildFormalNoticeLetter(sampleFormalNotice("de-DE", { kind: "final-demand", nextStep: "small-claims-court" })),
    texts: [
      "Final demand: invoice 2026-0042",
      "2.101,54 €",
      "2.000,00 €",
      "31,54 €",
      "the Late Payment of Commercial Debts (Interest) Act 1998",
      "If the full amount has not reached me by 29 May 2027, I intend to make a claim for it through the small claims procedure",
    ],
    maxPages: 3,
  },
  {
    name: "payment plan",
    model: buildPaymentPlanAgreement(samplePaymentPlan()),
    texts: [
      "Payment plan agreement: invoice 2026-0042",
      "Down payment",
      "20 May 2027",
      "Instalment 3",
      "15 August 2027",
      "£500.00",
      "Total",
      "£2,000.00",
      "within 7 days after its due date",
      "Freelancer",
      "Client",
      "Signatures",
    ],
    maxPages: 3,
  },
  {
    name: "dispute response (French number style)",
    model: buildDisputeResponseLetter(sampleDisputeResponse("fr-FR")),
    texts: [
      "Your concerns about invoice 2026-0042",
      "“The contact form doesn't send emails and the mobile menu overlaps the logo.”",
      "In dispute",
      "500,00 €",
      "1 500,00 €",
      "please pay it by 29 May 2027",
      "Readable from 320 px wide",
    ],
    maxPages: 3,
  },
  {
    name: "work suspension",
    model: buildWorkSuspensionNotice(sampleWorkSuspension()),
    texts: [
      "Notice of paused work: invoice 2026-0042",
      "Work paused from",
      "22 May 2027",
      "clause 9.1 of our agreement of 20 February 2027",
      "Design of the online shop pages (milestone 3)",
      "£2,000.00",
      "moves back by the length of the pause",
    ],
    maxPages: 3,
  },
  {
    name: "late-fee invoice",
    model: buildLateFeeInvoice(sampleLateFeeInvoice("de-DE", { linePerSegment: true })),
    texts: [
      "Late-payment invoice 2026-0050",
      "Late payment of invoice 2026-0042",
      "8,05 €",
      "23,49 €",
      "70,00 €",
      "Total due",
      "101,54 €",
      "outside the scope of VAT",
      "case 222/81 BAZ Bausystem",
      "the Late Payment of Commercial Debts (Interest) Act 1998",
      "VAT ID GB123456789",
    ],
    maxPages: 2,
  },
  {
    name: "evidence timeline",
    model: buildEvidenceTimeline(sampleEvidenceTimeline()),
    texts: [
      "Evidence timeline: invoice 2026-0042",
      "What happened",
      "7 April 2027",
      "Tom said the invoice was with finance.",
      "21 April 2027",
      "Second reminder sent",
      "£2,101.54",
    ],
    maxPages: 2,
  },
];

describe.each(CASES)("$name PDF", ({ model, texts, maxPages }) => {
  let pdf: PdfText;
  let all: string;

  beforeAll(async () => {
    pdf = await readPdf(await renderDocumentPdfNode(model, { creationDate }));
    all = squash(pdf.pages.join("\n").normalize("NFC"));
  });

  it("numbers every page 'Page X of N' and repeats the running header and footer", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
    expect(pdf.pageCount).toBeLessThanOrEqual(maxPages);
    pdf.pages.forEach((page, i) => {
      const text = squash(page);
      expect(text).toContain(`Page${i + 1}of${pdf.pageCount}`);
      expect(text).toContain(squash(model.runningHeader));
      expect(text).toContain(squash(model.runningFooter));
    });
  });

  it("prints its amounts, dates and wording", () => {
    for (const text of texts) expect(all, text).toContain(squash(text.normalize("NFC")));
  });

  it("prints both parties and the template notice", () => {
    for (const text of ["Lopez Design Ltd", "Acme Ltd", "not legal advice"]) expect(all).toContain(squash(text));
  });

  it("carries the metadata", () => {
    expect(pdf.metadata).toMatchObject({ title: model.metadata.title, author: "Lopez Design Ltd", language: "en", creator: "Upfront" });
    expect(pdf.metadata.subject).toBe(model.metadata.subject);
  });
});

describe("a long evidence timeline", () => {
  const entries = Array.from({ length: 120 }, (_, i) => ({
    date: `2027-${String(4 + Math.floor(i / 28)).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
    what: `Entry ${String(i + 1).padStart(3, "0")}`,
    note: "Reminder sent by email; no reply.",
  }));
  const model = buildEvidenceTimeline(sampleEvidenceTimeline("en-GB", { entries }));
  let pdf: PdfText;

  beforeAll(async () => {
    pdf = await readPdf(await renderDocumentPdfNode(model, { creationDate }));
  });

  it("runs onto several numbered pages, the header row repeated, every entry printed in date order", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, i) => expect(squash(page)).toContain(`Page${i + 1}of${pdf.pageCount}`));
    const all = squash(pdf.pages.join("\n"));
    const positions = entries.map((e) => all.indexOf(squash(e.what)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const page of pdf.pages.filter((p) => /Entry \d{3}/.test(p))) expect(squash(page)).toContain(squash("Date What happened Note"));
  });
});
