import { CalendarDate, compareDates, daysBetween } from "../../dates/calendar-date";
import { isCurrencyCode } from "../../money/currency";
import { isNumberLocale } from "../../money/number-locales";
import { z } from "../../zod";

// What the get-paid letters are built from: plain values, already checked by the assistant
// (the lead maps the checked overdue case and the interest calculator's result onto these).
// Money is integer minor units of the invoice's currency; dates are "YYYY-MM-DD". The schemas
// also check that the figures agree with each other (payments and balance, segments and
// interest, an instalment plan and the balance), so a letter never prints sums that don't add up.

export const Minor = z.int().check(z.minimum(0));
const Days = z.int().check(z.minimum(0), z.maximum(36_500));
const Line = z.string().check(z.maxLength(400));
const Text = z.string().check(z.maxLength(10_000));
const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

/** The user: who writes the letter and is owed the money. */
export const LetterSender = z.object({
  name: Line,
  businessName: Line,
  /** Printed one per line, as given. */
  addressLines: z.array(Line),
  email: Line,
  phone: Line,
  /** A VAT or tax number, printed on the late-fee invoice when given. */
  taxId: z._default(Line, ""),
});
export type LetterSender = z.infer<typeof LetterSender>;

/** The client: who owes. */
export const LetterRecipient = z.object({
  name: Line,
  businessName: Line,
  addressLines: z.array(Line),
  email: Line,
});
export type LetterRecipient = z.infer<typeof LetterRecipient>;

export const LetterPayment = z.object({ date: CalendarDate, amountMinor: Minor });
export type LetterPayment = z.infer<typeof LetterPayment>;

/** The unpaid invoice. balanceMinor is what is left after the payments. */
export const LetterInvoice = z
  .object({
    number: Line,
    description: Line,
    /** ISO 4217, e.g. "EUR". */
    currency: z.string().check(z.refine(isCurrencyCode, { error: "Unknown currency" })),
    /** How numbers are written, e.g. "de-DE"; the text is English either way. */
    numberLocale: z.string().check(z.refine(isNumberLocale, { error: "Unknown number style" })),
    amountMinor: Minor,
    issueDate: CalendarDate,
    dueDate: CalendarDate,
    payments: z.array(LetterPayment),
    balanceMinor: Minor,
    daysOverdue: Days,
  })
  .check(
    z.refine((invoice) => invoice.balanceMinor === invoice.amountMinor - sum(invoice.payments.map((p) => p.amountMinor)), {
      error: "The balance must be the amount less the payments",
      path: ["balanceMinor"],
    }),
  );
export type LetterInvoice = z.infer<typeof LetterInvoice>;

/** One period of the interest calculation, at one rate on one balance. */
export const InterestSegment = z.object({
  from: CalendarDate,
  to: CalendarDate,
  days: Days,
  balanceMinor: Minor,
  /** The yearly rate as it is to be printed, e.g. "11.27%" or "11,27 %". */
  ratePercentText: Line,
  interestMinor: Minor,
});
export type InterestSegment = z.infer<typeof InterestSegment>;

/** Interest, a contract's late fee and statutory fixed compensation claimed, with the rules they come from. */
export const LetterClaim = z
  .object({
    interestMinor: Minor,
    /** Statutory fixed compensation for recovery costs; 0 when none is claimed. */
    compensationMinor: Minor,
    /** A contract's one-off late fee: a charge the client agreed to, never called compensation. */
    lateFeeMinor: z._default(Minor, 0),
    /** e.g. "Late Payment of Commercial Debts (Interest) Act 1998". */
    ruleName: Line,
    /** e.g. "section 6: 8% above the Bank of England base rate". */
    ruleSource: Line,
    /** The rule in a sentence or two, as the calculator states it. */
    rulesText: Text,
    segments: z.array(InterestSegment),
    /** Where the fixed compensation comes from, e.g. "section 5A of the Act (£70 on a debt of £1,000 to £9,999.99)"; "" when none is claimed. */
    compensationRule: Line,
    /** Where the late fee comes from, e.g. "the contract's late-fee clause"; "" when none is charged. */
    lateFeeRule: z._default(Line, ""),
  })
  .check(
    z.refine((claim) => claim.segments.length === 0 || sum(claim.segments.map((s) => s.interestMinor)) === claim.interestMinor, {
      error: "The interest must be the sum of its segments",
      path: ["interestMinor"],
    }),
  );
