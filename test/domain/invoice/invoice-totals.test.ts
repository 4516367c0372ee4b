import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InvoiceLine, LineDiscount } from "../../../src/domain/invoice/invoice";
import { discountOff, invoiceTotals, lineGross } from "../../../src/domain/invoice/invoice-totals";
import { formatMoney } from "../../../src/domain/money/format-money";
import { parseMoney } from "../../../src/domain/money/parse-money";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

let nextLine = 0;
function line(quantityThousandths: number, unitPrice: number, taxMillipercent: number | null, discount: LineDiscount = null): InvoiceLine {
  nextLine += 1;
  return { id: `l${nextLine}`, description: "Work", quantityThousandths, unit: "", unitPrice, taxMillipercent, discount };
}
const pct = (basisPoints: number): LineDiscount => ({ kind: "percent", basisPoints });
const amt = (minor: number): LineDiscount => ({ kind: "amount", minor });

describe("lineGross: quantity × unit price, half-up to the minor unit", () => {
  it.each([
    { name: "whole quantity", q: 3_000, price: 1_999, gross: 5_997 },
    { name: "1.5 hours × 85.00", q: 1_500, price: 8_500, gross: 12_750 },
    { name: "0.333 × 1.00 = 0.333 → 0.33", q: 333, price: 100, gross: 33 },
    { name: "0.005 × 1.00 = 0.005 → 0.01 (half goes up)", q: 5, price: 100, gross: 1 },
    { name: "0.004 × 1.00 = 0.004 → 0.00", q: 4, price: 100, gross: 0 },
    { name: "2.5 × ¥1 = 2.5 → 3", q: 2_500, price: 1, gross: 3 },
    { name: "a free line", q: 10_000, price: 0, gross: 0 },
    { name: "the largest quantity × 10,000,000.00 (exact in BigInt)", q: 1_000_000_000, price: 1_000_000_000, gross: 1_000_000_000_000_000 },
  ])("$name", ({ q, price, gross }) => {
    expect(lineGross({ quantityThousandths: q, unitPrice: price })).toBe(gross);
  });
});

describe("discountOff", () => {
  it.each([
    { name: "none", amount: 10_000, discount: null, off: 0 },
    { name: "10% of 240.00", amount: 24_000, discount: pct(1_000), off: 2_400 },
    { name: "12.5% of 0.99 = 0.12375 → 0.12", amount: 99, discount: pct(1_250), off: 12 },
    { name: "50% of 0.01 = 0.005 → 0.01 (half up)", amount: 1, discount: pct(5_000), off: 1 },
    { name: "100%", amount: 12_345, discount: pct(10_000), off: 12_345 },
    { name: "an amount", amount: 10_000, discount: amt(2_500), off: 2_500 },
    { name: "an amount larger than the line is capped at the line", amount: 10_000, discount: amt(20_000), off: 10_000 },
  ])("$name", ({ amount, discount, off }) => {
    expect(discountOff(amount, discount)).toBe(off);
  });
});

