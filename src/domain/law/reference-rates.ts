import { formatDate } from "../dates/calendar-date";
import { formatPercent } from "../percent/format-percent";
import { lastKnownRate } from "./rate-in-force";
import {
  BANK_OF_ENGLAND_BANK_RATE_HISTORY,
  ECB_MAIN_REFINANCING_RATE_HISTORY,
  type ReferenceRateSeries,
} from "./reference-rate-history";

// Statutory late-payment rates and fixed compensation, with their sources.
//
// Central bank rates change several times a year and this site has no server to fetch them, so
// each is the LAST KNOWN rate with its effective date. Anything shown to users from this file
// must say that the current rate has to be checked at the publisher (see `checkAtPublisher`).
// The rates themselves are written once, in the dated histories of reference-rate-history.ts
// (with their sources); the constants here are the last entry of each history.

export type CentralBankRate = {
  readonly name: string;
  readonly basisPoints: number;
  /** The day this rate took effect. */
  readonly effectiveFrom: string;
  /** The latest date on which this rate was known to be unchanged. */
  readonly lastKnownAsOf: string;
  readonly publisher: string;
  readonly url: string;
};

function lastKnown(series: ReferenceRateSeries): CentralBankRate {
  const last = lastKnownRate(series);
  return {
    name: series.name,
    basisPoints: last.basisPoints,
    effectiveFrom: last.from,
    lastKnownAsOf: series.asOf,
    publisher: series.publisher,
    url: series.url,
  };
}

/** Bank of England Bank Rate: the last change in BANK_OF_ENGLAND_BANK_RATE_HISTORY (3.75% from 18 December 2025). */
export const BANK_OF_ENGLAND_BANK_RATE: CentralBankRate = lastKnown(BANK_OF_ENGLAND_BANK_RATE_HISTORY);

/** ECB main refinancing operations rate: the last change in ECB_MAIN_REFINANCING_RATE_HISTORY (2.15% from 11 June 2025). */
export const ECB_MAIN_REFINANCING_RATE: CentralBankRate = lastKnown(ECB_MAIN_REFINANCING_RATE_HISTORY);

/** Wording for users next to any rate from this file. */
export function checkAtPublisher(rate: CentralBankRate, locale: string): string {
  return (
    `This uses the last rate we know of: ${rate.name} ${formatPercent(rate.basisPoints, locale)}, ` +
    `in force from ${formatDate(rate.effectiveFrom, locale)}. Check the current rate at the ${rate.publisher}: ${rate.url}`
  );
}

// ---- United Kingdom ----------------------------------------------------------------------

/**
 * Late Payment of Commercial Debts (Interest) Act 1998 (business-to-business contracts for goods
 * or services; the Act extends to the whole UK). Statutory interest is simple interest at 8 percentage
 * points over the Bank of England rate (s. 6; Late Payment of Commercial Debts (Rate of Interest)
 * (No. 3) Order 2002, SI 2002/1675, art. 4; a Scottish order sets the same rule for Scotland).
 * The base rate used is fixed for six months: the one in force on 31 December applies to interest
 * that starts running from 1 January to 30 June, the one in force on 30 June to interest that starts
 * from 1 July to 31 December.
 */
export const UK_LATE_PAYMENT_ACT = {
  name: "Late Payment of Commercial Debts (Interest) Act 1998",
  marginBasisPoints: 800,
  rateSource:
    "Late Payment of Commercial Debts (Interest) Act 1998, s. 6, and the Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002 (SI 2002/1675)",
  /**
   * Fixed compensation per late invoice, in pence, by the size of the debt (s. 5A, inserted by the
   * Late Payment of Commercial Debts Regulations 2002, SI 2002/1674): £40 under £1,000; £70 from
   * £1,000 to under £10,000; £100 for £10,000 or more. Since SI 2013/395 (s. 5A(2A)) reasonable
   * recovery costs above the fixed sum can also be claimed.
   */
  fixedCompensation: [
    { debtBelowMinor: 100_000, amountMinor: 4_000 },
    { debtBelowMinor: 1_000_000, amountMinor: 7_000 },
    { debtBelowMinor: null, amountMinor: 10_000 },
  ],
  compensationSource: "Late Payment of Commercial Debts (Interest) Act 1998, s. 5A",
  currency: "GBP",
} as const;

