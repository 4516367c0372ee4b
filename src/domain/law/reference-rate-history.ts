// Dated histories of the reference rates that statutory late-payment interest is built on.
// This file is the one place each rate is written; reference-rates.ts takes its "last known"
// figures from here.
//
// Each series lists every change from a date on or before 1 January 2015, as {from, basisPoints}:
// the rate applies from `from` until the day before the next entry. `asOf` is the last date on
// which the series is known to be right. The site has no server to fetch rates, so any date after
// `asOf` gets the last rate listed, and a result that relies on such a date must tell the user to
// check the rate at the publisher (see lateInterest's "reference-rate-after-as-of" warning).
//
// Checked on 6 December 2026 against copies of the publishers' tables and press reports; where a
// figure was not confirmed, a comment says so. Nothing after each `asOf` could be confirmed.

export type RateChange = {
  /** The first day this rate applies (YYYY-MM-DD). */
  readonly from: string;
  /** The rate in basis points (1% = 100); may be negative. */
  readonly basisPoints: number;
};

export type ReferenceRateSeriesId = "boe-bank-rate" | "ecb-main-refinancing" | "de-basiszinssatz";

export type ReferenceRateSeries = {
  readonly id: ReferenceRateSeriesId;
  readonly name: string;
  readonly publisher: string;
  readonly url: string;
  /** The last date the series is known to be right; rates after it must be checked at the publisher. */
  readonly asOf: string;
  /** Oldest first. */
  readonly changes: readonly RateChange[];
};

/**
 * Bank of England Bank Rate (the "official dealing rate" the UK Late Payment Act refers to).
 * Dates are the days the new rate took effect (the day the MPC decision was announced).
 * Found in copies of the Bank's statements or contemporary press reports (Guardian, CIPP, CBI,
 * IBTimes, tutor2u, Focus Economics, Independent): 2016-08-04, 2017-11-02, 2018-08-02,
 * 2020-03-11, 2020-03-19, 2022-03-17, 2022-05-05, 2022-06-16, 2022-09-22, 2022-12-15,
 * 2023-03-23, 2023-06-22, 2023-08-03, 2024-08-01, 2025-02-06, 2025-08-07, 2025-12-18.
 * Not found in a copy, kept as the Bank's published history gives them and consistent with the
 * confirmed values on either side: 2021-12-16, 2022-02-03, 2022-08-04, 2022-11-03, 2023-02-02,
 * 2023-05-11, 2024-11-07, 2025-05-08.
 * 2026: held at 3.75% on 5 February, 19 March, 30 April and (one press report, LiveSquawk)
 * 18 June 2026, the as-of date; later 2026 meetings could not be checked.
 */
export const BANK_OF_ENGLAND_BANK_RATE_HISTORY: ReferenceRateSeries = {
  id: "boe-bank-rate",
  name: "Bank of England Bank Rate",
  publisher: "Bank of England",
  url: "https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate",
  asOf: "2026-06-18",
  changes: [
    { from: "2009-03-05", basisPoints: 50 },
    { from: "2016-08-04", basisPoints: 25 },
    { from: "2017-11-02", basisPoints: 50 },
    { from: "2018-08-02", basisPoints: 75 },
    { from: "2020-03-11", basisPoints: 25 },
    { from: "2020-03-19", basisPoints: 10 },
    { from: "2021-12-16", basisPoints: 25 },
    { from: "2022-02-03", basisPoints: 50 },
    { from: "2022-03-17", basisPoints: 75 },
    { from: "2022-05-05", basisPoints: 100 },
    { from: "2022-06-16", basisPoints: 125 },
    { from: "2022-08-04", basisPoints: 175 },
    { from: "2022-09-22", basisPoints: 225 },
    { from: "2022-11-03", basisPoints: 300 },
    { from: "2022-12-15", basisPoints: 350 },
    { from: "2023-02-02", basisPoints: 400 },
    { from: "2023-03-23", basisPoints: 425 },
    { from: "2023-05-11", basisPoints: 450 },
    { from: "2023-06-22", basisPoints: 500 },
    { from: "2023-08-03", basisPoints: 525 },
    { from: "2024-08-01", basisPoints: 500 },
    { from: "2024-11-07", basisPoints: 475 },
    { from: "2025-02-06", basisPoints: 450 },
    { from: "2025-05-08", basisPoints: 425 },
    { from: "2025-08-07", basisPoints: 400 },
    { from: "2025-12-18", basisPoints: 375 },
  ],
};

