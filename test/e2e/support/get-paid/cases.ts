// Saved overdue cases for the get-paid e2e tests: the shared fixture, worked out for its own day,
// with changes, as the text the app keeps in localStorage.
import { SAMPLE_TODAY, sampleOverdueDraft } from "../../../fixtures/sample-overdue-draft";
import type { OverdueDraft } from "../../../../src/domain/get-paid/overdue-draft";
import { wrapOverdueDraft } from "../../../../src/domain/get-paid/overdue-envelope";
import { OVERDUE_CASE_KEY } from "../../../../src/stores/storage-keys";

export const CASE_KEY = OVERDUE_CASE_KEY;

/** The sample case (UF-0042, £2,000.00 unpaid) on 20 April 2027, with `change` applied. */
export function caseText(change: Partial<OverdueDraft> = {}): string {
  return JSON.stringify(wrapOverdueDraft({ ...sampleOverdueDraft(), asOf: SAMPLE_TODAY, ...change }, "2027-04-20T09:00:00.000Z"));
}

/** UK statutory interest (so a late-fee invoice) and a contract that lets work pause: every letter of a silent client. */
export const EVERY_LETTER: Partial<OverdueDraft> = {
  claim: { ...sampleOverdueDraft().claim, regime: "uk" },
  footing: { ...sampleOverdueDraft().footing, pauseWork: "yes", pauseWorkAfterDays: "14" },
};

export const PAYMENT_PLAN: Partial<OverdueDraft> = {
  situation: "hardship",
  paymentPlan: { downPayment: "200", instalments: "4", firstDate: "2027-05-01", every: "month", graceDays: "7", waiveInterestIfKept: true },
};

export const DISPUTE: Partial<OverdueDraft> = {
  situation: "dispute",
  dispute: { complaint: "The booking form does not send e-mails.", undisputedAmount: "1,500", offer: "fix", offerDetails: "Fix the form by 30 April." },
};
