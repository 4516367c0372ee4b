import { describe, expect, it } from "vitest";
import { lastKnownRate, rateInForce } from "../../../src/domain/law/rate-in-force";
import {
  BANK_OF_ENGLAND_BANK_RATE_HISTORY,
  ECB_MAIN_REFINANCING_RATE_HISTORY,
  GERMAN_BASE_RATE_HISTORY,
} from "../../../src/domain/law/reference-rate-history";

describe("rateInForce", () => {
  it.each<[string, typeof BANK_OF_ENGLAND_BANK_RATE_HISTORY, string, number | null]>([
    ["Bank Rate before the history starts", BANK_OF_ENGLAND_BANK_RATE_HISTORY, "2009-03-04", null],
    ["Bank Rate on its first day", BANK_OF_ENGLAND_BANK_RATE_HISTORY, "2009-03-05", 50],
    ["Bank Rate the day before a change", BANK_OF_ENGLAND_BANK_RATE_HISTORY, "2023-08-02", 500],
    ["Bank Rate on the day of a change", BANK_OF_ENGLAND_BANK_RATE_HISTORY, "2023-08-03", 525],
    ["Bank Rate on 30 June 2023", BANK_OF_ENGLAND_BANK_RATE_HISTORY, "2023-06-30", 500],
    ["Bank Rate at the 2020 low", BANK_OF_ENGLAND_BANK_RATE_HISTORY, "2021-06-30", 10],
    ["Bank Rate after the as-of date (last known)", BANK_OF_ENGLAND_BANK_RATE_HISTORY, "2030-01-01", 375],
    ["ECB on 1 January 2015", ECB_MAIN_REFINANCING_RATE_HISTORY, "2015-01-01", 5],
    ["ECB at zero", ECB_MAIN_REFINANCING_RATE_HISTORY, "2022-07-01", 0],
    ["ECB on 1 July 2023", ECB_MAIN_REFINANCING_RATE_HISTORY, "2023-07-01", 400],
    ["ECB on 1 January 2025", ECB_MAIN_REFINANCING_RATE_HISTORY, "2025-01-01", 315],
    ["Basiszinssatz 2015", GERMAN_BASE_RATE_HISTORY, "2015-06-30", -83],
    ["Basiszinssatz at its low", GERMAN_BASE_RATE_HISTORY, "2022-12-31", -88],
    ["Basiszinssatz from 1 January 2023", GERMAN_BASE_RATE_HISTORY, "2023-01-01", 162],
    ["Basiszinssatz first half of 2026", GERMAN_BASE_RATE_HISTORY, "2026-03-01", 127],
  ])("%s", (_label, series, date, expected) => {
    expect(rateInForce(series, date)?.basisPoints ?? null).toBe(expected);
  });

});

describe("lastKnownRate", () => {
  it("is the newest entry", () => {
    expect(lastKnownRate(GERMAN_BASE_RATE_HISTORY)).toEqual({ from: "2025-07-01", basisPoints: 127 });
  });

  it("refuses an empty series", () => {
    expect(() => lastKnownRate({ ...GERMAN_BASE_RATE_HISTORY, changes: [] })).toThrow(RangeError);
  });
});
