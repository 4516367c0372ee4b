import { describe, expect, it } from "vitest";
import { DocumentModel } from "../../../../src/domain/document/document-model";
import { buildDisputeResponseLetter } from "../../../../src/domain/document/get-paid/dispute-response-letter";
import { buildEvidenceTimeline } from "../../../../src/domain/document/get-paid/evidence-timeline";
import { buildFormalNoticeLetter } from "../../../../src/domain/document/get-paid/formal-notice-letter";
import { buildLateFeeInvoice } from "../../../../src/domain/document/get-paid/late-fee-invoice";
import { buildPaymentPlanAgreement } from "../../../../src/domain/document/get-paid/payment-plan-agreement";
import { buildWorkSuspensionNotice } from "../../../../src/domain/document/get-paid/work-suspension-notice";
import { unprintableCharacters } from "../../../../src/domain/document/printable-text";
import {
  type SampleLocale,
  sampleDisputeResponse,
  sampleEvidenceTimeline,
  sampleFormalNotice,
  sampleLateFeeInvoice,
  samplePaymentPlan,
  sampleWorkSuspension,
} from "../../../fixtures/sample-letter-input";
import { allText, notices } from "./document-text";

// What every get-paid document shares: a valid model, the template notice, English metadata,
// amounts in the invoice's own number style, and nothing the PDF font can't print.

const BUILDERS: [string, (locale: SampleLocale) => DocumentModel][] = [
  ["formal notice", (l) => buildFormalNoticeLetter(sampleFormalNotice(l))],
  ["final demand", (l) => buildFormalNoticeLetter(sampleFormalNotice(l, { kind: "final-demand", nextStep: "collection-agency" }))],
  ["payment plan", (l) => buildPaymentPlanAgreement(samplePaymentPlan(l))],
  ["dispute response", (l) => buildDisputeResponseLetter(sampleDisputeResponse(l))],
  ["work suspension", (l) => buildWorkSuspensionNotice(sampleWorkSuspension(l))],
  ["late-fee invoice", (l) => buildLateFeeInvoice(sampleLateFeeInvoice(l))],
  ["evidence timeline", (l) => buildEvidenceTimeline(sampleEvidenceTimeline(l))],
];

/** The unpaid balance, 2,000.00, as each number style writes it. */
const BALANCE: [SampleLocale, string][] = [
  ["en-GB", "£2,000.00"],
  ["de-DE", "2.000,00\u00a0€"],
  ["fr-FR", "2\u202f000,00\u00a0€"],
];

describe.each(BUILDERS)("%s", (_name, build) => {
  const doc = build("en-GB");

  it("is a valid document model, in English, made by Upfront, with nothing unprintable", () => {
    expect(DocumentModel.safeParse(doc).success).toBe(true);
    expect(doc.metadata).toMatchObject({ language: "en", creator: "Upfront", author: "Lopez Design Ltd" });
    expect(doc.metadata.title).toBe(doc.title);
    expect(doc.metadata.keywords).toContain("2026-0042");
    expect(unprintableCharacters(doc)).toEqual([]);
  });

  it("carries the template notice, once, as the last block", () => {
    const found = notices(doc).filter((text) => text.includes("template") && text.includes("not legal advice"));
    expect(found).toHaveLength(1);
    expect(doc.sections.at(-1)!.blocks.at(-1)).toEqual({ kind: "notice", text: found[0] });
  });

  it("names both parties", () => {
    const text = allText(doc);
    for (const name of ["Lopez Design Ltd", "Acme Ltd", "Ana Lopez"]) expect(text).toContain(name);
  });

  it.each(BALANCE)("writes the balance the %s way: %s", (locale, balance) => {
    const text = allText(build(locale));
    expect(text).toContain(balance);
    if (locale !== "en-GB") expect(text).not.toContain("£");
  });

  it("dates are English whatever the number style", () => {
    expect(allText(build("de-DE"))).toContain("15 May 2027");
    expect(allText(build("fr-FR"))).toContain("15 May 2027");
  });
});
