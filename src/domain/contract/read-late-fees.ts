import { parseMoney } from "../money/parse-money";
import { parsePercent } from "../percent/parse-percent";
import type { EarlyDiscount } from "../terms/early-discount";
import type { LateFeeTerms } from "../terms/late-fee-terms";
import type { ContractDraft, DiscountDraft, LateFeeDraft } from "./contract-draft";
import type { FieldErrors } from "./field-errors";
import { parseWholeNumber } from "./parse-whole-number";

// The contract and the invoice keep the same late-fee and discount answers (LateFeeDraft,
// DiscountDraft) under different steps and paths; both read them here, so the rules exist once.

/** Which step and draft path a reader records its messages under. */
export type DraftPlace<Step extends string> = { step: Step; path: string };

export function readLateFeeTerms<Step extends string>(
  l: LateFeeDraft,
  money: { currency: string; locale: string },
  place: DraftPlace<Step>,
  errors: FieldErrors<Step>,
): LateFeeTerms | undefined {
  errors.at(place.step);
  const at = (field: string) => `${place.path}.${field}`;
  const { currency, locale } = money;
  if (l.kind === "none") return { kind: "none" };
  const graceDays = errors.take(at("graceDays"), parseWholeNumber(l.graceDays, 0, 365, "the grace period in days"));
  // A cap limits interest; a one-off fee has none (its field is not even shown then).
  const capped = l.capEnabled && l.kind !== "flat";
  const cap = capped ? errors.take(at("capPercent"), parsePercent(l.capPercent, locale, { label: "the cap" })) : null;
  let terms: LateFeeTerms | undefined;
  if (l.kind === "flat") {
    const amount = errors.take(at("flatFee"), parseMoney(l.flatFee, currency, locale, { allowZero: false, label: "the late fee" }));
    if (amount !== undefined) terms = { kind: "flat", amount, graceDays: graceDays ?? 0, cap: null } as LateFeeTerms;
  } else if (l.kind === "percent-per-month") {
    const bp = errors.take(at("percentPerMonth"), parsePercent(l.percentPerMonth, locale, { label: "the monthly rate", max: 10_000 }));
    if (bp !== undefined) terms = { kind: "percent-per-month", basisPoints: bp, graceDays: graceDays ?? 0, cap: cap ? { basisPoints: cap } : null } as LateFeeTerms;
  } else {
    const bp = errors.take(at("annualRate"), parsePercent(l.annualRate, locale, { label: "the annual rate", max: 100_000 }));
    if (bp !== undefined) terms = { kind: "annual-rate", basisPoints: bp, graceDays: graceDays ?? 0, cap: cap ? { basisPoints: cap } : null } as LateFeeTerms;
  }
  if (graceDays === undefined || (capped && cap === undefined)) return undefined;
  return terms;
}

export function readLateFee(draft: ContractDraft, errors: FieldErrors): LateFeeTerms | undefined {
  return readLateFeeTerms(draft.lateFee, { currency: draft.currency, locale: draft.numberLocale }, { step: "late-fees", path: "lateFee" }, errors);
}

export type EarlyDiscountContext = {
  locale: string;
  /** Days from the invoice date to the due date; undefined when that is not known yet. */
  daysToDue: number | undefined;
  /** The message when the discount period is not shorter than `daysToDue`. */
  tooLong?: (daysToDue: number) => string;
};

export function readEarlyDiscount<Step extends string>(
  d: DiscountDraft,
  ctx: EarlyDiscountContext,
  place: DraftPlace<Step>,
  errors: FieldErrors<Step>,
): EarlyDiscount | null | undefined {
  errors.at(place.step);
  if (!d.enabled) return null;
  const percentField = `${place.path}.percent`;
  const daysField = `${place.path}.withinDays`;
  const { daysToDue, tooLong = (n: number) => `The discount period must be shorter than the payment term (${n} days)` } = ctx;
  const basisPoints = errors.take(percentField, parsePercent(d.percent, ctx.locale, { label: "the discount", max: 5_000 }));
  const withinDays = errors.take(daysField, parseWholeNumber(d.withinDays, 1, 365, "the discount period in days"));
  // As earlyDiscountFor(netDays): the discount period must end before the due date.
  if (withinDays !== undefined && daysToDue !== undefined && withinDays >= daysToDue) errors.add(daysField, tooLong(daysToDue));
  if (basisPoints === undefined || withinDays === undefined || errors.has(daysField)) return undefined;
  return { basisPoints, withinDays };
}

export function readDiscount(draft: ContractDraft, netDays: number | undefined, errors: FieldErrors): EarlyDiscount | null | undefined {
  return readEarlyDiscount(draft.discount, { locale: draft.numberLocale, daysToDue: netDays }, { step: "late-fees", path: "discount" }, errors);
}
