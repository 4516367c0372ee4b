import { describe, expect, it } from "vitest";
import { halfYearStarts, interestPeriods } from "../../../src/domain/late-interest/interest-periods";

const pay = (date: string, amountMinor: number) => ({ date, amountMinor });

describe("interestPeriods", () => {
  it.each([
    ["no payments: one period", [], "2024-02-01", "2024-02-29", [], [["2024-02-01", "2024-02-29", 29, 1000]]],
    ["nothing to count when the last day is before the first", [], "2024-02-01", "2024-01-31", [], []],
    // Paid on 10 February: the 10th still earns on 1000, the 11th on 600.
    [
      "a payment lowers the balance from the next day",
      [pay("2024-02-10", 400)],
      "2024-02-01",
      "2024-02-29",
      [],
      [
        ["2024-02-01", "2024-02-10", 10, 1000],
        ["2024-02-11", "2024-02-29", 19, 600],
      ],
    ],
    ["a payment before the first day lowers it from the start", [pay("2024-01-20", 300)], "2024-02-01", "2024-02-29", [], [["2024-02-01", "2024-02-29", 29, 700]]],
    ["paid in full: nothing after the payment day", [pay("2024-02-05", 1000)], "2024-02-01", "2024-02-29", [], [["2024-02-01", "2024-02-05", 5, 1000]]],
    ["overpaid: the balance stays at zero", [pay("2024-02-05", 5000)], "2024-02-01", "2024-02-29", [], [["2024-02-01", "2024-02-05", 5, 1000]]],
    ["paid in full before the first day: no period", [pay("2024-01-31", 1000)], "2024-02-01", "2024-02-29", [], []],
    [
      "split at 1 July",
      [],
      "2024-06-20",
      "2024-07-05",
      ["2024-07-01"],
      [
        ["2024-06-20", "2024-06-30", 11, 1000],
        ["2024-07-01", "2024-07-05", 5, 1000],
      ],
    ],
    [
      "a payment on 30 June and the half-year fall on the same cut",
      [pay("2024-06-30", 100)],
      "2024-06-20",
      "2024-07-05",
      ["2024-07-01"],
      [
        ["2024-06-20", "2024-06-30", 11, 1000],
        ["2024-07-01", "2024-07-05", 5, 900],
      ],
    ],
  ] as const)("%s", (_label, payments, first, last, splitAt, expected) => {
    const periods = interestPeriods(1000, payments, first, last, splitAt);
    expect(periods.map((p) => [p.from, p.to, p.days, p.balanceMinor])).toEqual(expected);
  });
});

describe("halfYearStarts", () => {
  it.each([
    ["none inside", "2024-02-01", "2024-06-30", []],
    ["not the first day itself", "2024-07-01", "2024-12-31", []],
    ["across two years", "2023-06-15", "2025-01-01", ["2023-07-01", "2024-01-01", "2024-07-01", "2025-01-01"]],
  ] as const)("%s", (_label, first, last, expected) => {
    expect(halfYearStarts(first, last)).toEqual(expected);
  });
});
