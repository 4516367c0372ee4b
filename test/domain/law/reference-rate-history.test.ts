import { describe, expect, it } from "vitest";
import { isValidCalendarDate } from "../../../src/domain/dates/calendar-date";
import { rateInForce } from "../../../src/domain/law/rate-in-force";
import {
  BANK_OF_ENGLAND_BANK_RATE_HISTORY,
  ECB_MAIN_REFINANCING_RATE_HISTORY,
  GERMAN_BASE_RATE_HISTORY,
  REFERENCE_RATE_SERIES,
} from "../../../src/domain/law/reference-rate-history";
import { BANK_OF_ENGLAND_BANK_RATE, ECB_MAIN_REFINANCING_RATE } from "../../../src/domain/law/reference-rates";

const ALL = Object.values(REFERENCE_RATE_SERIES);

describe("reference rate histories", () => {
  it.each(ALL)("$name: real dates, oldest first, no repeated rate, a publisher link", (series) => {
    expect(isValidCalendarDate(series.asOf)).toBe(true);
    expect(series.url).toMatch(/^https:\/\//);
    expect(series.publisher.length).toBeGreaterThan(0);
    for (const [i, change] of series.changes.entries()) {
      expect(isValidCalendarDate(change.from)).toBe(true);
      expect(Number.isInteger(change.basisPoints)).toBe(true);
      if (i > 0) {
        const before = series.changes[i - 1]!;
        expect(change.from > before.from).toBe(true);
        expect(change.basisPoints).not.toBe(before.basisPoints);
      }
    }
    expect(series.asOf >= series.changes.at(-1)!.from).toBe(true);
  });

  it.each(ALL)("$name goes back to 1 January 2015", (series) => {
    expect(rateInForce(series, "2015-01-01")).not.toBeNull();
  });

  it("the Basiszinssatz changes only on 1 January or 1 July", () => {
    for (const change of GERMAN_BASE_RATE_HISTORY.changes) expect(change.from.slice(5)).toMatch(/^(01-01|07-01)$/);
  });

  // § 247(1) BGB: on each 1 January and 1 July the base rate moves by as many points as the rate of
  // the ECB's most recent main refinancing operation before that day moved since the last change.
  // The MRO rate in force on 31 December / 30 June is that rate (changes take effect with an operation).
  it("follows the ECB rate as § 247(1) BGB says, half-year by half-year from 2015 to 2026", () => {
    const rate = (series: typeof GERMAN_BASE_RATE_HISTORY, date: string) => rateInForce(series, date)!.basisPoints;
    for (let year = 2015; year <= 2026; year++) {
      for (const [day, eve] of [
        [`${year}-01-01`, `${year - 1}-12-31`],
        [`${year}-07-01`, `${year}-06-30`],
      ] as const) {
        if (day === "2015-01-01" || day > GERMAN_BASE_RATE_HISTORY.asOf) continue;
        const previousHalf = day.endsWith("01-01") ? `${year - 1}-07-01` : `${year}-01-01`;
        const previousEve = day.endsWith("01-01") ? `${year - 1}-06-30` : `${year - 1}-12-31`;
        const ecbMove = rate(ECB_MAIN_REFINANCING_RATE_HISTORY, eve) - rate(ECB_MAIN_REFINANCING_RATE_HISTORY, previousEve);
        const baseMove = rate(GERMAN_BASE_RATE_HISTORY, day) - rate(GERMAN_BASE_RATE_HISTORY, previousHalf);
        expect({ day, baseMove }).toEqual({ day, baseMove: ecbMove });
      }
    }
  });

  it("the last-known constants of reference-rates.ts are the last entries of the histories", () => {
    expect(BANK_OF_ENGLAND_BANK_RATE.basisPoints).toBe(BANK_OF_ENGLAND_BANK_RATE_HISTORY.changes.at(-1)!.basisPoints);
    expect(BANK_OF_ENGLAND_BANK_RATE.effectiveFrom).toBe("2025-12-18");
    expect(BANK_OF_ENGLAND_BANK_RATE.lastKnownAsOf).toBe(BANK_OF_ENGLAND_BANK_RATE_HISTORY.asOf);
    expect(ECB_MAIN_REFINANCING_RATE.basisPoints).toBe(215);
    expect(ECB_MAIN_REFINANCING_RATE.effectiveFrom).toBe("2025-06-11");
    expect(ECB_MAIN_REFINANCING_RATE.lastKnownAsOf).toBe(ECB_MAIN_REFINANCING_RATE_HISTORY.asOf);
  });
});
