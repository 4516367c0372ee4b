import { describe, expect, it } from "vitest";
import { lateFeeAnnualRate } from "../../../src/domain/terms/late-fee-annual-rate";
import type { LateFeeTerms } from "../../../src/domain/terms/late-fee-terms";

describe("lateFeeAnnualRate", () => {
  it.each<[LateFeeTerms, number | null]>([
    [{ kind: "none" }, null],
    [{ kind: "flat", amount: 2500, graceDays: 0, cap: null }, null],
    [{ kind: "percent-per-month", basisPoints: 150, graceDays: 0, cap: null }, 1800],
    [{ kind: "percent-per-month", basisPoints: 1, graceDays: 0, cap: null }, 12],
    [{ kind: "percent-per-month", basisPoints: 10_000, graceDays: 0, cap: null }, 120_000],
    [{ kind: "annual-rate", basisPoints: 800, graceDays: 0, cap: null }, 800],
    [{ kind: "annual-rate", basisPoints: 1175, graceDays: 7, cap: { basisPoints: 500 } }, 1175],
  ])("%j → %s", (terms, expected) => {
    expect(lateFeeAnnualRate(terms)).toBe(expected);
  });
});