describe("invoiceTotals: worked examples", () => {
  it("the sample invoice: three rates, a line discount", () => {
    const t = invoiceTotals({
      lines: [line(12_500, 8_500, 19_000), line(1_000, 24_000, 19_000, pct(1_000)), line(500_000, 37, 7_000), line(1_000, 15_000, 0)],
      invoiceDiscount: null,
    });
    expect(t.lines.map(({ gross, discount, net }) => [gross, discount, net])).toEqual([
      [106_250, 0, 106_250],
      [24_000, 2_400, 21_600],
      [18_500, 0, 18_500],
      [15_000, 0, 15_000],
    ]);
    expect(t.subtotal).toBe(161_350);
    expect(t.byRate).toEqual([
      { millipercent: 19_000, base: 127_850, tax: 24_292 }, // 242.915 → 242.92
      { millipercent: 7_000, base: 18_500, tax: 1_295 },
      { millipercent: 0, base: 15_000, tax: 0 },
    ]);
    expect(t.taxTotal).toBe(25_587);
    expect(t.total).toBe(186_937);
  });

  it("tax is rounded once per rate, not per line: 3 × 0.05 at 10% is 0.02, not 3 × 0.01", () => {
    const t = invoiceTotals({ lines: [line(1_000, 5, 10_000), line(1_000, 5, 10_000), line(1_000, 5, 10_000)], invoiceDiscount: null });
    expect(t.byRate).toEqual([{ millipercent: 10_000, base: 15, tax: 2 }]); // 1.5 → 2
    expect(t.total).toBe(17);
  });

  it.each([
    { name: "New York City sales tax 8.875% on $100.00 = $8.875 → $8.88", rate: 8_875, base: 10_000, tax: 888 },
    { name: "8.875% on $99.99 = $8.8741… → $8.87", rate: 8_875, base: 9_999, tax: 887 },
    { name: "10.25% on $0.40 = $0.041 → $0.04", rate: 10_250, base: 40, tax: 4 },
    { name: "0.001% on $500.00 = $0.005 → $0.01 (half goes up)", rate: 1, base: 50_000, tax: 1 },
    { name: "100% on $12.34", rate: 100_000, base: 1_234, tax: 1_234 },
  ])("three-decimal rates, exact: $name", ({ rate, base, tax }) => {
    expect(invoiceTotals({ lines: [line(1_000, base, rate)], invoiceDiscount: null }).byRate).toEqual([{ millipercent: rate, base, tax }]);
  });

  it("the invoice discount is spread over the rates by their net, largest remainder, so bases add up", () => {
    // 10.00 off 100.00 + 200.00 + 33.33 = 333.33: exact shares 3.00, 6.00, 0.9999 → 3.00, 6.00, 1.00
    const t = invoiceTotals({ lines: [line(1_000, 10_000, 20_000), line(1_000, 20_000, 7_000), line(1_000, 3_333, null)], invoiceDiscount: amt(1_000) });
    expect(t.subtotal).toBe(33_333);
    expect(t.invoiceDiscount).toBe(1_000);
    expect(t.byRate).toEqual([
      { millipercent: 20_000, base: 9_700, tax: 1_940 },
      { millipercent: 7_000, base: 19_400, tax: 1_358 },
      { millipercent: null, base: 3_233, tax: 0 },
    ]);
    expect(sum(t.byRate.map((r) => r.base))).toBe(t.subtotal - t.invoiceDiscount);
    expect(t.total).toBe(33_333 - 1_000 + 1_940 + 1_358);
  });

  it("a percent invoice discount is rounded half-up on the subtotal", () => {
    const t = invoiceTotals({ lines: [line(1_000, 999, 20_000)], invoiceDiscount: pct(250) }); // 2.5% of 9.99 = 0.24975 → 0.25
    expect(t.invoiceDiscount).toBe(25);
    expect(t.byRate).toEqual([{ millipercent: 20_000, base: 974, tax: 195 }]); // 194.8 → 195
    expect(t.total).toBe(999 - 25 + 195);
  });

  it("rates are sorted highest first with 'no tax' last, whatever the line order", () => {
    const t = invoiceTotals({ lines: [line(1_000, 100, null), line(1_000, 100, 0), line(1_000, 100, 7_000), line(1_000, 100, 20_000), line(1_000, 100, 7_000)], invoiceDiscount: null });
    expect(t.byRate.map((r) => r.millipercent)).toEqual([20_000, 7_000, 0, null]);
    expect(t.byRate.find((r) => r.millipercent === 7_000)?.base).toBe(200);
  });

  it("no lines: everything is 0", () => {
    expect(invoiceTotals({ lines: [], invoiceDiscount: pct(1_000) })).toEqual({ lines: [], subtotal: 0, invoiceDiscount: 0, byRate: [], taxTotal: 0, total: 0 });
  });

  it("free lines with an invoice discount: nothing to spread", () => {
    const t = invoiceTotals({ lines: [line(1_000, 0, 20_000)], invoiceDiscount: amt(500) });
    expect(t).toMatchObject({ subtotal: 0, invoiceDiscount: 0, byRate: [{ millipercent: 20_000, base: 0, tax: 0 }], total: 0 });
  });

  it("a 100% invoice discount leaves every base and the total at 0", () => {
    const t = invoiceTotals({ lines: [line(1_000, 12_345, 19_000), line(2_000, 999, 7_000)], invoiceDiscount: pct(10_000) });
    expect(t.byRate.map((r) => r.base)).toEqual([0, 0]);
    expect(t.total).toBe(0);
  });

  it("500 lines at the largest line amount a valid invoice can hold add up exactly", () => {
    const lines = Array.from({ length: 500 }, (_, i) => line(1_000, 20_000_000_000 - i, i % 2 === 0 ? 20_000 : null));
    const t = invoiceTotals({ lines, invoiceDiscount: amt(7) });
    expect(t.subtotal).toBe(sum(lines.map((l) => l.unitPrice)));
    expect(sum(t.byRate.map((r) => r.base))).toBe(t.subtotal - 7);
    expect(Number.isSafeInteger(t.total)).toBe(true);
  });
});

