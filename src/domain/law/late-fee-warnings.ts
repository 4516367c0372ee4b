import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import { lateFeeAnnualRate } from "../terms/late-fee-annual-rate";
import type { LateFeeTerms } from "../terms/late-fee-terms";
import { EU_COUNTRIES, type GoverningLaw, US_STATES } from "./governing-law";
import {
  BANK_OF_ENGLAND_BANK_RATE,
  ECB_MAIN_REFINANCING_RATE,
  EURO_AREA,
  EU_LATE_PAYMENT_DIRECTIVE,
  UK_LATE_PAYMENT_ACT,
  euStatutoryReferenceRate,
  ukStatutoryRate,
} from "./reference-rates";

// Plain-English notes on a late fee under the chosen governing law. Codes starting "info-" are
// information (reference figures); the rest are warnings that the term may not be enforceable.
// These flag risks; they are not a full statement of any law.

export type LateFeeWarning = { code: string; message: string; source: string };
export type LateFeeWarningContext = { currency: string; locale: string };

/** New York civil usury limit: 16% a year (N.Y. General Obligations Law § 5-501; Banking Law § 14-a). */
export const NY_CIVIL_USURY_LIMIT = 1_600;
/** New York criminal usury: above 25% a year (N.Y. Penal Law § 190.40). */
export const NY_CRIMINAL_USURY_LIMIT = 2_500;
/** California legal rate when a contract sets none: 10% a year (Cal. Civil Code § 3289(b)). */
export const CA_LEGAL_RATE = 1_000;
/** Not a legal limit: a level above which many US states' usury rules may bite; prompts a check. */
export const US_GENERAL_CHECK_RATE = 1_800;

const PENALTY_CASE = "Cavendish Square Holding BV v Makdessi [2015] UKSC 67";

export function lateFeeWarnings(
  terms: LateFeeTerms,
  law: GoverningLaw,
  ctx: LateFeeWarningContext,
): LateFeeWarning[] {
  switch (law.kind) {
    case "uk":
      return ukWarnings(terms, ctx);
    case "eu":
      return euWarnings(terms, law.country, ctx);
    case "us-state":
      return usWarnings(terms, law.state, ctx);
    case "other":
      return [];
  }
}

function ukWarnings(terms: LateFeeTerms, { locale }: LateFeeWarningContext): LateFeeWarning[] {
  const pct = (bp: number) => formatPercent(bp, locale);
  const gbp = (minor: number) => formatMoney(minor, UK_LATE_PAYMENT_ACT.currency, locale);
  const statutory = ukStatutoryRate();
  const statutoryText =
    `${pct(statutory)} a year (the Bank of England rate of ${pct(BANK_OF_ENGLAND_BANK_RATE.basisPoints)}, ` +
    `the last we know of, plus 8 points; check the current rate at the Bank of England)`;
  const [small, medium, large] = UK_LATE_PAYMENT_ACT.fixedCompensation;
  const compensationText =
    `${gbp(small.amountMinor)} for an invoice under ${gbp(small.debtBelowMinor)}, ` +
    `${gbp(medium.amountMinor)} from ${gbp(small.debtBelowMinor)} to under ${gbp(medium.debtBelowMinor)}, ` +
    `and ${gbp(large.amountMinor)} for ${gbp(medium.debtBelowMinor)} or more`;
  const annual = lateFeeAnnualRate(terms);
  const warnings: LateFeeWarning[] = [];

  if (annual !== null && annual > statutory) {
    warnings.push({
      code: "uk-above-statutory-rate",
      message:
        `${pct(annual)} a year is more than the UK statutory late-payment rate of ${statutoryText}. ` +
        "A higher rate can be agreed, but a court may refuse to enforce it as a penalty if it is out of all " +
        "proportion to your legitimate interest in being paid on time.",
      source: `${UK_LATE_PAYMENT_ACT.rateSource}; the penalty rule as restated in ${PENALTY_CASE} (Scots law has a similar rule)`,
    });
  }
  if (terms.kind === "flat" || (annual !== null && annual < statutory)) {
    warnings.push({
      code: "info-uk-substantial-remedy",
      message:
        "Between businesses, the Act gives you statutory interest unless the contract has its own " +
        "“substantial remedy” for late payment. If a court finds your late fee is not one (for example a " +
        `small one-off fee, or a rate well below the statutory ${pct(statutory)} a year), you can claim statutory interest instead.`,
      source: `${UK_LATE_PAYMENT_ACT.name}, ss. 8 and 9`,
    });
  }
  if (terms.kind === "none") {
    warnings.push({
      code: "info-uk-statutory-interest",
      message:
        "With no late fee in the contract, a business client that pays late still owes statutory interest at " +
        `${statutoryText}, plus fixed compensation of ${compensationText}.`,
      source: `${UK_LATE_PAYMENT_ACT.rateSource}; s. 5A`,
    });
  }
  if (terms.kind === "flat") {
    warnings.push({
      code: "info-uk-fixed-compensation",
      message:
        `For comparison, the Act's fixed compensation for a late invoice from a business client is ${compensationText}.`,
      source: UK_LATE_PAYMENT_ACT.compensationSource,
    });
  }
  return warnings;
}

