import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_INSTALMENTS } from "../../../src/domain/get-paid/overdue-draft";
import type { PaymentPlanTerms } from "../../../src/domain/get-paid/overdue-case";
import { instalmentDate, paymentPlan, paymentPlanTermsText } from "../../../src/domain/get-paid/payment-plan";

const terms = (t: Partial<PaymentPlanTerms>): PaymentPlanTerms => ({ downPayment: 0, count: 3, firstDate: "2027-05-01", every: "month", graceDays: 7, waiveInterestIfKept: true, ...t });

function planOf(balance: number, t: Partial<PaymentPlanTerms>) {
  const result = paymentPlan(balance, terms(t));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("paymentPlan: amounts", () => {
  it.each([
    { balance: 10_000, count: 7, down: 0, amounts: [1_428, 1_428, 1_428, 1_428, 1_428, 1_428, 1_432], roundingOn: 7 },
    { balance: 100_000, count: 3, down: 0, amounts: [33_333, 33_333, 33_334], roundingOn: 3 },
    { balance: 90_000, count: 3, down: 0, amounts: [30_000, 30_000, 30_000], roundingOn: null },
    { balance: 200_000, count: 4, down: 50_001, amounts: [37_499, 37_499, 37_499, 37_502], roundingOn: 4 },
    { balance: 2, count: 2, down: 0, amounts: [1, 1], roundingOn: null },
  ])("$balance in $count with $down down", ({ balance, count, down, amounts, roundingOn }) => {
    const plan = planOf(balance, { count, downPayment: down });
    expect(plan.instalments.map((i) => i.amount)).toEqual(amounts);
    expect(plan.roundingOn).toBe(roundingOn);
    expect(plan.downPayment + plan.instalments.reduce((a, i) => a + i.amount, 0)).toBe(balance);
  });

  it.each([
    { balance: 1, count: 2, down: 0, error: "The balance is too small for 2 instalments" },
    { balance: 100, count: 2, down: 100, error: "The down payment must be less than the balance" },
    { balance: 100, count: 1, down: 0, error: "A payment plan has at least 2 instalments" },
  ])("refuses $balance in $count with $down down", ({ balance, count, down, error }) => {
    expect(paymentPlan(balance, terms({ count, downPayment: down }))).toEqual({ ok: false, error });
  });
});

describe("paymentPlan: dates", () => {
  it.each([
    { first: "2027-01-31", every: "month" as const, dates: ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"] },
    { first: "2028-01-31", every: "month" as const, dates: ["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31"] },
    { first: "2027-08-30", every: "month" as const, dates: ["2027-08-30", "2027-09-30", "2027-10-30", "2027-11-30", "2027-12-30"] },
    { first: "2027-11-30", every: "month" as const, dates: ["2027-11-30", "2027-12-30", "2028-01-30", "2028-02-29", "2028-03-30"] },
    { first: "2027-12-20", every: "2-weeks" as const, dates: ["2027-12-20", "2028-01-03", "2028-01-17", "2028-01-31", "2028-02-14"] },
    { first: "2028-02-22", every: "week" as const, dates: ["2028-02-22", "2028-02-29", "2028-03-07", "2028-03-14", "2028-03-21"] },
  ])("$every from $first (month ends clamp, never drift)", ({ first, every, dates }) => {
    expect(planOf(500_000, { count: 5, firstDate: first, every }).instalments.map((i) => i.date)).toEqual(dates);
  });
});

describe("paymentPlan: properties", () => {
  const dateArb = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2150-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  it("adds up exactly to the balance, never negative, dates strictly increasing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: MAX_INSTALMENTS }),
        fc.integer({ min: 0, max: 10_000_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        dateArb,
        fc.constantFrom("month" as const, "2-weeks" as const, "week" as const),
        (count, extra, down, firstDate, every) => {
          const balance = down + count + extra;
          const plan = planOf(balance, { count, downPayment: down, firstDate, every });
          expect(plan.instalments).toHaveLength(count);
          expect(plan.downPayment + plan.instalments.reduce((a, i) => a + i.amount, 0)).toBe(balance);
          for (const i of plan.instalments) expect(i.amount).toBeGreaterThan(0);
          // All equal but the last, which is at most count − 1 minor units more.
          const last = plan.instalments[count - 1]!.amount;
          expect(last - plan.instalments[0]!.amount).toBeGreaterThanOrEqual(0);
          expect(last - plan.instalments[0]!.amount).toBeLessThan(count);
          for (let k = 1; k < count; k++) expect(plan.instalments[k]!.date > plan.instalments[k - 1]!.date).toBe(true);
        },
      ),
    );
  });

  it("monthly dates keep the first date's day, or the month's last day", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: MAX_INSTALMENTS }), (first, i) => {
        const date = instalmentDate(first, "month", i);
        const day = Number(first.slice(8));
        const got = Number(date.slice(8));
        const [y, m] = date.split("-").map(Number) as [number, number];
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(got).toBe(Math.min(day, last));
      }),
    );
  });
});

describe("paymentPlanTermsText", () => {
  it("states the amounts, dates, what happens if one is missed, and the waiver", () => {
    const t = terms({ count: 7, firstDate: "2027-01-31", downPayment: 2_000 });
    const plan = planOf(12_000, t);
    expect(paymentPlanTermsText(plan, t, { currency: "GBP", locale: "en-GB", invoiceNumber: "UF-0042" })).toEqual([
      "Of the balance of £120.00 on invoice UF-0042, a first payment of £20.00 is made on signing this plan.",
      "The remaining £100.00 is paid in 6 instalments of £14.28 and a last one of £14.32, every month from 31 January 2027 to 31 July 2027.",
      "If an instalment is not received within 7 days after its date, the whole balance then unpaid becomes due at once.",
      "If every instalment is paid on time, the late-payment interest and fees will be waived.",
    ]);
  });

  it("no grace, no waiver, equal instalments, a pre-formatted waiver text", () => {
    const t = terms({ count: 2, graceDays: 0, waiveInterestIfKept: false, every: "week" });
    const plan = planOf(10_000, t);
    const text = paymentPlanTermsText(plan, t, { currency: "USD", locale: "en-US", invoiceNumber: "7" });
    expect(text).toEqual([
      "The balance of $100.00 on invoice 7 is paid in 2 instalments of $50.00, every week from May 1, 2027 to May 8, 2027.",
      "If an instalment is not received on its date, the whole balance then unpaid becomes due at once.",
    ]);
    const waived = paymentPlanTermsText(plan, { ...t, waiveInterestIfKept: true }, { currency: "USD", locale: "en-US", invoiceNumber: "7", waivedText: "interest of $3.10" });
    expect(waived.at(-1)).toBe("If every instalment is paid on time, interest of $3.10 will be waived.");
  });
});
