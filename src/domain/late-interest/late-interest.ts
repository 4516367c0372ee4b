import { addDays, daysBetween, formatDate } from "../dates/calendar-date";
import { lateFeeWarnings, US_GENERAL_CHECK_RATE, type LateFeeWarning } from "../law/late-fee-warnings";
import { rateInForce } from "../law/rate-in-force";
import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import { plainPercent } from "../percent/plain-percent";
import { ordinal } from "../terms/day-words";
import { lateFeeAmount, lateFeeMaximum } from "../terms/late-fee-amount";
import { lateFeeAnnualRate } from "../terms/late-fee-annual-rate";
import type { LateFeeTerms } from "../terms/late-fee-terms";
import { lateFeeClause } from "../terms/late-fee-wording";
import { halfYearStarts, interestPeriods, type InterestPeriod } from "./interest-periods";
import type { LateInterestClaim, LateInterestRegime } from "./late-interest-claim";
import { lateInterestRules } from "./late-interest-rules";
import { referenceDate } from "./reference-date";
import { STATUTORY_REGIMES, type StatutoryRegime } from "./statutory-regimes";

// Late-payment interest on one invoice, with the arithmetic shown: a table of periods (each with
// its balance, rate, the reason for that rate and its interest), the total, any late fee or fixed
// compensation, and the rules used (late-interest-rules.ts). Money is integer minor units and each
// period's interest is exact (BigInt, in lateFeeAmount) and rounded half-up once.

export type LateInterestSegment = {
  readonly from: string;
  /** Inclusive. */
  readonly to: string;
  readonly days: number;
  readonly balanceMinor: number;
  /** The central-bank rate used, in basis points; null under contract terms. */
  readonly referenceRateBp: number | null;
  /** The yearly rate charged (reference rate + margin, or the contract's), in basis points. */
  readonly rateBp: number;
  /** Which rule and which reference date gave this rate. */
  readonly why: string;
  readonly interestMinor: number;
};

export type LateInterestWarning = LateFeeWarning;

export type LateInterestResult = {
  readonly regime: LateInterestRegime;
  readonly currency: string;
  /**
   * The rule applied: its name, its name as a sentence reads it after "under" ("the Late Payment
   * of Commercial Debts (Interest) Act 1998", "§ 288(2) BGB"), its source and one paragraph about it.
   */
  readonly rule: { readonly name: string; readonly underName: string; readonly source: string; readonly summary: string };
  /** The reference-rate series used (null under contract terms), and whether the user's own rate replaced it. */
  readonly referenceRate: {
    readonly name: string;
    readonly publisher: string;
    readonly url: string;
    readonly asOf: string;
    readonly overridden: boolean;
  } | null;
  /** The first day interest (or a late fee) can run: the day after the due date, or after the grace period. */
  readonly firstDay: string;
  readonly segments: readonly LateInterestSegment[];
  /** The sum of the segments' interest. */
  readonly interestMinor: number;
  /** A contract's one-off late fee (flat-fee terms), or null. */
  readonly lateFee: { readonly amountMinor: number; readonly why: string } | null;
  /** Statutory fixed compensation; amountMinor is 0 (and `why` says why) when none is added. */
  readonly compensation: {
    readonly amountMinor: number;
    readonly rule: string | null;
    readonly source: string | null;
    /** The source as a sentence reads it after "under", e.g. "section 5A of the Late Payment … Act 1998". */
    readonly underSource: string | null;
    readonly why: string;
  };
  /** Interest + late fee + compensation: what late payment adds to the debt. */
  readonly totalClaimableMinor: number;
  /** What is still unpaid of the invoice on the calculation date. */
  readonly outstandingMinor: number;
  /** outstandingMinor + totalClaimableMinor. */
  readonly totalDueMinor: number;
  /** The counting, day-count and rounding rules, as sentences. */
  readonly rules: readonly string[];
  readonly warnings: readonly LateInterestWarning[];
};

export type LateInterestOptions = {
  /** Number and date locale for the texts (the words are English). Default "en-GB". */
  readonly locale?: string;
};

const OTHER_CONVENTION =
  "A common clause in US contracts charges “1.5% per month or the maximum rate allowed by law, whichever is less”: " +
  "state usury laws set that maximum, and some treat a late charge as interest.";

