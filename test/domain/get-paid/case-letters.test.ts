import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../../src/domain/document/document-model";
import { type CaseLetter, caseLetters, letterClaim } from "../../../src/domain/get-paid/case-letters";
import { escalationPlan } from "../../../src/domain/get-paid/escalation-plan";
import { caseInterest } from "../../../src/domain/get-paid/interest-claim";
import type { OverdueDraft } from "../../../src/domain/get-paid/overdue-draft";
import { readOverdue } from "../../../src/domain/get-paid/read-overdue";
import { SAMPLE_TODAY, sampleOverdueDraft } from "../../fixtures/sample-overdue-draft";

// The sample case (£2,400.00 due 1 April 2027, £400.00 paid, planned on 20 April 2027) and its letters.

function lettersOf(change: (d: OverdueDraft) => void = () => {}): { letters: CaseLetter[]; draft: OverdueDraft } {
  const draft = structuredClone(sampleOverdueDraft());
  change(draft);
  const read = readOverdue(draft, SAMPLE_TODAY);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const overdue = read.overdue;
  const plan = escalationPlan(overdue, { steps: draft.steps, pauseWorkAfterDays: overdue.pauseWorkAfterDays });
  return { letters: caseLetters(overdue, caseInterest(overdue), plan, draft), draft };
}

const ready = (letters: CaseLetter[]) => letters.map((l) => [l.id, l.ready]);
const textOf = (model: DocumentModel) => JSON.stringify(model);
const find = (letters: CaseLetter[], id: string) => {
  const letter = letters.find((l) => l.id === id);
  if (!letter?.ready) throw new Error(`${id} is not ready: ${letter && !letter.ready ? letter.reason : "missing"}`);
  return letter.document;
};

describe("caseLetters", () => {
  it("a silent client under the UK Act: notice, demand, late-fee invoice and timeline, all ready", () => {
    const { letters } = lettersOf((d) => (d.claim.regime = "uk"));
    expect(ready(letters)).toEqual([
      ["formal-notice", true],
      ["final-demand", true],
      ["late-fee-invoice", true],
      ["evidence-timeline", true],
    ]);
    const demand = find(letters, "final-demand");
    expect(demand.fileName).toBe("final-demand-uf-0042-acme-ltd.pdf");
    // Balance £2,000.00 + interest £13.39 + compensation £70.00.
    for (const figure of ["£2,000.00", "£13.39", "£70.00", "£2,083.39", "Late Payment of Commercial Debts"]) expect(textOf(demand.model)).toContain(figure);
    expect(find(letters, "late-fee-invoice").fileName).toBe("late-fee-invoice-uf-0042-lf-acme-ltd.pdf");
  });

  it("with nothing to claim there is no late-fee invoice, and it says why", () => {
    const late = lettersOf().letters.find((l) => l.id === "late-fee-invoice")!;
    expect(late.ready).toBe(false);
    expect(!late.ready && late.reason).toMatch(/no interest or fee to invoice/);
  });

  it("the notice's deadline is 14 days from the day it is sent, the demand names the chosen next step", () => {
    const { letters } = lettersOf((d) => {
      d.claim.regime = "uk";
      d.letters.finalDemandNext = "collection-agency";
    });
    // Day 21 is 22 April 2027, after the planning day: the notice gives until 6 May 2027.
    expect(textOf(find(letters, "formal-notice").model)).toContain("6 May 2027");
    expect(textOf(find(letters, "final-demand").model)).toMatch(/collection agency/i);
  });

  it("a dispute: the response once the complaint and the offer are given; no notice for the whole balance", () => {
    const waiting = lettersOf((d) => (d.situation = "dispute")).letters;
    expect(ready(waiting)).toEqual([
      ["formal-notice", false],
      ["final-demand", false],
      ["dispute-response", false],
      ["late-fee-invoice", false],
      ["evidence-timeline", true],
    ]);
    const { letters } = lettersOf((d) => {
      d.situation = "dispute";
      d.dispute = { complaint: "The contact form <script>alert(1)</script> does not send e-mails.", undisputedAmount: "1,500.00", offer: "fix", offerDetails: "I will fix the form by Friday." };
    });
    const response = find(letters, "dispute-response");
    expect(response.fileName).toBe("dispute-response-uf-0042-acme-ltd.pdf");
    expect(textOf(response.model)).toContain("£1,500.00");
    expect(textOf(response.model)).toContain("<script>alert(1)</script>");
  });

  it("hardship: the payment-plan agreement's instalments add up to the balance", () => {
    const { letters } = lettersOf((d) => {
      d.situation = "hardship";
      d.paymentPlan = { ...d.paymentPlan, downPayment: "", instalments: "7", firstDate: "2027-05-01", every: "month" };
    });
    const agreement = find(letters, "payment-plan");
    const table = agreement.model.sections.flatMap((s) => s.blocks).find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(7);
    expect(table?.kind === "table" && table.footer?.join(" ")).toContain("£2,000.00");
  });

  it("a contract that allows pausing work: the suspension notice, from the first day the contract allows", () => {
    const { letters } = lettersOf((d) => {
      d.footing.pauseWork = "yes";
      d.footing.pauseWorkAfterDays = "30";
      d.letters.pausedWork = "Phase 3: the booking system";
    });
    const notice = find(letters, "work-suspension");
    // Due 1 April 2027 + 30 days overdue: work may pause from 2 May 2027.
    expect(textOf(notice.model)).toContain("2 May 2027");
    expect(textOf(notice.model)).toContain("Phase 3: the booking system");
  });

  it("the evidence timeline lists the log, oldest first, and leaves out entries without a real date", () => {
    const { letters } = lettersOf((d) => {
      d.evidence = [
        { id: "e2", date: "2027-04-15", kind: "call", note: "Spoke to Sam: paying Friday", stepId: "" },
        { id: "e1", date: "2027-04-02", kind: "reminder-sent", note: "Friendly reminder", stepId: "day-1-reminder" },
        { id: "e3", date: "2027-02-30", kind: "other", note: "bad date", stepId: "" },
      ];
    });
    const text = textOf(find(letters, "evidence-timeline").model);
    expect(text.indexOf("Friendly reminder")).toBeLessThan(text.indexOf("Spoke to Sam"));
    expect(text).not.toContain("bad date");
  });
});

