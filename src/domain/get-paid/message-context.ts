import { formatMoney } from "../money/format-money";
import type { CaseInterest } from "./interest-claim";
import { claimSentence } from "./interest-claim";
import type { MessageContext } from "./messages";
import type { OverdueCase } from "./overdue-case";
import type { LettersDraft } from "./overdue-draft";

// What the messages need from outside the case, so an e-mail says what its letter says: the
// interest sentence, the total asked for, and the next step the final demand names.

const NEXT_STEP_WORDS: Record<LettersDraft["finalDemandNext"], string> = {
  "small-claims-court": "start a claim in the small claims court",
  "collection-agency": "pass the debt to a collection agency",
  lawyer: "ask a lawyer to recover it",
};

export function messageContext(overdue: OverdueCase, interest: CaseInterest | null, letters: LettersDraft): MessageContext {
  const claimed = interest?.kind === "result" && interest.result.totalClaimableMinor > 0 ? interest.result : null;
  return {
    claimText: claimSentence(overdue, interest),
    totalDue: claimed ? formatMoney(claimed.totalDueMinor, overdue.invoice.currency, overdue.invoice.locale) : undefined,
    finalDemandNext: NEXT_STEP_WORDS[letters.finalDemandNext],
    pauseWorkAfterDays: overdue.pauseWorkAfterDays ?? undefined,
  };
}
