import { z } from "../zod";
import { LateFeeDraft } from "../contract/contract-draft";
import { ADDRESS_MAX, MAX_DELIVERABLES } from "../contract/text-limits";
import { choice, flag, group, id, line, list, text } from "../drafts/draft-fields";

/** Exclusions a linked contract's copy keeps: more lines than any real scope has. */
export const MAX_SCOPE_LINES = 200;

// An overdue invoice and what the user is doing about it, as typed (strings, kept as typed), like
// the contract and invoice drafts. read-overdue.ts turns it into a checked OverdueCase.

export const MAX_PARTIAL_PAYMENTS = 50;
export const MAX_EVIDENCE_ENTRIES = 500;
export const MAX_INSTALMENTS = 24;

/** Who is owed: the user. */
export const CreditorDraft = z.object({
  name: line(),
  businessName: line(),
  address: text(ADDRESS_MAX),
  email: line(254),
  phone: line(40),
});
export type CreditorDraft = z.infer<typeof CreditorDraft>;

/** Who owes: the client, and the second contact who processes payments (the day-14 step). */
export const DebtorDraft = z.object({
  name: line(),
  businessName: line(),
  address: text(ADDRESS_MAX),
  email: line(254),
  paymentsContactName: line(),
  paymentsContactEmail: line(254),
});
export type DebtorDraft = z.infer<typeof DebtorDraft>;

export const PartialPaymentDraft = z.object({
  id,
  date: line(10),
  amount: line(40),
});
export type PartialPaymentDraft = z.infer<typeof PartialPaymentDraft>;

export const OverdueInvoiceDraft = z.object({
  /** The saved invoice (invoice list) this case was started from, or "" when typed in. */
  savedInvoiceId: line(40),
  number: line(60),
  /** What the invoice was for, e.g. "Website redesign, milestone 2". */
  description: line(200),
  currency: line(3, "GBP"),
  numberLocale: line(20, "en-GB"),
  /** The amount invoiced, including any VAT. */
  amount: line(40),
  issueDate: line(10),
  dueDate: line(10),
  partialPayments: list(PartialPaymentDraft, MAX_PARTIAL_PAYMENTS),
  /** How the client can pay, as the messages print it (bank details, a payment link); "" = "as on the invoice". */
  howToPay: text(1_000),
});
export type OverdueInvoiceDraft = z.infer<typeof OverdueInvoiceDraft>;

/** Which late-payment rules apply: the contract's own terms, or a statute. */
export const LATE_PAYMENT_REGIMES = ["contract", "uk", "eu", "de", "fr", "other"] as const;

export const ClaimDraft = z.object({
  regime: choice(LATE_PAYMENT_REGIMES, "contract"),
  /** Statutory interest is for business-to-business debts only. */
  businessClient: flag(true),
  /** A business client who trades in their own name: still a business for interest, but an individual
   * for the formal notice's deadline (escalation-plan.ts). Only read when businessClient is true. */
  soleTrader: flag(false),
  /** The contract's late-fee terms (regime "contract"), in the contract wizard's fields. */
  lateFee: group(LateFeeDraft),
  /** A reference rate the user enters instead of the built-in history, in percent ("" = use the history). */
  referenceRateOverride: line(20),
  /** Under "other": the US state whose usury limits the late fee is checked against ("" = none). */
  usState: line(2),
});
export type ClaimDraft = z.infer<typeof ClaimDraft>;

export const YES_PARTLY_NO = ["", "yes", "partly", "no"] as const;

/**
 * What a contract written here said was agreed, copied when the case was linked to it, so that
 * later work on that contract (the next client's, in the same wizard) never changes this case's
 * dispute response. The shape of the dispute response's AgreedScope (letter-input.ts).
 */
export const AgreedScopeCopy = z.object({
  projectTitle: line(),
  deliverables: list(z.object({ title: line(), acceptanceCriteria: text(2_000) }), MAX_DELIVERABLES),
  acceptanceDays: z.nullable(z.int().check(z.minimum(0))),
  exclusions: list(text(), MAX_SCOPE_LINES),
  revisionRounds: z.nullable(z.int().check(z.minimum(0))),
  changesInWriting: z.boolean(),
});
export type AgreedScopeCopy = z.infer<typeof AgreedScopeCopy>;