// ---- Property tests: what the reader sees always adds up, in currencies with 0, 2 and 3 decimals. ----

const CURRENCIES = [
  { currency: "JPY", locale: "en-US" }, // 0 minor digits
  { currency: "EUR", locale: "de-DE" }, // 2
  { currency: "KWD", locale: "en-GB" }, // 3
  { currency: "EUR", locale: "fr-FR" },
  { currency: "USD", locale: "en-US" },
] as const;

// Tax rates in thousandths of a percent: VAT rates, US sales taxes with three decimals, any rate to 100%.
const rate = fc.oneof(
  fc.constantFrom<number | null>(null, 0, 5_000, 7_000, 8_250, 8_875, 10_250, 19_000, 20_000, 21_000, 27_000),
  fc.integer({ min: 0, max: 100_000 }),
);
const discount = fc.oneof(
  fc.constant<LineDiscount>(null),
  fc.integer({ min: 1, max: 10_000 }).map(pct),
  fc.integer({ min: 1, max: 50_000_000 }).map(amt),
);
// Up to 500 lines of up to 1,000,000 units at up to 1,000,000 minor units: like readInvoice's limits,
// every total stays a safe integer.
const lineArb = fc.record({
  quantityThousandths: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 1_000_000_000 })),
  unitPrice: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1_000_000 })),
  taxMillipercent: rate,
  discount,
});
const invoiceArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 500 }).map((ls) => ls.map((l, i): InvoiceLine => ({ ...l, id: `l${i}`, description: "x", unit: "" }))),
  invoiceDiscount: discount,
});