/**
 * ECB main refinancing operations (MRO) rate, fixed-rate tenders. Dates are the "with effect
 * from" dates of the ECB's key-rates table (the Wednesday after the decision), not the
 * decision days. Every entry to 23 April 2025 was checked against that table as republished by
 * the Banque de France and Banka Slovenije; 11 June 2025 (2.15%) against press reports of the
 * 5 June 2025 decision. 2026: unchanged at 2.15% at the meetings of 5 February, 19 March and
 * 30 April 2026 (as-of date). One market-data site reports a rise to 2.40% at the 11 June 2026
 * meeting; that could not be confirmed, so it is NOT listed: check the ECB for any date after
 * 30 April 2026.
 */
export const ECB_MAIN_REFINANCING_RATE_HISTORY: ReferenceRateSeries = {
  id: "ecb-main-refinancing",
  name: "ECB main refinancing operations rate",
  publisher: "European Central Bank",
  url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html",
  asOf: "2026-04-30",
  changes: [
    { from: "2014-09-10", basisPoints: 5 },
    { from: "2016-03-16", basisPoints: 0 },
    { from: "2022-07-27", basisPoints: 50 },
    { from: "2022-09-14", basisPoints: 125 },
    { from: "2022-11-02", basisPoints: 200 },
    { from: "2022-12-21", basisPoints: 250 },
    { from: "2023-02-08", basisPoints: 300 },
    { from: "2023-03-22", basisPoints: 350 },
    { from: "2023-05-10", basisPoints: 375 },
    { from: "2023-06-21", basisPoints: 400 },
    { from: "2023-08-02", basisPoints: 425 },
    { from: "2023-09-20", basisPoints: 450 },
    { from: "2024-06-12", basisPoints: 425 },
    { from: "2024-09-18", basisPoints: 365 },
    { from: "2024-10-23", basisPoints: 340 },
    { from: "2024-12-18", basisPoints: 315 },
    { from: "2025-02-05", basisPoints: 290 },
    { from: "2025-03-12", basisPoints: 265 },
    { from: "2025-04-23", basisPoints: 240 },
    { from: "2025-06-11", basisPoints: 215 },
  ],
};

/**
 * German base rate (Basiszinssatz, § 247 BGB). It changes only on 1 January and 1 July, by as
 * many points as the ECB's MRO rate moved since the last change (the rate of the most recent
 * main refinancing operation before the half-year), and the Bundesbank announces it in the
 * Bundesanzeiger. Each value is set for a whole half-year, so the series is right to the end of
 * the last half-year known: 30 June 2026.
 * Confirmed from Bundesbank announcements or their press copies: -0.88% from 1 July 2016 (and
 * unchanged at 1 July 2019, 1 July 2020, 1 January 2021), 1.62% from 1 January 2023, 3.62% from
 * 1 January 2024 (§ 247(1) as printed), 1.27% unchanged at 1 January 2026. The other values
 * were not found in a copy of the announcement; they are kept because each equals the previous
 * value moved by the ECB change before that half-year (§ 247(1)), which the test
 * "follows the ECB rate as § 247(1) BGB says" checks against the ECB series above.
 * The value from 1 July 2026 is unknown here: if the ECB raised its rate in June 2026 (see the
 * ECB series), it is not 1.27%. Check the Bundesbank for any date after 30 June 2026.
 */
export const GERMAN_BASE_RATE_HISTORY: ReferenceRateSeries = {
  id: "de-basiszinssatz",
  name: "Basiszinssatz (§ 247 BGB)",
  publisher: "Deutsche Bundesbank",
  url: "https://www.bundesbank.de/de/bundesbank/organisation/agb-und-regelungen/basiszinssatz-607820",
  asOf: "2026-06-30",
  changes: [
    { from: "2015-01-01", basisPoints: -83 },
    { from: "2016-07-01", basisPoints: -88 },
    { from: "2023-01-01", basisPoints: 162 },
    { from: "2023-07-01", basisPoints: 312 },
    { from: "2024-01-01", basisPoints: 362 },
    { from: "2024-07-01", basisPoints: 337 },
    { from: "2025-01-01", basisPoints: 227 },
    { from: "2025-07-01", basisPoints: 127 },
  ],
};

export const REFERENCE_RATE_SERIES: Readonly<Record<ReferenceRateSeriesId, ReferenceRateSeries>> = {
  "boe-bank-rate": BANK_OF_ENGLAND_BANK_RATE_HISTORY,
  "ecb-main-refinancing": ECB_MAIN_REFINANCING_RATE_HISTORY,
  "de-basiszinssatz": GERMAN_BASE_RATE_HISTORY,
};
