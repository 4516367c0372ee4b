import { type LateInterestResult, lateInterest } from "../late-interest/late-interest";
import { LateInterestClaim } from "../late-interest/late-interest-claim";
import { formatMoney } from "../money/format-money";
import type { OverdueCase } from "./overdue-case";

// What the assistant asks the late-interest calculator for a checked case: the case's own rule
// (the contract's terms or a statute), on the balance as it stood each day, up to the day the plan
// is worked out for. Statutory interest and compensation are for business debts only (UK Act
// s. 2(1); Directive 2011/7/EU art. 1(2); BGB § 288(2); Code de commerce L441-10).

export type CaseInterest =
  | { kind: "result"; result: LateInterestResult }
  | { kind: "not-applicable"; reason: string }
  | { kind: "problem"; field: string; message: string };

const STATUTORY = new Set(["uk", "eu", "de", "fr"]);

/** The claim for the calculator, or why there is none. */
export function interestClaimFor(overdue: OverdueCase): { ok: true; claim: LateInterestClaim } | { ok: false; interest: CaseInterest } {
  const { claim, invoice } = overdue;
  if (STATUTORY.has(claim.regime) && !claim.businessClient) {
    return {
      ok: false,
      interest: {
        kind: "not-applicable",
        reason:
          "These statutory rates and the fixed compensation are for debts between businesses. A consumer owes what your contract says; " +
          "some countries also set a lower default rate for consumers (Germany: base rate + 5 points, BGB § 288(1); France: the legal " +
          "interest rate, Code civil art. 1231-6), which Upfront does not work out: choose the contract’s terms, or ask an adviser.",
      },
    };
  }
  // Outside the euro, the Directive's reference rate is the national central bank's (art. 2(7)(b)).
  if (claim.regime === "eu" && invoice.currency !== "EUR" && claim.referenceRateOverrideBp === null) {
    return {
      ok: false,
      interest: {
        kind: "problem",
        field: "claim.referenceRateOverride",
        message: `For an invoice in ${invoice.currency}, the Directive uses your central bank's rate, not the ECB's: enter that rate`,
      },
    };
  }
  const common = {
    currency: invoice.currency,
    amountMinor: invoice.amount,
    dueDate: invoice.dueDate,
    calculationDate: overdue.asOf,
    payments: invoice.partialPayments.map((p) => ({ date: p.date, amountMinor: p.amount })),
  };
  const terms = claim.lateFee ?? { kind: "none" as const };
  const raw =
    claim.regime === "contract"
      ? { regime: "contract", ...common, terms }
      : claim.regime === "other"
        ? { regime: "other", ...common, terms, usState: claim.usState }
        : { regime: claim.regime, ...common, referenceRateOverrideBp: claim.referenceRateOverrideBp };
  const parsed = LateInterestClaim.safeParse(raw);
  if (parsed.success) return { ok: true, claim: parsed.data };
  const issue = parsed.error.issues[0]!;
  // A debt older than our rate history: the user gives the rate (the only issue a checked case can raise).
  return { ok: false, interest: { kind: "problem", field: "claim.referenceRateOverride", message: issue.message } };
}

/** The interest and fees the case may claim, worked out in full, or why not. */
export function caseInterest(overdue: OverdueCase): CaseInterest {
  const made = interestClaimFor(overdue);
  if (!made.ok) return made.interest;
  return { kind: "result", result: lateInterest(made.claim, { locale: overdue.invoice.locale }) };
}

/**
 * The interest and fees as one sentence for the messages (messages.ts `claimText`), or undefined
 * when nothing is added: "Under the Late Payment … Act 1998, late payment adds interest of £48.22
 * and fixed compensation of £70.00 to the £2,400.00 still owed, £2,518.22 in all."
 */
export function claimSentence(overdue: OverdueCase, interest: CaseInterest | null): string | undefined {
  if (interest?.kind !== "result" || interest.result.totalClaimableMinor === 0) return undefined;
  const r = interest.result;
  const money = (m: number) => formatMoney(m, overdue.invoice.currency, overdue.invoice.locale);
  const parts = [
    r.interestMinor > 0 ? `interest of ${money(r.interestMinor)}` : "",
    r.lateFee && r.lateFee.amountMinor > 0 ? `a late fee of ${money(r.lateFee.amountMinor)}` : "",
    r.compensation.amountMinor > 0 ? `fixed compensation of ${money(r.compensation.amountMinor)}` : "",
  ].filter((p) => p !== "");
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0]!;
  return `Under ${r.rule.underName}, late payment adds ${list} to the ${money(r.outstandingMinor)} still owed, ${money(r.totalDueMinor)} in all.`;
}
