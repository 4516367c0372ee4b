import { describe, expect, it } from "vitest";
import { LateFeeTerms } from "../../../src/domain/terms/late-fee-terms";

describe("LateFeeTerms", () => {
  it.each([
    { kind: "none" },
    { kind: "flat", amount: 2500, graceDays: 0, cap: null },
    { kind: "flat", amount: 10_000_000_000_000, graceDays: 365, cap: { basisPoints: 10_000 } },
    { kind: "percent-per-month", basisPoints: 150, graceDays: 7, cap: { basisPoints: 1000 } },
    { kind: "percent-per-month", basisPoints: 1, graceDays: 0, cap: null },
    { kind: "percent-per-month", basisPoints: 10_000, graceDays: 0, cap: null },
    { kind: "annual-rate", basisPoints: 800, graceDays: 30, cap: null },
    { kind: "annual-rate", basisPoints: 100_000, graceDays: 0, cap: { basisPoints: 1 } },
  ])("accepts %j", (input) => {
    expect(LateFeeTerms.parse(input)).toEqual(input);
  });

  it.each([
    [{ kind: "flat", amount: 0, graceDays: 0, cap: null }, "The late fee must be more than 0"],
    [{ kind: "flat", amount: -5, graceDays: 0, cap: null }, "The late fee must be more than 0"],
    [{ kind: "flat", amount: 12.5, graceDays: 0, cap: null }, "Enter the late fee as an amount"],
    [{ kind: "flat", amount: 10_000_000_000_001, graceDays: 0, cap: null }, "The late fee is too large"],
    [{ kind: "flat", amount: 100, graceDays: -1, cap: null }, "The grace period cannot be negative"],
    [{ kind: "flat", amount: 100, graceDays: 366, cap: null }, "Keep the grace period to 365 days or fewer"],
    [{ kind: "flat", amount: 100, graceDays: 1.5, cap: null }, "Enter the grace period as a whole number of days"],
    [{ kind: "percent-per-month", basisPoints: 0, graceDays: 0, cap: null }, "The monthly interest rate must be more than 0%"],
    [{ kind: "percent-per-month", basisPoints: 10_001, graceDays: 0, cap: null }, "The monthly interest rate cannot be more than 100%"],
    [{ kind: "annual-rate", basisPoints: 0, graceDays: 0, cap: null }, "The yearly interest rate must be more than 0%"],
    [{ kind: "annual-rate", basisPoints: 100_001, graceDays: 0, cap: null }, "The yearly interest rate cannot be more than 1000%"],
    [{ kind: "annual-rate", basisPoints: 800, graceDays: 0, cap: { basisPoints: 0 } }, "The maximum must be more than 0%"],
    [
      { kind: "annual-rate", basisPoints: 800, graceDays: 0, cap: { basisPoints: 10_001 } },
      "The maximum cannot be more than 100% of the invoice amount",
    ],
  ])("rejects %j with a message", (input, message) => {
    const result = LateFeeTerms.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it.each([
    [{ kind: "daily" }],
    [{ kind: "flat", amount: 100 }],
    [{ kind: "annual-rate", basisPoints: 800, graceDays: 0 }],
    [{ kind: "annual-rate", basisPoints: "8", graceDays: 0, cap: null }],
  ])("rejects incomplete or unknown terms %j", (input) => {
    expect(LateFeeTerms.safeParse(input).success).toBe(false);
  });
});