export type LetterClaim = z.infer<typeof LetterClaim>;

/** What every letter has. */
export const letterBasics = {
  /** The date printed on the letter. */
  letterDate: CalendarDate,
  sender: LetterSender,
  recipient: LetterRecipient,
  invoice: LetterInvoice,
  /** How to pay, as the user wrote it (account, IBAN, link); printed line by line. "" = none. */
  paymentDetails: z._default(Text, ""),
};

export const FINAL_DEMAND_STEPS = ["small-claims-court", "collection-agency", "lawyer"] as const;
export type FinalDemandStep = (typeof FINAL_DEMAND_STEPS)[number];

export const FormalNoticeInput = z
  .object({
    ...letterBasics,
    kind: z.enum(["formal-notice", "final-demand"]),
    claim: z._default(z.nullable(LetterClaim), null),
    /** The date payment must arrive by. */
    deadline: CalendarDate,
    /** Earlier reminders, by date, mentioned in the letter. */
    remindedOn: z._default(z.array(CalendarDate), []),
    /** Final demand only: the step the user will take if unpaid. */
    nextStep: z._default(z.nullable(z.enum(FINAL_DEMAND_STEPS)), null),
  })
  .check(
    z.refine((input) => input.kind === "formal-notice" || input.nextStep !== null, {
      error: "A final demand names the next step",
      path: ["nextStep"],
    }),
    z.refine((input) => compareDates(input.deadline, input.letterDate) > 0, {
      error: "The deadline must be after the letter date",
      path: ["deadline"],
    }),
  );
export type FormalNoticeInput = z.infer<typeof FormalNoticeInput>;

export const PlanInstalment = z.object({ dueDate: CalendarDate, amountMinor: Minor });
export type PlanInstalment = z.infer<typeof PlanInstalment>;

export const PaymentPlanInput = z
  .object({
    ...letterBasics,
    claim: z._default(z.nullable(LetterClaim), null),
    /** Paid on signing, before the instalments; null = none. */
    downPayment: z._default(z.nullable(PlanInstalment), null),
    instalments: z.array(PlanInstalment).check(z.minLength(1), z.maxLength(60)),
    /** Days after a missed instalment's due date before the whole balance becomes due. */
    graceDays: Days,
    /** Interest and fees are waived if every instalment is paid on time. */
    waiveInterestIfKept: z.boolean(),
  })
  .check(
    z.refine(
      (input) => (input.downPayment?.amountMinor ?? 0) + sum(input.instalments.map((i) => i.amountMinor)) === input.invoice.balanceMinor,
      { error: "The down payment and the instalments must add up to the balance", path: ["instalments"] },
    ),
    z.refine((input) => input.instalments.every((item, i, all) => i === 0 || compareDates(all[i - 1]!.dueDate, item.dueDate) < 0), {
      error: "Instalment dates must follow one another",
      path: ["instalments"],
    }),
  );
export type PaymentPlanInput = z.infer<typeof PaymentPlanInput>;

export const Deliverable = z.object({ title: Line, acceptanceCriteria: Text });
export type Deliverable = z.infer<typeof Deliverable>;

/** What was agreed: the project, its deliverables and how acceptance works. */
export const AgreedScope = z.object({
  projectTitle: Line,
  deliverables: z.array(Deliverable),
  /** Days the client had to review a delivery; null when the contract set none. */
  acceptanceDays: z._default(z.nullable(Days), null),
  /** The day the work was accepted (in writing or by use), when it was. */
  acceptedOn: z._default(z.nullable(CalendarDate), null),
  /** What the agreement left out, one item each. */
  exclusions: z._default(z.array(Text), []),
  /** Rounds of revisions included; null when the agreement set none. */
  revisionRounds: z._default(z.nullable(Days), null),
  /** Whether changes to the scope had to be asked for in writing. */
  changesInWriting: z._default(z.boolean(), false),
});
export type AgreedScope = z.infer<typeof AgreedScope>;

