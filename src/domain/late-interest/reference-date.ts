import type { StatutoryRegime } from "./statutory-regimes";

/**
 * The date whose reference rate applies to a day of interest.
 *
 * UK ("fixed"): the Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002 takes the
 * Bank Rate in force on 31 December for interest that starts running from 1 January to 30 June,
 * and on 30 June for interest that starts from 1 July to 31 December; that rate holds for the life
 * of the debt. So `day` must be the FIRST day of interest: a debt due 30 June 2023 starts running
 * on 1 July 2023 and takes the rate of 30 June 2023.
 *
 * EU, Germany, France ("half-yearly"): Directive 2011/7/EU art. 3(2), § 247 BGB and Code de commerce
 * art. L441-10 II take the rate in force on 1 January for January to June and on 1 July for July
 * to December, for each day of interest.
 */
export function referenceDate(regime: StatutoryRegime, day: string): string {
  const year = Number(day.slice(0, 4));
  const secondHalf = day.slice(5, 7) >= "07";
  if (regime.reset === "fixed") return secondHalf ? `${year}-06-30` : `${year - 1}-12-31`;
  return secondHalf ? `${year}-07-01` : `${year}-01-01`;
}
