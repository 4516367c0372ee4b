import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EARLY_DISCOUNT_PERIOD_MESSAGE,
  EarlyDiscount,
  earlyDiscountAmounts,
  earlyDiscountAnnualRate,
  earlyDiscountClause,
  earlyDiscountFor,
  earlyDiscountNotation,
  earlyDiscountOffer,
} from "../../../src/domain/terms/early-discount";

const discount = (basisPoints: number, withinDays: number): EarlyDiscount => ({ basisPoints, withinDays });

describe("EarlyDiscount", () => {
  it.each([discount(1, 1), discount(200, 10), discount(5000, 365)])("accepts %j", (d) => {
    expect(EarlyDiscount.parse(d)).toEqual(d);
  });

  it.each([
    [discount(0, 10), "The discount must be more than 0%"],
    [discount(5001, 10), "Keep the discount to 50% or less"],
    [discount(1.5, 10), "Enter the discount as a percentage"],
    [discount(200, 0), "The discount period must be at least 1 day"],
    [discount(200, 366), "Keep the discount period to 365 days or fewer"],
    [discount(200, 2.5), "Enter the discount period as a whole number of days"],
  ])("rejects %j", (d, message) => {
    const result = EarlyDiscount.safeParse(d);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it.each([
    [discount(200, 30), 30],
    [discount(200, 31), 30],
    [discount(200, 10), 0],
  ])("rejects %j under net %i: the discount period must end first", (d, netDays) => {
    const result = earlyDiscountFor(netDays).safeParse(d);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ message: EARLY_DISCOUNT_PERIOD_MESSAGE, path: ["withinDays"] }),
    ]);
    expect(EARLY_DISCOUNT_PERIOD_MESSAGE).toBe("The discount period must be shorter than the payment term");
  });

  it("accepts a discount period shorter than the term", () => {
    expect(earlyDiscountFor(30).parse(discount(200, 29))).toEqual(discount(200, 29));
  });
});

describe("earlyDiscountNotation", () => {
  it.each([
    [discount(200, 10), 30, "2/10 net 30"],
    [discount(150, 10), 30, "1.5/10 net 30"],
    [discount(125, 15), 45, "1.25/15 net 45"],
    [discount(5, 7), 60, "0.05/7 net 60"],
    [discount(10, 7), 60, "0.1/7 net 60"],
    [discount(5000, 1), 2, "50/1 net 2"],
  ])("%j, net %i → %s", (d, netDays, expected) => {
    expect(earlyDiscountNotation(d, netDays)).toBe(expected);
  });
});

describe("earlyDiscountAnnualRate", () => {
  it.each([
    // 2/98 × 365/20 = 37.24%; (1 + 2/98)^(365/20) − 1 = 44.59%
    [discount(200, 10), 30, { simple: 3724, compound: 4459 }],
    [discount(100, 10), 30, { simple: 1843, compound: 2013 }],
    [discount(300, 15), 45, { simple: 3763, compound: 4486 }],
    [discount(1, 364), 365, { simple: 365, compound: 372 }],
  ])("%j, net %i → %j", (d, netDays, expected) => {
    expect(earlyDiscountAnnualRate(d, netDays)).toEqual(expected);
  });

  it.each([
    [discount(200, 30), 30],
    [discount(200, 45), 30],
  ])("%j, net %i → null (no later payment to price)", (d, netDays) => {
    expect(earlyDiscountAnnualRate(d, netDays)).toBeNull();
  });

  it("compound is never below simple, and both are positive integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 364 }), fc.integer({ min: 1, max: 365 }), (bp, within, extra) => {
        const rate = earlyDiscountAnnualRate(discount(bp, within), within + extra);
        expect(rate).not.toBeNull();
        expect(Number.isInteger(rate!.simple) && Number.isInteger(rate!.compound)).toBe(true);
        expect(rate!.simple).toBeGreaterThan(0);
        expect(rate!.compound).toBeGreaterThanOrEqual(rate!.simple - 1);
      }),
    );
  });
});

describe("earlyDiscountAmounts", () => {
  it.each([
    [discount(200, 10), 1_000_000, { discountedMinor: 980_000, discountMinor: 20_000 }],
    // 24.5 → the discounted amount rounds half-up to 25, so no discount
    [discount(200, 10), 25, { discountedMinor: 25, discountMinor: 0 }],
    // 73.5 → 74
    [discount(200, 10), 75, { discountedMinor: 74, discountMinor: 1 }],
    [discount(150, 10), 12_345, { discountedMinor: 12_160, discountMinor: 185 }],
    [discount(5000, 10), 1, { discountedMinor: 1, discountMinor: 0 }],
    [discount(200, 10), 0, { discountedMinor: 0, discountMinor: 0 }],
    [discount(200, 10), 10_000_000_000_000, { discountedMinor: 9_800_000_000_000, discountMinor: 200_000_000_000 }],
  ])("%j of %i → %j", (d, amount, expected) => {
    expect(earlyDiscountAmounts(d, amount)).toEqual(expected);
  });

  it.each([-1, 1.5, Number.NaN])("rejects an amount of %s", (amount) => {
    expect(() => earlyDiscountAmounts(discount(200, 10), amount)).toThrow(RangeError);
  });

  it("discounted + discount = amount exactly, and the discount is within half a unit of the rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 10_000_000_000_000 }), (bp, amount) => {
        const { discountedMinor, discountMinor } = earlyDiscountAmounts(discount(bp, 10), amount);
        expect(discountedMinor + discountMinor).toBe(amount);
        expect(discountMinor).toBeGreaterThanOrEqual(0);
        expect(discountedMinor).toBeGreaterThanOrEqual(0);
        // exact discount = amount × bp / 10000; compare in BigInt to stay exact
        const twice = 2n * BigInt(discountMinor) * 10_000n - 2n * BigInt(amount) * BigInt(bp);
        expect(twice <= 10_000n && twice >= -10_000n).toBe(true);
      }),
    );
  });
});

