import {
  ECB_MAIN_REFINANCING_RATE_HISTORY,
  BANK_OF_ENGLAND_BANK_RATE_HISTORY,
  GERMAN_BASE_RATE_HISTORY,
  type ReferenceRateSeries,
} from "../law/reference-rate-history";
import {
  EU_LATE_PAYMENT_DIRECTIVE,
  FRENCH_LATE_PAYMENT,
  GERMAN_LATE_PAYMENT,
  UK_LATE_PAYMENT_ACT,
  ukFixedCompensation,
} from "../law/reference-rates";

// The four statutory regimes the late-interest calculator knows, built from the law constants in
// src/domain/law (each names its source there). Only the shape is added here: which reference
// rate, how it is fixed, the margin, and the fixed compensation.

export type StatutoryRegimeId = "uk" | "eu" | "de" | "fr";

export type StatutoryRegime = {
  readonly id: StatutoryRegimeId;
  readonly name: string;
  /** The name as it reads after "under" in a letter's sentence. */
  readonly underName: string;
  readonly rateSource: string;
  readonly series: ReferenceRateSeries;
  /** Short name of the reference rate for sentences: "Bank Rate", "the ECB rate", "the Basiszinssatz". */
  readonly referenceName: string;
  readonly marginBasisPoints: number;
  /**
   * "fixed": one reference rate for the life of the debt, the one in force on 30 June or 31 December
   * before interest starts (UK). "half-yearly": the rate in force on 1 January applies from January
   * to June, the one on 1 July from July to December, so a period crossing either date is split.
   */
  readonly reset: "fixed" | "half-yearly";
  readonly currency: "GBP" | "EUR";
  readonly compensationMinor: (debtMinor: number) => number;
  readonly compensationRule: string;
  readonly compensationSource: string;
  /** The compensation's source as it reads after "under". */
  readonly compensationUnderSource: string;
  /** One paragraph the page can show under the result. */
  readonly summary: string;
};

export const STATUTORY_REGIMES: Readonly<Record<StatutoryRegimeId, StatutoryRegime>> = {
  uk: {
    id: "uk",
    name: UK_LATE_PAYMENT_ACT.name,
    underName: "the Late Payment of Commercial Debts (Interest) Act 1998",
    rateSource: UK_LATE_PAYMENT_ACT.rateSource,
    series: BANK_OF_ENGLAND_BANK_RATE_HISTORY,
    referenceName: "Bank Rate",
    marginBasisPoints: UK_LATE_PAYMENT_ACT.marginBasisPoints,
    reset: "fixed",
    currency: "GBP",
    compensationMinor: ukFixedCompensation,
    compensationRule: "Fixed sum per late invoice: £40 under £1,000, £70 from £1,000 to under £10,000, £100 for £10,000 or more",
    compensationSource: UK_LATE_PAYMENT_ACT.compensationSource,
    compensationUnderSource: "section 5A of the Late Payment of Commercial Debts (Interest) Act 1998",
    summary:
      "Between businesses, the Act gives simple interest at 8 percentage points over the Bank of England's Bank Rate. " +
      "The Bank Rate used is the one in force on 30 June (for interest that starts running from 1 July to 31 December) " +
      "or on 31 December (for interest that starts from 1 January to 30 June) before interest starts, and it stays " +
      "fixed for the life of the debt. Interest runs from the day after the due date. A fixed sum for each late " +
      "invoice is added (£40, £70 or £100 by the size of the debt), and reasonable recovery costs above it can be claimed.",
  },
  eu: {
    id: "eu",
    name: EU_LATE_PAYMENT_DIRECTIVE.name,
    underName: "the Late Payment Directive 2011/7/EU",
    rateSource: EU_LATE_PAYMENT_DIRECTIVE.rateSource,
    series: ECB_MAIN_REFINANCING_RATE_HISTORY,
    referenceName: "the ECB rate",
    marginBasisPoints: EU_LATE_PAYMENT_DIRECTIVE.minimumMarginBasisPoints,
    reset: "half-yearly",
    currency: "EUR",
    compensationMinor: () => EU_LATE_PAYMENT_DIRECTIVE.minimumCompensationMinor,
    compensationRule: "At least €40 per late payment",
    compensationSource: EU_LATE_PAYMENT_DIRECTIVE.compensationSource,
    compensationUnderSource: "article 6(1) of Directive 2011/7/EU",
    summary:
      "The Directive's minimum between businesses: simple interest at 8 percentage points over the ECB's main " +
      "refinancing rate, the rate in force on 1 January for January to June and on 1 July for July to December, " +
      "plus at least €40 per late payment. Each EU country writes its own rate into national law and many set more " +
      "(Germany 9 points, France 10): use the country's own rule where this site has it.",
  },
  de: {
    id: "de",
    name: GERMAN_LATE_PAYMENT.name,
    underName: "§ 288(2) of the Bürgerliches Gesetzbuch (BGB)",
    rateSource: GERMAN_LATE_PAYMENT.rateSource,
    series: GERMAN_BASE_RATE_HISTORY,
    referenceName: "the Basiszinssatz",
    marginBasisPoints: GERMAN_LATE_PAYMENT.marginBasisPoints,
    reset: "half-yearly",
    currency: "EUR",
    compensationMinor: () => GERMAN_LATE_PAYMENT.compensationMinor,
    compensationRule: "Flat €40 when the debtor is in default on a payment (counts towards recovery costs)",
    compensationSource: GERMAN_LATE_PAYMENT.compensationSource,
    compensationUnderSource: "§ 288(5) BGB",
    summary:
      "German law, when no consumer is party to the deal: default interest at 9 percentage points over the base rate " +
      "(Basiszinssatz), which the Bundesbank resets on 1 January and 1 July, so a period crossing either date is split; " +
      "plus a flat €40. Default usually starts at a due date fixed by the calendar, or 30 days after the invoice " +
      "arrives (§ 286 BGB); this calculation starts the day after the due date you entered.",
  },
  fr: {
    id: "fr",
    name: FRENCH_LATE_PAYMENT.name,
    underName: "article L441-10 of the Code de commerce",
    rateSource: FRENCH_LATE_PAYMENT.rateSource,
    series: ECB_MAIN_REFINANCING_RATE_HISTORY,
    referenceName: "the ECB rate",
    marginBasisPoints: FRENCH_LATE_PAYMENT.marginBasisPoints,
    reset: "half-yearly",
    currency: "EUR",
    compensationMinor: () => FRENCH_LATE_PAYMENT.compensationMinor,
    compensationRule: "Fixed indemnity of €40 for recovery costs per late invoice",
    compensationSource: FRENCH_LATE_PAYMENT.compensationSource,
    compensationUnderSource: "articles L441-10 II and D441-5 of the Code de commerce",
    summary:
      "French law between businesses, when the terms set no other rate: penalties at the ECB's main refinancing rate " +
      "plus 10 percentage points (the rate in force on 1 January for January to June, on 1 July for July to December), " +
      "due without reminder from the day after the due date, on the amount including VAT; plus a fixed €40 indemnity " +
      "for recovery costs.",
  },
};