describe("invoiceTotals: properties", () => {
  it("every line: gross − discount = net ≥ 0; gross within half a minor unit of quantity × price", () => {
    fc.assert(
      fc.property(invoiceArb, (invoice) => {
        const t = invoiceTotals(invoice);
        t.lines.forEach((l, i) => {
          const src = invoice.lines[i]!;
          expect(l.id).toBe(src.id);
          expect(l.gross - l.discount).toBe(l.net);
          expect(l.net).toBeGreaterThanOrEqual(0);
          // |gross × 1000 − q × price| ≤ 500
          const diff = BigInt(l.gross) * 1_000n - BigInt(src.quantityThousandths) * BigInt(src.unitPrice);
          expect(diff <= 500n && diff > -500n).toBe(true);
        });
      }),
    );
  });

  it("Σ line nets = subtotal; subtotal − invoice discount = Σ bases; Σ bases + Σ tax = total", () => {
    fc.assert(
      fc.property(invoiceArb, (invoice) => {
        const t = invoiceTotals(invoice);
        expect(sum(t.lines.map((l) => l.net))).toBe(t.subtotal);
        expect(t.invoiceDiscount).toBeLessThanOrEqual(t.subtotal);
        expect(sum(t.byRate.map((r) => r.base))).toBe(t.subtotal - t.invoiceDiscount);
        expect(sum(t.byRate.map((r) => r.tax))).toBe(t.taxTotal);
        expect(sum(t.byRate.map((r) => r.base)) + t.taxTotal).toBe(t.total);
        for (const r of t.byRate) expect(r.base).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(t.total)).toBe(true);
      }),
    );
  });

  it("tax per rate is its base × rate rounded half-up, once; no-tax lines carry none", () => {
    fc.assert(
      fc.property(invoiceArb, (invoice) => {
        for (const r of invoiceTotals(invoice).byRate) {
          if (r.millipercent === null) {
            expect(r.tax).toBe(0);
            continue;
          }
          // tax − base × rate in [−0.5, 0.5) minor units
          const diff = BigInt(r.tax) * 100_000n - BigInt(r.base) * BigInt(r.millipercent);
          expect(diff <= 50_000n && diff > -50_000n).toBe(true);
        }
      }),
    );
  });

  it("each rate's share of the invoice discount is within one minor unit of its exact proportion", () => {
    fc.assert(
      fc.property(invoiceArb, (invoice) => {
        const t = invoiceTotals(invoice);
        const netOf = (rate: number | null) => sum(invoice.lines.map((l, i) => (l.taxMillipercent === rate ? t.lines[i]!.net : 0)));
        for (const r of t.byRate) {
          const net = netOf(r.millipercent);
          const share = net - r.base;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(net);
          if (t.subtotal > 0) {
            const diff = BigInt(share) * BigInt(t.subtotal) - BigInt(t.invoiceDiscount) * BigInt(net);
            expect(diff < BigInt(t.subtotal) && diff > -BigInt(t.subtotal)).toBe(true);
          }
        }
      }),
    );
  });

  it("rates are distinct, highest first, 'no tax' last", () => {
    fc.assert(
      fc.property(invoiceArb, (invoice) => {
        const rates = invoiceTotals(invoice).byRate.map((r) => r.millipercent);
        expect(new Set(rates).size).toBe(rates.length);
        const numbers = rates.filter((r) => r !== null);
        expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
        if (rates.includes(null)) expect(rates.at(-1)).toBeNull();
      }),
    );
  });

  it("the order of the lines changes nothing but the order of the line figures", () => {
    fc.assert(
      fc.property(
        invoiceArb.chain((invoice) => fc.shuffledSubarray(invoice.lines, { minLength: invoice.lines.length }).map((shuffled) => ({ invoice, shuffled }))),
        ({ invoice, shuffled }) => {
        const a = invoiceTotals(invoice);
        const b = invoiceTotals({ ...invoice, lines: shuffled });
        expect(b.byRate).toEqual(a.byRate);
        expect([b.subtotal, b.invoiceDiscount, b.taxTotal, b.total]).toEqual([a.subtotal, a.invoiceDiscount, a.taxTotal, a.total]);
        expect(new Map(b.lines.map((l) => [l.id, l]))).toEqual(new Map(a.lines.map((l) => [l.id, l])));
        },
      ),
    );
  });

  it.each(CURRENCIES)("displayed in $currency ($locale): the printed lines add up to the printed subtotal, and the printed summary to the printed total", ({ currency, locale }) => {
    // Read each printed figure back as a reader (or an accounting program) would, and add them up.
    const shown = (minor: number) => {
      const text = formatMoney(minor, currency, locale);
      const back = parseMoney(text, currency, locale);
      if (!back.ok) throw new Error(`${text} did not read back: ${back.error}`);
      return back.value;
    };
    fc.assert(
      fc.property(invoiceArb, (invoice) => {
        const t = invoiceTotals(invoice);
        expect(sum(t.lines.map((l) => shown(l.net)))).toBe(shown(t.subtotal));
        const bases = t.byRate.map((r) => shown(r.base));
        const taxes = t.byRate.map((r) => shown(r.tax));
        expect(shown(t.subtotal) - shown(t.invoiceDiscount)).toBe(sum(bases));
        expect(sum(taxes)).toBe(shown(t.taxTotal));
        expect(sum(bases) + sum(taxes)).toBe(shown(t.total));
      }),
      { numRuns: 30 },
    );
  });
});