export const DISPUTE_OFFERS = ["fix", "credit", "explain"] as const;

export const DisputeResponseInput = z
  .object({
    ...letterBasics,
    /** What the client says is wrong, in their words: quoted as given. */
    complaint: Text,
    /** When the client raised it; null when not known. */
    complaintDate: z._default(z.nullable(CalendarDate), null),
    scope: z._default(z.nullable(AgreedScope), null),
    /** The part of the balance the client does not dispute. */
    undisputedMinor: Minor,
    /** The date the undisputed part should be paid by. */
    payUndisputedBy: CalendarDate,
    offer: z.enum(DISPUTE_OFFERS),
    /** What the fix, credit or explanation is, in the user's words. */
    offerDetails: Text,
    /** The credit offered (offer "credit"), else null. */
    creditMinor: z._default(z.nullable(Minor), null),
  })
  .check(
    z.refine((input) => input.undisputedMinor <= input.invoice.balanceMinor, {
      error: "The undisputed part can't be more than the balance",
      path: ["undisputedMinor"],
    }),
    z.refine((input) => input.creditMinor === null || input.creditMinor <= input.invoice.balanceMinor, {
      error: "The credit can't be more than the balance",
      path: ["creditMinor"],
    }),
  );
export type DisputeResponseInput = z.infer<typeof DisputeResponseInput>;

export const WorkSuspensionInput = z
  .object({
    ...letterBasics,
    /** The work that stops, e.g. "Development of the booking system (milestone 3)". */
    pausedWork: Text,
    /** The first day no work is done. */
    pauseFrom: CalendarDate,
    /** Where the contract allows the pause, e.g. "clause 6.2 of our agreement of 1 March 2027". */
    contractTerm: Line,
    /** Days overdue after which the contract allows the pause. */
    allowedAfterDays: Days,
    /** Working days after payment arrives within which work restarts; null = not stated. */
    restartWithinDays: z._default(z.nullable(Days), null),
  })
  .check(
    // The contract's pause clause: work may pause only after telling the client in writing, and
    // only once the invoice is more than the agreed number of days overdue (protection-sections.ts).
    z.refine((input) => compareDates(input.pauseFrom, input.letterDate) >= 0, {
      error: "Work can pause only from the date of the notice",
      path: ["pauseFrom"],
    }),
    z.refine((input) => daysBetween(input.invoice.dueDate, input.pauseFrom) > input.allowedAfterDays, {
      error: "The contract allows a pause only once the invoice is more overdue than that",
      path: ["pauseFrom"],
    }),
  );
export type WorkSuspensionInput = z.infer<typeof WorkSuspensionInput>;

export const LateFeeInvoiceInput = z
  .object({
    ...letterBasics,
    claim: LetterClaim,
    /** This invoice's own number, from the user's invoice series. */
    number: Line,
    /** When this invoice is due. */
    dueDate: CalendarDate,
    /** One line per interest segment (true) or one interest line with the segments listed under it. */
    linePerSegment: z._default(z.boolean(), false),
  })
  .check(
    z.refine((input) => input.claim.interestMinor + input.claim.compensationMinor + input.claim.lateFeeMinor > 0, {
      error: "There is no interest, late fee or compensation to invoice",
      path: ["claim"],
    }),
  );
export type LateFeeInvoiceInput = z.infer<typeof LateFeeInvoiceInput>;

export const EvidenceEntry = z.object({
  date: CalendarDate,
  /** What happened, e.g. "Reminder sent by email". */
  what: Line,
  note: Text,
});
export type EvidenceEntry = z.infer<typeof EvidenceEntry>;

export const EvidenceTimelineInput = z.object({
  ...letterBasics,
  claim: z._default(z.nullable(LetterClaim), null),
  entries: z.array(EvidenceEntry).check(z.maxLength(500)),
});
export type EvidenceTimelineInput = z.infer<typeof EvidenceTimelineInput>;
