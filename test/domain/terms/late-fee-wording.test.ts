import { describe, expect, it } from "vitest";
import type { LateFeeTerms } from "../../../src/domain/terms/late-fee-terms";
import { lateFeeClause, lateFeeExample } from "../../../src/domain/terms/late-fee-wording";

const SIMPLE = "Interest is simple: no interest is charged on interest.";

describe("lateFeeClause", () => {
  it.each<[string, LateFeeTerms, { currency: string; locale: string; netDays?: number }, string]>([
    [
      "monthly rate with grace and cap",
      { kind: "percent-per-month", basisPoints: 150, graceDays: 7, cap: { basisPoints: 1000 } },
      { currency: "USD", locale: "en-US" },
      "If an invoice is not paid in full within 7 days after its due date, interest of 1.5% per month (18% a year) " +
        "accrues on the unpaid amount from the 8th day after the due date until payment, calculated daily on a " +
        `365-day year, up to a maximum of 10% of the invoice amount. ${SIMPLE}`,
    ],
    [
      "yearly rate, no grace, net 30",
      { kind: "annual-rate", basisPoints: 800, graceDays: 0, cap: null },
      { currency: "GBP", locale: "en-GB", netDays: 30 },
      "If an invoice is not paid in full by its due date (30 days after the invoice date), interest of 8% a year " +
        `accrues on the unpaid amount from the day after the due date until payment, calculated daily on a 365-day year. ${SIMPLE}`,
    ],
    [
      "yearly rate with decimals, 1 day grace, due on receipt",
      { kind: "annual-rate", basisPoints: 1175, graceDays: 1, cap: null },
      { currency: "GBP", locale: "en-GB", netDays: 0 },
      "If an invoice is not paid in full within 1 day after its due date (the invoice date), interest of 11.75% a year " +
        `accrues on the unpaid amount from the 2nd day after the due date until payment, calculated daily on a 365-day year. ${SIMPLE}`,
    ],
    [
      "monthly rate, German number format",
      { kind: "percent-per-month", basisPoints: 125, graceDays: 0, cap: null },
      { currency: "EUR", locale: "de-DE", netDays: 14 },
      "If an invoice is not paid in full by its due date (14 days after the invoice date), interest of 1,25\u00a0% per month " +
        `(15\u00a0% a year) accrues on the unpaid amount from the day after the due date until payment, calculated daily on a 365-day year. ${SIMPLE}`,
    ],
    [
      "flat fee",
      { kind: "flat", amount: 2500, graceDays: 7, cap: null },
      { currency: "USD", locale: "en-US", netDays: 30 },
      "If an invoice is not paid in full within 7 days after its due date (30 days after the invoice date), " +
        "a one-time late fee of $25.00 becomes payable on the 8th day after the due date.",
    ],
    [
      "flat fee with a cap, yen",
      { kind: "flat", amount: 3000, graceDays: 0, cap: { basisPoints: 500 } },
      { currency: "JPY", locale: "en-US" },
      "If an invoice is not paid in full by its due date, a one-time late fee of ¥3,000 becomes payable on the day " +
        "after the due date, up to a maximum of 5% of the invoice amount.",
    ],
    [
      "no late fee",
      { kind: "none" },
      { currency: "USD", locale: "en-US", netDays: 30 },
      "No late fee or interest is charged under this contract when an invoice is paid late. This does not affect any " +
        "right to statutory interest or compensation for late payment that the governing law may give.",
    ],
  ])("%s", (_label, terms, ctx, expected) => {
    expect(lateFeeClause(terms, ctx)).toBe(expected);
  });
});

describe("lateFeeExample", () => {
  const ctx = { currency: "USD", locale: "en-US", exampleMinor: 100_000 };
  it.each<[string, LateFeeTerms, { daysLate?: number }, string | null]>([
    [
      "yearly rate, default 30 days",
      { kind: "annual-rate", basisPoints: 1200, graceDays: 0, cap: null },
      {},
      "For example, on an invoice of $1,000.00 paid 30 days late, the interest is $9.86.",
    ],
    [
      "monthly rate after a grace period",
      { kind: "percent-per-month", basisPoints: 150, graceDays: 7, cap: null },
      {},
      "For example, on an invoice of $1,000.00 paid 30 days late, the interest is $11.34.",
    ],
    [
      "reaching the maximum",
      { kind: "percent-per-month", basisPoints: 150, graceDays: 0, cap: { basisPoints: 1000 } },
      { daysLate: 365 },
      "For example, on an invoice of $1,000.00 paid 365 days late, the interest is $100.00 (the maximum).",
    ],
    [
      "flat fee",
      { kind: "flat", amount: 2500, graceDays: 7, cap: null },
      {},
      "For example, on an invoice of $1,000.00 paid 30 days late, the late fee is $25.00.",
    ],
    [
      "within the grace period",
      { kind: "flat", amount: 2500, graceDays: 60, cap: null },
      {},
      "For example, on an invoice of $1,000.00 paid 30 days late, nothing is charged: the grace period of 60 days has not ended.",
    ],
    [
      "one day late",
      { kind: "annual-rate", basisPoints: 3650, graceDays: 0, cap: null },
      { daysLate: 1 },
      "For example, on an invoice of $1,000.00 paid 1 day late, the interest is $1.00.",
    ],
    ["no late fee", { kind: "none" }, {}, null],
  ])("%s", (_label, terms, extra, expected) => {
    expect(lateFeeExample(terms, { ...ctx, ...extra })).toBe(expected);
  });

  it("uses the same figure as the clause's rule (lateFeeAmount)", () => {
    const line = lateFeeExample(
      { kind: "annual-rate", basisPoints: 800, graceDays: 0, cap: null },
      { currency: "EUR", locale: "de-DE", exampleMinor: 250_000, daysLate: 45 },
    );
    // 2.500,00 € × 8% × 45/365 = 24,657… → 24,66 €
    expect(line).toBe("For example, on an invoice of 2.500,00\u00a0€ paid 45 days late, the interest is 24,66\u00a0€.");
  });
});

describe("lateFeeClause on one invoice (dueDate given)", () => {
  it.each<[string, LateFeeTerms, string]>([
    [
      "yearly rate, no grace",
      { kind: "annual-rate", basisPoints: 1200, graceDays: 0, cap: null },
      "If this invoice is not paid in full by its due date (31 March 2027), interest of 12% a year accrues on the unpaid amount " +
        `from the day after the due date until payment, calculated daily on a 365-day year. ${SIMPLE}`,
    ],
    [
      "flat fee with grace and cap",
      { kind: "flat", amount: 4000, graceDays: 7, cap: { basisPoints: 500 } },
      "If this invoice is not paid in full within 7 days after its due date (31 March 2027), a one-time late fee of €40.00 " +
        "becomes payable on the 8th day after the due date, up to a maximum of 5% of the invoice amount.",
    ],
    [
      "no late fee",
      { kind: "none" },
      "No late fee or interest is charged on this invoice when it is paid late. This does not affect any " +
        "right to statutory interest or compensation for late payment that the governing law may give.",
    ],
  ])("%s", (_label, terms, expected) => {
    // netDays is ignored when the date is named.
    expect(lateFeeClause(terms, { currency: "EUR", locale: "en-IE", netDays: 14, dueDate: "31 March 2027" })).toBe(expected);
  });
});
