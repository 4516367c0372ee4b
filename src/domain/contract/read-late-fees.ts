import { parseMoney } from "../money/parse-money";
import { parsePercent } from "../percent/parse-percent";
import type { EarlyDiscount } from "../terms/early-discount";
import type { LateFeeTerms } from "../terms/late-fee-terms";
import type { ContractDraft } from "./contract-draft";
import type { FieldErrors } from "./field-errors";
import { parseWholeNumber } from "./parse-whole-number";

export function readLateFee(draft: ContractDraft, errors: FieldErrors): LateFeeTerms | undefined {
  errors.at("late-fees");
  const l = draft.lateFee;
  const { currency, numberLocale: locale } = draft;
  if (l.kind === "none") return { kind: "none" };
  const graceDays = errors.take("lateFee.graceDays", parseWholeNumber(l.graceDays, 0, 365, "the grace period in days"));
  // A cap limits interest; a one-off fee has none (its field is not even shown then).
  const capped = l.capEnabled && l.kind !== "flat";
  const cap = capped ? errors.take("lateFee.capPercent", parsePercent(l.capPercent, locale, { label: "the cap" })) : null;
  let terms: LateFeeTerms | undefined;
  if (l.kind === "flat") {
    const amount = errors.take("lateFee.flatFee", parseMoney(l.flatFee, currency, locale, { allowZero: false, label: "the late fee" }));
    if (amount !== undefined) terms = { kind: "flat", amount, graceDays: graceDays ?? 0, cap: null } as LateFeeTerms;
  } else if (l.kind === "percent-per-month") {
    const bp = errors.take("lateFee.percentPerMonth", parsePercent(l.percentPerMonth, locale, { label: "the monthly rate", max: 10_000 }));
    if (bp !== undefined) terms = { kind: "percent-per-month", basisPoints: bp, graceDays: graceDays ?? 0, cap: cap ? { basisPoints: cap } : null } as LateFeeTerms;
  } else {
    const bp = errors.take("lateFee.annualRate", parsePercent(l.annualRate, locale, { label: "the annual rate", max: 100_000 }));
    if (bp !== undefined) terms = { kind: "annual-rate", basisPoints: bp, graceDays: graceDays ?? 0, cap: cap ? { basisPoints: cap } : null } as LateFeeTerms;
  }
  if (graceDays === undefined || (capped && cap === undefined)) return undefined;
  return terms;
}

export function readDiscount(draft: ContractDraft, netDays: number | undefined, errors: FieldErrors): EarlyDiscount | null | undefined {
  errors.at("late-fees");
  const d = draft.discount;
  if (!d.enabled) return null;
  const basisPoints = errors.take("discount.percent", parsePercent(d.percent, draft.numberLocale, { label: "the discount", max: 5_000 }));
  const withinDays = errors.take("discount.withinDays", parseWholeNumber(d.withinDays, 1, 365, "the discount period in days"));
  if (withinDays !== undefined && netDays !== undefined && withinDays >= netDays)
    errors.add("discount.withinDays", `The discount period must be shorter than the payment term (${netDays} days)`);
  if (basisPoints === undefined || withinDays === undefined || errors.has("discount.withinDays")) return undefined;
  return { basisPoints, withinDays };
}