describe("earlyDiscountClause", () => {
  it.each([
    [
      discount(200, 10),
      { netDays: 30, currency: "USD", locale: "en-US" },
      "If the Client pays an invoice in full within 10 days after the invoice date, the Client may deduct a discount " +
        "of 2% of the invoice amount. Otherwise the full amount is due within 30 days after the invoice date (terms 2/10 net 30).",
    ],
    [
      discount(150, 1),
      { netDays: 14, currency: "EUR", locale: "de-DE" },
      "If the Client pays an invoice in full within 1 day after the invoice date, the Client may deduct a discount " +
        "of 1,5\u00a0% of the invoice amount. Otherwise the full amount is due within 14 days after the invoice date (terms 1.5/1 net 14).",
    ],
  ])("%j", (d, ctx, expected) => {
    expect(earlyDiscountClause(d, ctx)).toBe(expected);
  });

  it("refuses a discount period that is not shorter than the term", () => {
    expect(() => earlyDiscountClause(discount(200, 30), { netDays: 30, currency: "USD", locale: "en-US" })).toThrow(
      EARLY_DISCOUNT_PERIOD_MESSAGE,
    );
  });
});

describe("earlyDiscountOffer", () => {
  it.each([
    [
      discount(200, 10),
      { amountMinor: 1_000_000, issueDate: "2027-03-02", netDays: 30, currency: "GBP", locale: "en-GB" },
      "Pay £9,800.00 by 12 March 2027, or £10,000.00 by 1 April 2027.",
    ],
    [
      discount(200, 10),
      { amountMinor: 1_000_000, issueDate: "2027-03-02", netDays: 30, currency: "USD", locale: "en-US" },
      "Pay $9,800.00 by March 12, 2027, or $10,000.00 by April 1, 2027.",
    ],
    // across the year end
    [
      discount(100, 10),
      { amountMinor: 50_000, issueDate: "2027-12-20", netDays: 30, currency: "GBP", locale: "en-GB" },
      "Pay £495.00 by 30 December 2027, or £500.00 by 19 January 2028.",
    ],
    // a leap day in the period
    [
      discount(250, 10),
      { amountMinor: 12_345, issueDate: "2028-02-20", netDays: 14, currency: "GBP", locale: "en-GB" },
      "Pay £120.36 by 1 March 2028, or £123.45 by 5 March 2028.",
    ],
    [
      discount(300, 7),
      { amountMinor: 100_000, issueDate: "2027-01-15", netDays: 30, currency: "JPY", locale: "en-US" },
      "Pay ¥97,000 by January 22, 2027, or ¥100,000 by February 14, 2027.",
    ],
  ])("%j %j", (d, ctx, expected) => {
    expect(earlyDiscountOffer(d, ctx)).toBe(expected);
  });

  it("refuses a discount period that is not shorter than the term", () => {
    expect(() =>
      earlyDiscountOffer(discount(200, 30), {
        amountMinor: 100,
        issueDate: "2027-03-02",
        netDays: 30,
        currency: "USD",
        locale: "en-US",
      }),
    ).toThrow(RangeError);
  });
});

describe("earlyDiscountOffer with an invoice's own due date", () => {
  const base = { amountMinor: 844_841, issueDate: "2027-03-17", currency: "EUR" };
  it.each([
    // A fixed due date: the full amount is due then, not after some number of days.
    [{ ...base, dueDate: "2027-04-30", locale: "en-IE" }, "Pay €8,279.44 by 24 March 2027, or €8,448.41 by 30 April 2027."],
    // German numbers with English dates, as documents print them.
    [{ ...base, dueDate: "2027-03-31", locale: "de-DE", dateLocale: "en-GB" }, "Pay 8.279,44\u00a0€ by 24 March 2027, or 8.448,41\u00a0€ by 31 March 2027."],
    // The due date wins over netDays when both are given.
    [{ ...base, dueDate: "2027-03-31", netDays: 60, locale: "en-IE" }, "Pay €8,279.44 by 24 March 2027, or €8,448.41 by 31 March 2027."],
  ])("%j", (ctx, expected) => {
    expect(earlyDiscountOffer(discount(200, 7), ctx)).toBe(expected);
  });

  it("refuses a discount period that reaches the due date", () => {
    expect(() => earlyDiscountOffer(discount(200, 14), { ...base, dueDate: "2027-03-31", locale: "en-IE" })).toThrow(
      EARLY_DISCOUNT_PERIOD_MESSAGE,
    );
  });
});