/** Simple interest for `days` days at `rateBp` a year on `balanceMinor`: the rule of late-fee-amount.ts. */
function simpleInterest(balanceMinor: number, rateBp: number, days: number): number {
  if (rateBp <= 0) return 0;
  return lateFeeAmount({ kind: "annual-rate", basisPoints: rateBp, graceDays: 0, cap: null }, balanceMinor, days);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function checkedTotal(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError("The amounts are too large to add up exactly");
  return value;
}

/** Late interest on one invoice. `claim` must have passed the LateInterestClaim schema. */
export function lateInterest(claim: LateInterestClaim, options: LateInterestOptions = {}): LateInterestResult {
  const locale = options.locale ?? "en-GB";
  const warnings: LateInterestWarning[] = [];
  const counted = claim.payments.filter((p) => p.date <= claim.calculationDate);
  const ignored = claim.payments.length - counted.length;
  if (ignored > 0) {
    warnings.push({
      code: "payments-after-calculation-date",
      message:
        `${ignored === 1 ? "One payment is" : `${ignored} payments are`} dated after the calculation date ` +
        `(${formatDate(claim.calculationDate, locale)}) and left out.`,
      source: "This calculator's counting rule",
    });
  }
  const paid = sum(counted.map((p) => p.amountMinor));
  if (paid > claim.amountMinor) {
    warnings.push({
      code: "payments-exceed-amount",
      message: `The payments add up to ${formatMoney(paid, claim.currency, locale)}, more than the invoice amount; the balance is taken as zero once paid.`,
      source: "This calculator's counting rule",
    });
  }
  const outstandingMinor = Math.max(0, claim.amountMinor - paid);

  const part =
    claim.regime === "contract" || claim.regime === "other"
      ? contractPart(claim, counted, locale, warnings)
      : statutoryPart(claim, STATUTORY_REGIMES[claim.regime], counted, locale, warnings);

  const interestMinor = checkedTotal(sum(part.segments.map((s) => s.interestMinor)));
  const totalClaimableMinor = checkedTotal(
    interestMinor + (part.lateFee?.amountMinor ?? 0) + part.compensation.amountMinor,
  );
  return {
    regime: claim.regime,
    currency: claim.currency,
    rule: part.rule,
    referenceRate: part.referenceRate,
    firstDay: part.firstDay,
    segments: part.segments,
    interestMinor,
    lateFee: part.lateFee,
    compensation: part.compensation,
    totalClaimableMinor,
    outstandingMinor,
    totalDueMinor: checkedTotal(outstandingMinor + totalClaimableMinor),
    rules: lateInterestRules(claim.regime),
    warnings,
  };
}

type Part = Pick<LateInterestResult, "rule" | "referenceRate" | "firstDay" | "segments" | "lateFee" | "compensation">;

// ---- Statutory regimes: UK, EU, Germany, France ---------------------------------------------

function statutoryPart(
  claim: Extract<LateInterestClaim, { regime: "uk" | "eu" | "de" | "fr" }>,
  regime: StatutoryRegime,
  payments: LateInterestClaim["payments"],
  locale: string,
  warnings: LateInterestWarning[],
): Part {
  const pct = (bp: number) => formatPercent(bp, locale);
  const date = (d: string) => formatDate(d, locale);
  const override = claim.referenceRateOverrideBp;
  // Interest runs from the day after the due date (UK Act s. 4; Directive art. 3(3); § 286, § 187 BGB;
  // Code de commerce art. L441-10 II).
  const firstDay = addDays(claim.dueDate, 1);
  const splits = regime.reset === "half-yearly" ? halfYearStarts(firstDay, claim.calculationDate) : [];
  const periods = interestPeriods(claim.amountMinor, payments, firstDay, claim.calculationDate, splits);
  const margin = `${plainPercent(regime.marginBasisPoints)} points`;

  let afterAsOf: string | null = null;
  const segments = periods.map((period): LateInterestSegment => {
    // UK: one reference date for the whole debt, from the day interest starts.
    const refDate = referenceDate(regime, regime.reset === "fixed" ? firstDay : period.from);
    let referenceRateBp: number;
    let why: string;
    if (override !== null) {
      referenceRateBp = override;
      why = `Reference rate you entered (${pct(override)}) + ${margin}`;
    } else {
      const entry = rateInForce(regime.series, refDate);
      if (entry === null) throw new RangeError(`No ${regime.series.name} is known for ${refDate}`);
      referenceRateBp = entry.basisPoints;
      if (refDate > regime.series.asOf && afterAsOf === null) afterAsOf = refDate;
      why =
        regime.reset === "fixed"
          ? `${regime.referenceName} in force on ${date(refDate)} (${pct(referenceRateBp)}) + ${margin}, fixed for the whole debt`
          : `${capitalise(regime.referenceName)} in force on ${date(refDate)} (${pct(referenceRateBp)}) + ${margin}, for ${halfYearName(refDate)}`;
    }
    const rateBp = referenceRateBp + regime.marginBasisPoints;
    if (rateBp <= 0) why += "; a rate of 0% or less earns no interest";
    return segment(period, referenceRateBp, rateBp, `${why} (${regime.rateSource})`);
  });

  if (override !== null) {
    warnings.push({
      code: "info-reference-rate-overridden",
      message:
        `You entered the reference rate (${pct(override)}); it is used for every period instead of ` +
        `${regime.series.name} from our dated table.`,
      source: regime.rateSource,
    });
  } else if (afterAsOf !== null) {
    warnings.push({
      code: "reference-rate-after-as-of",
      message:
        `This uses ${regime.series.name} for ${date(afterAsOf)}, but our figures are only known to be right up to ` +
        `${date(regime.series.asOf)}; we used the last rate we know. Check the rate at the ${regime.series.publisher} ` +
        `(${regime.series.url}) and enter it yourself if it changed.`,
      source: regime.series.url,
    });
  }
  if (segments.some((s) => s.referenceRateBp !== null && s.referenceRateBp < 0)) {
    warnings.push({
      code: "info-negative-reference-rate",
      message: `${capitalise(regime.referenceName)} was below zero for part of this time; the margin is added to the negative rate as the law says.`,
      source: regime.rateSource,
    });
  }

  return {
    rule: { name: regime.name, underName: regime.underName, source: `${regime.rateSource}; ${regime.compensationSource}`, summary: regime.summary },
    referenceRate: {
      name: regime.series.name,
      publisher: regime.series.publisher,
      url: regime.series.url,
      asOf: regime.series.asOf,
      overridden: override !== null,
    },
    firstDay,
    segments,
    lateFee: null,
    compensation: statutoryCompensation(claim, regime, segments.length > 0, locale, warnings),
  };
}

function statutoryCompensation(
  claim: LateInterestClaim,
  regime: StatutoryRegime,
  late: boolean,
  locale: string,
  warnings: LateInterestWarning[],
): LateInterestResult["compensation"] {
  const rule = regime.compensationRule;
  const source = regime.compensationSource;
  const underSource = regime.compensationUnderSource;
  if (!late) return { amountMinor: 0, rule, source, underSource, why: "Nothing was paid late, so no fixed compensation is due." };
  if (claim.currency !== regime.currency) {
    const why =
      `The fixed compensation is set in ${regime.currency} (${formatMoney(regime.compensationMinor(0), regime.currency, locale)} or more) ` +
      `and this invoice is in ${claim.currency}, so it is not added here. You can claim it converted at the rate of the day.`;
    warnings.push({ code: "no-compensation-other-currency", message: why, source });
    return { amountMinor: 0, rule, source, underSource, why };
  }
  // The debt is what was left unpaid when it fell due: a part paid on time was not late (UK Act
  // s. 5A(2): the sum is fixed by the size of the "qualifying debt"). Later part payments don't lower it.
  const paidOnTime = claim.payments.filter((p) => p.date <= claim.dueDate).reduce((sum, p) => sum + p.amountMinor, 0);
  const debtMinor = Math.max(0, claim.amountMinor - paidOnTime);
  const amountMinor = regime.compensationMinor(debtMinor);
  return {
    amountMinor,
    rule,
    source,
    underSource,
    why:
      regime.id === "uk"
        ? `${formatMoney(amountMinor, "GBP", locale)} for a debt of ${formatMoney(debtMinor, "GBP", locale)}${paidOnTime > 0 ? " (what was unpaid on the due date)" : ""}`
        : `${formatMoney(amountMinor, "EUR", locale)} for this late invoice`,
  };
}

// ---- Contract terms: "contract" and "other" ---------------------------------------------------

function contractPart(
  claim: Extract<LateInterestClaim, { regime: "contract" | "other" }>,
  payments: LateInterestClaim["payments"],
  locale: string,
  warnings: LateInterestWarning[],
): Part {
  const { terms } = claim;
  const graceDays = terms.kind === "none" ? 0 : terms.graceDays;
  // Charges start on the first day after the grace period (late-fee-terms.ts).
  const firstDay = addDays(claim.dueDate, graceDays + 1);
  const clause = lateFeeClause(terms, { currency: claim.currency, locale });
  const rule =
    claim.regime === "contract"
      ? { name: "The contract's late-fee terms", underName: "the contract's late-fee terms", source: "The contract's late-fee clause", summary: clause }
      : {
          name: "Contract terms only",
          underName: "the contract's terms",
          source: "The contract's late-fee clause",
          summary:
            "Outside the UK and the EU this site knows no statutory late-payment interest, so only the contract's own " +
            `terms are applied. ${OTHER_CONVENTION} The clause: ${clause}`,
        };
  if (claim.regime === "other") otherWarnings(claim, terms, locale, warnings);

  const noCompensation = {
    amountMinor: 0,
    rule: null,
    source: null,
    underSource: null,
    why: "Under contract terms alone there is no statutory fixed compensation.",
  };
  const base = { rule, referenceRate: null, firstDay, compensation: noCompensation };
  const annual = lateFeeAnnualRate(terms);
  const periods = terms.kind === "none" ? [] : interestPeriods(claim.amountMinor, payments, firstDay, claim.calculationDate);

  if (terms.kind === "flat") {
    // Charged once if anything is still unpaid on the first day after the grace period.
    const owed = periods.length > 0 && periods[0]!.from === firstDay;
    const amountMinor = owed ? lateFeeAmount(terms, claim.amountMinor, daysBetween(claim.dueDate, claim.calculationDate)) : 0;
    const capped = amountMinor < terms.amount ? ", reduced to the contract's maximum" : "";
    return {
      ...base,
      segments: [],
      lateFee: {
        amountMinor,
        why: owed
          ? `One-off late fee of ${formatMoney(terms.amount, claim.currency, locale)} due on ${formatDate(firstDay, locale)}${capped}`
          : "No late fee: the invoice was paid in full before the grace period ended",
      },
    };
  }
  if (annual === null) return { ...base, segments: [], lateFee: null };

  const pct = (bp: number) => formatPercent(bp, locale);
  const rateText =
    terms.kind === "percent-per-month" ? `${pct(terms.basisPoints)} a month (${pct(annual)} a year)` : `${pct(annual)} a year`;
  const start = graceDays === 0 ? "the day after the due date" : `the ${ordinal(graceDays + 1)} day after the due date`;
  const cap = terms.kind === "none" ? null : terms.cap;
  let room = lateFeeMaximum(terms, claim.amountMinor); // null: no cap
  const segments = periods.map((period) => {
    let interest = simpleInterest(period.balanceMinor, annual, period.days);
    let why = `Contract rate ${rateText}, from ${start}`;
    if (room !== null) {
      if (interest > room) {
        interest = room;
        why += `; reduced so the charges stay within the contract's maximum of ${pct(cap?.basisPoints ?? 0)} of the invoice amount`;
      }
      room -= interest;
    }
    return { ...segment(period, null, annual, why), interestMinor: interest };
  });
  return { ...base, segments, lateFee: null };
}

function otherWarnings(
  claim: Extract<LateInterestClaim, { regime: "other" }>,
  terms: LateFeeTerms,
  locale: string,
  warnings: LateInterestWarning[],
): void {
  warnings.push({
    code: "info-contract-terms-only",
    message: `Only the contract's terms are applied: no statutory interest or compensation is added. ${OTHER_CONVENTION}`,
    source: "The contract's late-fee clause",
  });
  const ctx = { currency: claim.currency, locale };
  if (claim.usState !== null) {
    warnings.push(...lateFeeWarnings(terms, { kind: "us-state", state: claim.usState }, ctx));
    return;
  }
  const annual = lateFeeAnnualRate(terms);
  if (annual !== null && annual > US_GENERAL_CHECK_RATE) {
    warnings.push({
      code: "above-usual-maximum",
      message:
        `${formatPercent(annual, locale)} a year is above 18% a year (1.5% a month), the level many US states and other ` +
        "places cap late charges at. Check the usury law of the place whose law governs the contract.",
      source: "Usury laws vary by place; no specific limit is claimed here",
    });
  }
}

// ---- Small helpers --------------------------------------------------------------------------

function segment(period: InterestPeriod, referenceRateBp: number | null, rateBp: number, why: string): LateInterestSegment {
  return {
    from: period.from,
    to: period.to,
    days: period.days,
    balanceMinor: period.balanceMinor,
    referenceRateBp,
    rateBp,
    why,
    interestMinor: simpleInterest(period.balanceMinor, rateBp, period.days),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 January 2024" → "January to June 2024"; "1 July 2024" → "July to December 2024". */
function halfYearName(halfYearStart: string): string {
  const year = halfYearStart.slice(0, 4);
  return halfYearStart.slice(5, 7) === "01" ? `January to June ${year}` : `July to December ${year}`;
}
