import { z } from "../zod";
import { CalendarDate } from "../dates/calendar-date";
import { MAX_MINOR } from "../money/minor-units";
import { LateFeeTerms } from "../terms/late-fee-terms";
import { US_STATE_CODES } from "../law/governing-law";
import { SMALL_CLAIMS_KEYS } from "./small-claims-keys";
import { FootingDraft, LATE_PAYMENT_REGIMES, MAX_INSTALMENTS, SITUATIONS } from "./overdue-draft";

// An overdue invoice whose every answer has been checked (read-overdue.ts): what the footing
// check, the plan, the messages, the payment plan and the calendar are built from. Money is in
// integer minor units of `invoice.currency`; dates are "YYYY-MM-DD".

const minor = (min: number) => z.int().check(z.minimum(min), z.maximum(MAX_MINOR));

export const CheckedPartialPayment = z.object({ id: z.string(), date: CalendarDate, amount: minor(1) });
export type CheckedPartialPayment = z.infer<typeof CheckedPartialPayment>;

/** Where the invoice stands on `asOf`. "not-due": the due date is today or later, so nothing is late yet. */
export const OVERDUE_STATUSES = ["not-due", "overdue", "paid"] as const;

export const PaymentPlanTerms = z.object({
  /** Paid on signing the plan, before the instalments; 0 = none. */
  downPayment: minor(0),
  count: z.int().check(z.minimum(2), z.maximum(MAX_INSTALMENTS)),
  firstDate: CalendarDate,
  every: z.enum(["month", "2-weeks", "week"]),
  graceDays: z.int().check(z.minimum(0), z.maximum(60)),
  waiveInterestIfKept: z.boolean(),
});
export type PaymentPlanTerms = z.infer<typeof PaymentPlanTerms>;

export const OverdueCase = z.object({
  you: z.object({ name: z.string(), businessName: z.string(), address: z.string(), email: z.string(), phone: z.string() }),
  client: z.object({
    name: z.string(),
    businessName: z.string(),
    address: z.string(),
    /** "" when not given. */
    email: z.string(),
    paymentsContactName: z.string(),
    paymentsContactEmail: z.string(),
  }),
  invoice: z.object({
    number: z.string(),
    description: z.string(),
    currency: z.string(),
    /** Number style for amounts ("en-GB", "de-DE"…). */
    locale: z.string(),
    /** As invoiced, tax included. */
    amount: minor(1),
    issueDate: CalendarDate,
    dueDate: CalendarDate,
    partialPayments: z.array(CheckedPartialPayment),
    /** "" = use the payment details on the invoice. */
    howToPay: z.string(),
  }),
  /** Σ partial payments, never more than the amount. */
  paid: minor(0),
  /** amount − paid: what is still owed. */
  balance: minor(0),
  /** The day the plan is worked out for. */
  asOf: CalendarDate,
  status: z.enum(OVERDUE_STATUSES),
  /** Whole days after the due date, on asOf; 0 when not overdue. */
  daysOverdue: z.int().check(z.minimum(0)),
  /** Whole days until the due date; 0 when due today or overdue. */
  daysUntilDue: z.int().check(z.minimum(0)),
  claim: z.object({
    regime: z.enum(LATE_PAYMENT_REGIMES),
    businessClient: z.boolean(),
    /** A business client trading in their own name (never true for a private person). */
    soleTrader: z.boolean(),
    /** The contract's late-fee terms under regime "contract" (and "other", when there are any); null under a statute. */
    lateFee: z.nullable(LateFeeTerms),
    /** A reference rate the user entered for a statute, in basis points (may be negative); null = the dated history. */
    referenceRateOverrideBp: z.nullable(z.int()),
    /** Under "other": a US state whose limits the late fee is checked against, else null. */
    usState: z.nullable(z.enum(US_STATE_CODES)),
  }),
  footing: FootingDraft,
  /** The contract lets the user pause work this many days after the due date; null when it doesn't (or not said). */
  pauseWorkAfterDays: z.nullable(z.int().check(z.minimum(0))),
  /** The small-claims court the user would use, when they said and we know its limit; else null. */
  smallClaims: z.nullable(z.enum(SMALL_CLAIMS_KEYS)),
  situation: z.enum(SITUATIONS),
  /** Read only when situation is "dispute", else null. */
  dispute: z.nullable(
    z.object({
      complaint: z.string(),
      /** The part not in dispute, at most the balance; null when not given yet. */
      undisputedAmount: z.nullable(minor(0)),
      offer: z.enum(["", "fix", "credit", "explain"]),
      offerDetails: z.string(),
    }),
  ),
  /** Read only when situation is "hardship", else null. */
  paymentPlan: z.nullable(PaymentPlanTerms),
});
export type OverdueCase = z.infer<typeof OverdueCase>;
