import { addDays, compareDates, isValidCalendarDate } from "../dates/calendar-date";
import type { DocumentModel } from "../document/document-model";
import { buildDisputeResponseLetter } from "../document/get-paid/dispute-response-letter";
import { buildEvidenceTimeline } from "../document/get-paid/evidence-timeline";
import { buildFormalNoticeLetter } from "../document/get-paid/formal-notice-letter";
import { buildLateFeeInvoice } from "../document/get-paid/late-fee-invoice";
import { buildPaymentPlanAgreement } from "../document/get-paid/payment-plan-agreement";
import { buildWorkSuspensionNotice } from "../document/get-paid/work-suspension-notice";
import {
  disputeResponseFileName,
  evidenceTimelineFileName,
  formalNoticeFileName,
  lateFeeInvoiceFileName,
  paymentPlanFileName,
  workSuspensionFileName,
} from "../document/get-paid/letter-file-name";
import {
  DisputeResponseInput,
  EvidenceTimelineInput,
  FormalNoticeInput,
  LateFeeInvoiceInput,
  type LetterClaim,
  PaymentPlanInput,
  WorkSuspensionInput,
} from "../document/get-paid/letter-input";
import { formatPercent } from "../percent/format-percent";
import { sortEvidence, EVIDENCE_KIND_LABELS } from "./evidence-log";
import type { EscalationPlan } from "./escalation-plan";
import type { CaseInterest } from "./interest-claim";
import type { OverdueCase } from "./overdue-case";
import type { OverdueDraft } from "./overdue-draft";
import { paymentPlan } from "./payment-plan";
import { z } from "../zod";

// The letters of a case, each built from the checked case, its interest and its plan through the
// letter documents' own checked inputs (document/get-paid/letter-input.ts), so a letter is only
// offered when its figures add up. A letter that can't be made yet says why.

export const CASE_LETTER_IDS = [
  "formal-notice",
  "final-demand",
  "dispute-response",
  "payment-plan",
  "work-suspension",
  "late-fee-invoice",
  "evidence-timeline",
] as const;
export type CaseLetterId = (typeof CASE_LETTER_IDS)[number];

export type CaseLetter =
  | { id: CaseLetterId; title: string; ready: true; document: { model: DocumentModel; fileName: string } }
  | { id: CaseLetterId; title: string; ready: false; reason: string };

/** Days the client is given to pay the undisputed part, and a late-fee invoice. */
const UNDISPUTED_PAY_DAYS = 7;
const LATE_FEE_INVOICE_DAYS = 14;

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter((l) => l !== "");

function basics(overdue: OverdueCase) {
  const { you, client, invoice } = overdue;
  return {
    letterDate: overdue.asOf,
    sender: { name: you.name, businessName: you.businessName, addressLines: lines(you.address), email: you.email, phone: you.phone },
    recipient: { name: client.name, businessName: client.businessName, addressLines: lines(client.address), email: client.email },
    invoice: {
      number: invoice.number,
      description: invoice.description,
      currency: invoice.currency,
      numberLocale: invoice.locale,
      amountMinor: invoice.amount,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      payments: invoice.partialPayments.map((p) => ({ date: p.date, amountMinor: p.amount })),
      balanceMinor: overdue.balance,
      daysOverdue: overdue.daysOverdue,
    },
    paymentDetails: invoice.howToPay,
  };
}

/** The interest and fees as a letter states them, or null when nothing is claimed. */
export function letterClaim(overdue: OverdueCase, interest: CaseInterest | null): LetterClaim | null {
  if (interest?.kind !== "result" || interest.result.totalClaimableMinor === 0) return null;
  const r = interest.result;
  const fee = r.lateFee?.amountMinor ?? 0;
  // Printed after "under": the clause or the statute's section, not the rule's whole wording.
  const compensationRule = r.compensation.amountMinor > 0 ? (r.compensation.underSource ?? "") : "";
  return {
    interestMinor: r.interestMinor,
    // A contract's late fee is a charge the client agreed to, not statutory compensation: kept apart.
    compensationMinor: r.compensation.amountMinor,
    lateFeeMinor: fee,
    lateFeeRule: fee > 0 ? "the contract's late-fee clause" : "",
    ruleName: r.rule.underName,
    ruleSource: r.rule.source,
    // The rule itself, not the calculator's every counting note (those are for the page).
    rulesText: r.rule.summary,
    segments: r.segments.map((s) => ({
      from: s.from,
      to: s.to,
      days: s.days,
      balanceMinor: s.balanceMinor,
      ratePercentText: formatPercent(s.rateBp, overdue.invoice.locale),
      interestMinor: s.interestMinor,
    })),
    compensationRule,
  };
}

/** A letter from its checked input, or the first reason its input is refused. */
function made<S extends z.ZodMiniType>(
  id: CaseLetterId,
  title: string,
  schema: S,
  raw: unknown,
  build: (input: z.output<S>) => DocumentModel,
  name: (input: z.output<S>) => string,
): CaseLetter {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { id, title, ready: false, reason: parsed.error.issues[0]?.message ?? "Some answers are missing." };
  return { id, title, ready: true, document: { model: build(parsed.data), fileName: name(parsed.data) } };
}

const stepOf = (plan: EscalationPlan, id: string) => plan.steps.find((s) => s.id === id);