function euWarnings(terms: LateFeeTerms, country: string, { locale }: LateFeeWarningContext): LateFeeWarning[] {
  const pct = (bp: number) => formatPercent(bp, locale);
  const name = EU_COUNTRIES.find((c) => c.code === country)?.name ?? country;
  const minimumCompensation = formatMoney(
    EU_LATE_PAYMENT_DIRECTIVE.minimumCompensationMinor,
    EU_LATE_PAYMENT_DIRECTIVE.currency,
    locale,
  );
  const usesEuro = EURO_AREA.has(country);
  const reference = euStatutoryReferenceRate();
  const annual = lateFeeAnnualRate(terms);
  const warnings: LateFeeWarning[] = [];

  if (annual !== null && usesEuro && annual > reference) {
    warnings.push({
      code: "eu-above-reference-rate",
      message:
        `${pct(annual)} a year is above the EU minimum statutory late-payment rate of ${pct(reference)} a year ` +
        `(the ECB main refinancing rate of ${pct(ECB_MAIN_REFINANCING_RATE.basisPoints)}, the last we know of, ` +
        "plus 8 points; check the current rate at the ECB). That is only the Directive's floor: many countries set a " +
        "higher statutory rate between businesses (Germany, for example, adds 9 points to its base rate, § 288(2) BGB). " +
        `Businesses may agree their own rate, but ${name}'s law may limit one it finds excessive: check ${name}'s rules.`,
      source: `${EU_LATE_PAYMENT_DIRECTIVE.rateSource}; national law of ${name}`,
    });
  }
  if (annual !== null && !usesEuro) {
    warnings.push({
      code: "info-eu-national-reference-rate",
      message:
        `${name} does not use the euro, so its statutory late-payment rate is based on its own central bank's ` +
        `rate plus at least 8 points, not the ECB rate. Check ${name}'s current rate and compare it with your ${pct(annual)} a year.`,
      source: `Directive 2011/7/EU, art. 2(6) and 2(7)(b); national law of ${name}`,
    });
  }
  if (terms.kind === "none") {
    warnings.push({
      code: "info-eu-statutory-interest",
      message:
        "With no late fee in the contract, a business client that pays late still owes statutory interest " +
        `(at least the central bank reference rate plus 8 points) and at least ${minimumCompensation} fixed ` +
        `compensation per late invoice. ${name}'s law sets the exact figures.`,
      source: `Directive 2011/7/EU, art. 3 and 6; national law of ${name}`,
    });
  }
  if (terms.kind === "flat") {
    warnings.push({
      code: "info-eu-fixed-compensation",
      message:
        `For comparison, EU law gives a business creditor at least ${minimumCompensation} fixed compensation ` +
        `for recovery costs per late invoice${usesEuro ? "" : " (or the same in national currency)"}, ` +
        `on top of statutory interest; ${name}'s law may set more.`,
      source: EU_LATE_PAYMENT_DIRECTIVE.compensationSource,
    });
  }
  return warnings;
}

function usWarnings(terms: LateFeeTerms, state: string, { locale }: LateFeeWarningContext): LateFeeWarning[] {
  const pct = (bp: number) => formatPercent(bp, locale);
  const annual = lateFeeAnnualRate(terms);
  const warnings: LateFeeWarning[] = [];

  if (state === "NY") {
    if (annual !== null && annual > NY_CRIMINAL_USURY_LIMIT) {
      warnings.push({
        code: "us-ny-criminal-usury",
        message:
          `${pct(annual)} a year is above 25% a year, the level New York treats as criminal usury, and above ` +
          "its 16% civil limit. If a court treats the late charge as interest, it can be void. Use 16% a year or less.",
        source: "N.Y. Penal Law § 190.40; N.Y. General Obligations Law § 5-501; N.Y. Banking Law § 14-a",
      });
    } else if (annual !== null && annual > NY_CIVIL_USURY_LIMIT) {
      warnings.push({
        code: "us-ny-civil-usury",
        message:
          `${pct(annual)} a year is above New York's civil usury limit of 16% a year. If a court treats the ` +
          "late charge as interest, the rate can be void. Consider 16% a year or less.",
        source: "N.Y. General Obligations Law § 5-501; N.Y. Banking Law § 14-a",
      });
    }
    return warnings;
  }

  if (state === "CA") {
    if (annual !== null && annual > CA_LEGAL_RATE) {
      warnings.push({
        code: "us-ca-above-legal-rate",
        message:
          `${pct(annual)} a year is above California's legal rate of 10% a year, which applies when a contract ` +
          "sets no rate. A higher rate must be clearly agreed and reasonable: a late charge that works as a " +
          "penalty, rather than a fair estimate of what late payment costs you, is void.",
        source: "Cal. Civil Code § 3289(b); Cal. Civil Code § 1671",
      });
    }
    if (terms.kind === "flat") {
      warnings.push({
        code: "info-us-ca-reasonable-late-fee",
        message:
          "In California a fixed late fee is agreed (liquidated) damages. With a business client it is presumed valid " +
          "unless the client shows it was unreasonable when the contract was made (§ 1671(b)); with a consumer it holds " +
          "only if the real cost of late payment would be hard to fix and the fee is a reasonable estimate of it (§ 1671(d)).",
        source: "Cal. Civil Code § 1671(b) and (d)",
      });
    }
    return warnings;
  }

  if (annual !== null && annual > US_GENERAL_CHECK_RATE) {
    const name = US_STATES.find((s) => s.code === state)?.name ?? state;
    warnings.push({
      code: "us-above-18-percent",
      message:
        `${pct(annual)} a year is high. Many US states limit interest to around 18% a year or less, and some ` +
        `treat late charges as interest. Check ${name}'s usury law before using this rate.`,
      source: `Usury law of ${name} (limits vary by state; no specific limit is claimed here)`,
    });
  }
  return warnings;
}
