import { addDays } from "../../dates/calendar-date";
import { type Block, TOTALS_VALUE_SHARE } from "../document-model";
import type { LetterContext } from "./letter-context";
import type { LetterClaim } from "./letter-input";

/**
 * The rule the claim rests on, named with its source, then the rule in the calculator's words:
 * "Interest is claimed under the Late Payment of Commercial Debts (Interest) Act 1998 (section 6…)."
 */
export function claimRule(claim: LetterClaim): Block[] {
  // A flat late fee alone claims no interest: the rule's own words (and the late-fee line) say what is charged.
  const blocks: Block[] =
    claim.interestMinor > 0
      ? [{ kind: "paragraph", text: `Interest is claimed under ${claim.ruleName}${claim.ruleSource ? ` (${claim.ruleSource})` : ""}.` }]
      : [];
  if (claim.rulesText) blocks.push({ kind: "paragraph", text: claim.rulesText });
  return blocks;
}

/**
 * The interest worked out period by period: Period | Days | Balance | Rate | Interest, with the
 * interest total as the footer. The last column has the totals block's share of the width, so
 * a totals block under it lines up. Null when the calculator gave no segments.
 */
export function interestTable(claim: LetterClaim, ctx: LetterContext): Block | null {
  if (claim.segments.length === 0) return null;
  return {
    kind: "table",
    caption: "How the interest is worked out",
    columns: [
      { header: "Period", align: "left", weight: 3.5 },
      { header: "Days", align: "right", weight: 1 },
      { header: "Balance", align: "right", weight: 2 },
      { header: "Yearly rate", align: "right", weight: 1.5 },
      { header: "Interest", align: "right", weight: 10 * TOTALS_VALUE_SHARE },
    ],
    rows: claim.segments.map((segment) => [
      `${ctx.date(segment.from)} – ${ctx.date(segment.to)}`,
      String(segment.days),
      ctx.money(segment.balanceMinor),
      segment.ratePercentText,
      ctx.money(segment.interestMinor),
    ]),
    footer: ["Interest", "", "", "", ctx.money(claim.interestMinor)],
    // A few periods (one per rate change or part payment): kept whole, never a caption alone at a page foot.
    keepTogether: true,
  };
}

/** "A fixed sum of £70.00 is claimed as compensation for the cost of recovering the debt, under …". */
export function compensationText(claim: LetterClaim, ctx: LetterContext): Block | null {
  if (claim.compensationMinor === 0) return null;
  const rule = claim.compensationRule ? `, under ${claim.compensationRule}` : "";
  return {
    kind: "paragraph",
    text: `A fixed sum of ${ctx.money(claim.compensationMinor)} is claimed as compensation for the cost of recovering the debt${rule}.`,
  };
}

/** "A late fee of £50.00 is charged under the contract's late-fee clause." */
export function lateFeeText(claim: LetterClaim, ctx: LetterContext): Block | null {
  if (claim.lateFeeMinor === 0) return null;
  const rule = claim.lateFeeRule ? ` under ${claim.lateFeeRule}` : "";
  return { kind: "paragraph", text: `A late fee of ${ctx.money(claim.lateFeeMinor)} is charged${rule}.` };
}

/** "interest and compensation", "interest and late fee", "late fee": only what is claimed, in that order. */
export function claimedWords(claim: LetterClaim): string {
  const parts = [claim.interestMinor > 0 ? "interest" : "", claim.lateFeeMinor > 0 ? "late fee" : "", claim.compensationMinor > 0 ? "compensation" : ""].filter((p) => p !== "");
  return listWords(parts.length > 0 ? parts : ["interest"]);
}

/** "£31.54 in interest, £50.00 as a late fee and £70.00 in compensation": the non-zero amounts. */
export function claimedAmounts(claim: LetterClaim, ctx: LetterContext): string {
  const parts = [
    claim.interestMinor > 0 ? `${ctx.money(claim.interestMinor)} in interest` : "",
    claim.lateFeeMinor > 0 ? `${ctx.money(claim.lateFeeMinor)} as a late fee` : "",
    claim.compensationMinor > 0 ? `${ctx.money(claim.compensationMinor)} in compensation` : "",
  ].filter((p) => p !== "");
  return listWords(parts);
}

function listWords(parts: readonly string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "");
}

/** Interest + late fee + compensation: what lateness adds to the balance. */
export function claimedMinor(claim: LetterClaim | null): number {
  return claim ? claim.interestMinor + claim.lateFeeMinor + claim.compensationMinor : 0;
}

/** Balance + interest + late fee + compensation. */
export function totalNowDue(ctx: LetterContext, claim: LetterClaim | null): number {
  return ctx.invoice.balanceMinor + claimedMinor(claim);
}

/** Balance, interest, late fee and compensation, and the total now due in bold. */
export function claimTotals(ctx: LetterContext, claim: LetterClaim | null): Block {
  const rows: { label: string; value: string; strong?: boolean }[] = [{ label: "Unpaid balance", value: ctx.money(ctx.invoice.balanceMinor) }];
  if (claim && claim.interestMinor > 0) rows.push({ label: "Interest", value: ctx.money(claim.interestMinor) });
  if (claim && claim.lateFeeMinor > 0) rows.push({ label: "Late fee", value: ctx.money(claim.lateFeeMinor) });
  if (claim && claim.compensationMinor > 0) rows.push({ label: "Compensation", value: ctx.money(claim.compensationMinor) });
  rows.push({ label: "Total now due", value: ctx.money(totalNowDue(ctx, claim)), strong: true });
  return { kind: "totals", rows };
}

/**
 * Interest keeps running after the letter: claiming it now does not give up the rest. It runs
 * until the debt is paid, not until a demand: UK Late Payment of Commercial Debts (Interest) Act
 * 1998 s.4 (the period statutory interest runs for); Germany BGB § 288(1) (for the
 * whole time of default); a contract's own late fee, as Upfront words it, "until payment".
 */
export function furtherInterestLine(ctx: LetterContext, letterDate: string, claim: LetterClaim | null): Block {
  // A one-off late fee (or fixed compensation) does not run on: only claimed interest does.
  const text = claim && claim.interestMinor > 0
    ? `Interest continues to run on the unpaid balance from ${ctx.date(addDays(letterDate, 1))}, the day after this letter's figures, until it is paid in full. I keep the right to claim that further interest, and this letter does not give up any other right I have.`
    : "I keep the right to claim interest and compensation for the late payment where our agreement or the law gives them, until the balance is paid in full.";
  return { kind: "paragraph", text };
}

/**
 * "How to pay": the user's payment details line by line, with the invoice number to quote
 * (the unpaid invoice's, unless `reference` names another, such as a late-fee invoice's).
 */
export function howToPay(ctx: LetterContext, paymentDetails: string, reference = ctx.invoice.number): Block[] {
  const blocks: Block[] = [];
  if (paymentDetails.trim()) blocks.push({ kind: "paragraph", text: paymentDetails.trim() });
  blocks.push({ kind: "paragraph", text: `Please quote invoice ${reference} with your payment so it can be matched.` });
  return blocks;
}