/** "Check your footing first": what the advice and the letters can rely on. */
export const FootingDraft = z.object({
  agreedInWriting: choice(YES_PARTLY_NO, ""),
  delivered: choice(YES_PARTLY_NO, ""),
  accepted: choice(["", "in-writing", "by-use", "no", "disputed"], ""),
  /** The contract wizard's draft id when the terms were written here, else "". */
  contractId: line(40),
  /** Its scope as it was when the case was linked (null: not linked, or the contract was unfinished). */
  agreedScope: z._default(z.nullable(AgreedScopeCopy), null),
  evidenceKept: list(z.enum(["contract", "scope-changes", "acceptance", "delivery", "invoice", "reminders", "call-notes"]), 7, []),
  contactSoFar: choice(["", "none", "reminded", "talked", "promised", "refused"], ""),
  clientSaid: text(2_000),
  /** Whether the contract lets the user pause work on an overdue invoice, and after how many days overdue. */
  pauseWork: choice(["", "yes", "no"], ""),
  pauseWorkAfterDays: line(10, "14"),
  /** Where the user would go to court: a key of small-claims-limits.ts, "elsewhere", or "" (not said). */
  courtIn: line(20),
});
export type FootingDraft = z.infer<typeof FootingDraft>;

export const SITUATIONS = ["silent", "dispute", "hardship"] as const;

export const PlanStepStateDraft = z.object({
  state: choice(["todo", "sent", "skipped"], "todo"),
  /** The day it was sent or skipped. */
  on: line(10),
});
export type PlanStepStateDraft = z.infer<typeof PlanStepStateDraft>;

/** A message the user edited; "" fields mean "use the prefilled text". */
export const MessageEditDraft = z.object({
  subject: line(200),
  body: text(10_000),
});
export type MessageEditDraft = z.infer<typeof MessageEditDraft>;

export const DisputeDraft = z.object({
  /** What the client says is wrong, in their words. */
  complaint: text(2_000),
  /** The part of the balance not in dispute, which the client is asked to pay now. */
  undisputedAmount: line(40),
  /** What the user offers: fix, credit, or explain. */
  offer: choice(["", "fix", "credit", "explain"], ""),
  offerDetails: text(2_000),
});
export type DisputeDraft = z.infer<typeof DisputeDraft>;

export const PaymentPlanDraft = z.object({
  /** Paid on signing, before the instalments ("" = none). */
  downPayment: line(40),
  instalments: line(10, "3"),
  firstDate: line(10),
  every: choice(["month", "2-weeks", "week"], "month"),
  /** Days after an instalment's date before the whole balance becomes due (the plan's terms). */
  graceDays: line(10, "7"),
  /** Waive the late fees or interest if every instalment is paid on time. */
  waiveInterestIfKept: flag(true),
});
export type PaymentPlanDraft = z.infer<typeof PaymentPlanDraft>;

export const EVIDENCE_KINDS = ["reminder-sent", "call", "client-reply", "promise-to-pay", "payment", "letter-sent", "other"] as const;

export const EvidenceEntryDraft = z.object({
  id,
  date: line(10),
  kind: choice(EVIDENCE_KINDS, "other"),
  note: text(2_000),
  /** The plan step that created it when a step was marked sent, else "". */
  stepId: line(40),
});
export type EvidenceEntryDraft = z.infer<typeof EvidenceEntryDraft>;

/** Answers only the letters need. */
export const LettersDraft = z.object({
  /** What the final demand says happens next if it is not paid. */
  finalDemandNext: choice(["small-claims-court", "collection-agency", "lawyer"], "small-claims-court"),
  /** The late-fee invoice's own number ("" = the invoice's number with "-LF"). */
  lateFeeInvoiceNumber: line(60),
  /** The work a suspension notice pauses, and where the contract allows it. */
  pausedWork: text(1_000),
  contractTerm: line(200),
});
export type LettersDraft = z.infer<typeof LettersDraft>;

export const OverdueDraft = z.object({
  id: line(40),
  you: group(CreditorDraft),
  client: group(DebtorDraft),
  invoice: group(OverdueInvoiceDraft),
  /** The date the plan is worked out for; "" means the real date today. */
  asOf: line(10),
  claim: group(ClaimDraft),
  footing: group(FootingDraft),
  situation: choice(SITUATIONS, "silent"),
  /** Step id → its state. Steps not listed are to do. */
  steps: z._default(z.record(z.string().check(z.maxLength(40)), PlanStepStateDraft), {}),
  /** Step id → the user's edits of its message. */
  messages: z._default(z.record(z.string().check(z.maxLength(40)), MessageEditDraft), {}),
  dispute: group(DisputeDraft),
  paymentPlan: group(PaymentPlanDraft),
  evidence: list(EvidenceEntryDraft, MAX_EVIDENCE_ENTRIES),
  letters: group(LettersDraft),
});
export type OverdueDraft = z.infer<typeof OverdueDraft>;