/** The UK statutory late-payment rate from the last known base rate: 3.75% + 8 = 11.75% a year. */
export function ukStatutoryRate(): number {
  return BANK_OF_ENGLAND_BANK_RATE.basisPoints + UK_LATE_PAYMENT_ACT.marginBasisPoints;
}

/** The Act's fixed compensation in pence for a debt of `debtMinor` pence. */
export function ukFixedCompensation(debtMinor: number): number {
  for (const band of UK_LATE_PAYMENT_ACT.fixedCompensation) {
    if (band.debtBelowMinor === null || debtMinor < band.debtBelowMinor) return band.amountMinor;
  }
  return UK_LATE_PAYMENT_ACT.fixedCompensation[2].amountMinor;
}

// ---- European Union ----------------------------------------------------------------------

/**
 * Directive 2011/7/EU on combating late payment in commercial transactions. Statutory interest is
 * simple interest at the reference rate plus at least 8 percentage points (art. 2(6)); for euro
 * countries the reference rate is the ECB main refinancing rate, for the others the national
 * central bank's equivalent (art. 2(7)); the rate in force on 1 January applies for the first half
 * of the year and the one on 1 July for the second (art. 3(2)). At least €40 fixed compensation per
 * late payment (art. 6(1)). Each member state sets its own rate in national law within these minimums.
 */
export const EU_LATE_PAYMENT_DIRECTIVE = {
  name: "Late Payment Directive 2011/7/EU",
  minimumMarginBasisPoints: 800,
  rateSource: "Directive 2011/7/EU, art. 2(6), 2(7) and 3(2)",
  minimumCompensationMinor: 4_000,
  compensationSource: "Directive 2011/7/EU, art. 6(1)",
  currency: "EUR",
} as const;

/** The Directive's minimum statutory rate from the last known ECB rate: 2.15% + 8 = 10.15% a year. */
export function euStatutoryReferenceRate(): number {
  return ECB_MAIN_REFINANCING_RATE.basisPoints + EU_LATE_PAYMENT_DIRECTIVE.minimumMarginBasisPoints;
}

/**
 * EU members using the euro, whose reference rate is the ECB's. Bulgaria joined on 1 January 2026
 * (Council decision of July 2025). The others (CZ, DK, HU, PL, RO, SE) use their central bank's rate.
 */
export const EURO_AREA: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES",
]);

// ---- Germany -----------------------------------------------------------------------------

/**
 * Bürgerliches Gesetzbuch (BGB). Between businesses (no consumer party to the deal) default
 * interest on a payment claim is 9 percentage points over the base rate (§ 288(2)); the base rate
 * (Basiszinssatz, § 247) is reset on 1 January and 1 July. A creditor who is not a consumer may
 * also claim a flat €40 when the debtor is in default on a payment claim (§ 288(5)); it counts
 * towards any damages for the cost of pursuing the debt. (With a consumer the margin is 5 points,
 * § 288(1); this site's calculator covers the business rate only.)
 */
export const GERMAN_LATE_PAYMENT = {
  name: "Bürgerliches Gesetzbuch (BGB), § 288(2)",
  marginBasisPoints: 900,
  rateSource: "§ 288(2) BGB with § 247 BGB (Basiszinssatz)",
  compensationMinor: 4_000,
  compensationSource: "§ 288(5) BGB",
  currency: "EUR",
} as const;

// ---- France ------------------------------------------------------------------------------

/**
 * Code de commerce. Between businesses late-payment penalties are due without any reminder from
 * the day after the payment date. Unless the terms set another rate (at least three times the
 * legal interest rate), the rate is the ECB's rate for its most recent main refinancing operation
 * plus 10 percentage points: the rate in force on 1 January for the first half of the year, on
 * 1 July for the second (art. L441-10 II). Penalties are worked out on the amount including VAT
 * (the sum the invoice asks for). A fixed indemnity of €40 for recovery costs is also due
 * (art. L441-10 II, amount set by art. D441-5).
 */
export const FRENCH_LATE_PAYMENT = {
  name: "Code de commerce, art. L441-10",
  marginBasisPoints: 1_000,
  rateSource: "Code de commerce, art. L441-10 II",
  compensationMinor: 4_000,
  compensationSource: "Code de commerce, art. L441-10 II and D441-5",
  currency: "EUR",
} as const;