describe("letterClaim", () => {
  it("null when nothing is claimed; otherwise the segments add up to the interest", () => {
    const none = readOverdue(sampleOverdueDraft(), SAMPLE_TODAY);
    if (!none.ok) throw new Error("sample");
    expect(letterClaim(none.overdue, caseInterest(none.overdue))).toBeNull();
    const uk = structuredClone(sampleOverdueDraft());
    uk.claim.regime = "uk";
    const read = readOverdue(uk, SAMPLE_TODAY);
    if (!read.ok) throw new Error("uk");
    const claim = letterClaim(read.overdue, caseInterest(read.overdue))!;
    expect(claim.segments.reduce((sum, s) => sum + s.interestMinor, 0)).toBe(claim.interestMinor);
    expect([claim.interestMinor, claim.compensationMinor, claim.ruleName]).toEqual([1_339, 7_000, "the Late Payment of Commercial Debts (Interest) Act 1998"]);
    expect(claim.segments.map((s) => s.ratePercentText)).toEqual(["11.75%", "11.75%"]);
    expect([claim.lateFeeMinor, claim.lateFeeRule]).toEqual([0, ""]);
  });

  it("a contract's flat late fee is a late fee, not compensation", () => {
    const draft = structuredClone(sampleOverdueDraft());
    Object.assign(draft.claim.lateFee, { kind: "flat", flatFee: "50" });
    const read = readOverdue(draft, SAMPLE_TODAY);
    if (!read.ok) throw new Error(JSON.stringify(read));
    const claim = letterClaim(read.overdue, caseInterest(read.overdue))!;
    expect([claim.lateFeeMinor, claim.lateFeeRule, claim.compensationMinor, claim.compensationRule]).toEqual([5_000, "the contract's late-fee clause", 0, ""]);
  });
});