/** Every letter of the assistant, ready to download or with the reason it isn't yet. */
export function caseLetters(
  overdue: OverdueCase,
  interest: CaseInterest | null,
  plan: EscalationPlan,
  draft: OverdueDraft,
): CaseLetter[] {
  const base = basics(overdue);
  const claim = letterClaim(overdue, interest);
  const remindedOn = plan.steps.filter((s) => s.kind === "message" && s.state.kind === "sent" && s.state.on).map((s) => s.state.kind === "sent" ? s.state.on! : "");
  const notice = stepOf(plan, "day-21-formal-notice") ?? stepOf(plan, "undisputed-formal-notice");
  const demand = stepOf(plan, "final-demand") ?? stepOf(plan, "undisputed-final-demand");
  const after = (date: string | null | undefined, days: number) => {
    const fallback = addDays(overdue.asOf, days);
    return date && compareDates(date, overdue.asOf) > 0 ? date : fallback;
  };
  const letters: CaseLetter[] = [];

  if (overdue.situation === "dispute") {
    // The plan's notices then ask for the undisputed part only; these letters claim the whole balance.
    const reason = "In a dispute, answer with the dispute response first. If the undisputed part is still not paid, chase it with the plan's messages.";
    letters.push({ id: "formal-notice", title: "Formal notice", ready: false, reason }, { id: "final-demand", title: "Final demand", ready: false, reason });
  } else letters.push(
    made("formal-notice", "Formal notice", FormalNoticeInput, { ...base, kind: "formal-notice", claim, deadline: after(notice?.deadline, 14), remindedOn }, buildFormalNoticeLetter, formalNoticeFileName),
    made(
      "final-demand",
      "Final demand",
      FormalNoticeInput,
      { ...base, kind: "final-demand", claim, deadline: after(demand?.deadline, 7), remindedOn, nextStep: draft.letters.finalDemandNext },
      buildFormalNoticeLetter,
      formalNoticeFileName,
    ),
  );

  if (overdue.situation === "dispute" && overdue.dispute) {
    const d = overdue.dispute;
    letters.push(
      d.offer === "" || d.complaint === "" || d.undisputedAmount === null
        ? {
            id: "dispute-response",
            title: "Dispute response",
            ready: false,
            reason: "Say what the client disputes, the part nobody disputes (0 if they dispute all of it) and what you offer, on step 3, to write the response.",
          }
        : made(
            "dispute-response",
            "Dispute response",
            DisputeResponseInput,
            { ...base, complaint: d.complaint, scope: draft.footing.agreedScope, undisputedMinor: d.undisputedAmount ?? 0, payUndisputedBy: addDays(overdue.asOf, UNDISPUTED_PAY_DAYS), offer: d.offer, offerDetails: d.offerDetails },
            buildDisputeResponseLetter,
            disputeResponseFileName,
          ),
    );
  }

  if (overdue.situation === "hardship" && overdue.paymentPlan) {
    const terms = overdue.paymentPlan;
    const split = paymentPlan(overdue.balance, terms);
    letters.push(
      split.ok
        ? made(
            "payment-plan",
            "Payment-plan agreement",
            PaymentPlanInput,
            {
              ...base,
              claim,
              downPayment: split.value.downPayment > 0 ? { dueDate: overdue.asOf, amountMinor: split.value.downPayment } : null,
              instalments: split.value.instalments.map((i) => ({ dueDate: i.date, amountMinor: i.amount })),
              graceDays: terms.graceDays,
              waiveInterestIfKept: terms.waiveInterestIfKept,
            },
            buildPaymentPlanAgreement,
            paymentPlanFileName,
          )
        : { id: "payment-plan", title: "Payment-plan agreement", ready: false, reason: split.error },
    );
  }

  if (overdue.pauseWorkAfterDays !== null) {
    const earliest = addDays(overdue.invoice.dueDate, overdue.pauseWorkAfterDays + 1);
    letters.push(
      made(
        "work-suspension",
        "Work-suspension notice",
        WorkSuspensionInput,
        {
          ...base,
          pausedWork: draft.letters.pausedWork.trim() || "All work under our agreement",
          pauseFrom: compareDates(earliest, overdue.asOf) > 0 ? earliest : overdue.asOf,
          contractTerm: draft.letters.contractTerm.trim() || "our agreement",
          allowedAfterDays: overdue.pauseWorkAfterDays,
        },
        buildWorkSuspensionNotice,
        workSuspensionFileName,
      ),
    );
  }

  letters.push(
    claim
      ? made(
          "late-fee-invoice",
          "Late-fee invoice",
          LateFeeInvoiceInput,
          { ...base, claim, number: draft.letters.lateFeeInvoiceNumber.trim() || `${overdue.invoice.number}-LF`, dueDate: addDays(overdue.asOf, LATE_FEE_INVOICE_DAYS) },
          buildLateFeeInvoice,
          lateFeeInvoiceFileName,
        )
      : { id: "late-fee-invoice", title: "Late-fee invoice", ready: false, reason: "There is no interest or fee to invoice yet (step 4 shows why)." },
    made(
      "evidence-timeline",
      "Evidence timeline",
      EvidenceTimelineInput,
      {
        ...base,
        claim,
        entries: sortEvidence(draft.evidence)
          .filter((e) => isValidCalendarDate(e.date))
          .map((e) => ({ date: e.date, what: EVIDENCE_KIND_LABELS[e.kind], note: e.note })),
      },
      buildEvidenceTimeline,
      evidenceTimelineFileName,
    ),
  );
  return letters;
}
