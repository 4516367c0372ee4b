import { allocateByWeights } from "../schedule/allocate";
import { divideHalfUp } from "../terms/round-half-up";
import type { Invoice, InvoiceLine, LineDiscount } from "./invoice";
import { QUANTITY_SCALE } from "./parse-quantity";
import { TAX_RATE_SCALE } from "./tax-rate";

// THE rounding rule for invoices (everything in integer minor units, BigInt where amounts multiply):
// 1. Line amount (gross) = quantity × unit price, rounded half-up to the minor unit.
// 2. A percent discount (on a line, or on the invoice) is rounded half-up; the net is what is left,
//    so gross − discount = net exactly. An amount discount is taken as typed (never more than the amount).
// 3. The invoice discount comes off the subtotal before tax. It is spread over the tax rates in
//    proportion to their net amounts by the largest-remainder method (allocateByWeights), so the
//    taxable amounts per rate add up exactly to subtotal − invoice discount.
// 4. Tax is worked out once per rate, on that rate's taxable amount, rounded half-up — never per line:
//    tax = base × rate / 100_000, the rate in thousandths of a percent (8.875% → 8_875), exact in BigInt.
//    EU: Directive 2006/112/EC art. 226(8)–(10) asks for the taxable amount and the VAT per rate;
//    UK: HMRC VAT Notice 700 §16.6 (and §17) allows rounding the VAT on the invoice total per rate.
// 5. Total = subtotal − invoice discount + Σ tax. Every figure shown is one of these integers, so
//    the lines shown add up to the subtotal and the summary adds up to the total, in any currency.

export type InvoiceLineTotals = { id: string; gross: number; discount: number; net: number };

export type RateTotals = {
  /** Tax rate in thousandths of a percent (tax-rate.ts), or null for lines that show no tax. */
  millipercent: number | null;
  /** Taxable amount: the net of this rate's lines less its share of the invoice discount. */
  base: number;
  tax: number;
};

export type InvoiceTotals = {
  /** net = gross − discount */
  lines: InvoiceLineTotals[];
  /** Σ line net */
  subtotal: number;
  /** On the subtotal, before tax. */
  invoiceDiscount: number;
  /** Sorted by rate, highest first; lines with no tax (null) last. */
  byRate: RateTotals[];
  taxTotal: number;
  /** subtotal − invoiceDiscount + taxTotal */
  total: number;
};

/** quantity (thousandths) × unit price, rounded half-up to the minor unit. */
export function lineGross(line: Pick<InvoiceLine, "quantityThousandths" | "unitPrice">): number {
  return Number(divideHalfUp(BigInt(line.quantityThousandths) * BigInt(line.unitPrice), BigInt(QUANTITY_SCALE)));
}

/** The discount in minor units off `amount`: a percent rounded half-up, an amount never more than `amount`. */
export function discountOff(amount: number, discount: LineDiscount): number {
  if (discount === null) return 0;
  if (discount.kind === "amount") return Math.min(discount.minor, amount);
  return Math.min(Number(divideHalfUp(BigInt(amount) * BigInt(discount.basisPoints), 10_000n)), amount);
}

/** Highest rate first, "no tax" last. */
const byRateOrder = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

export function invoiceTotals(invoice: Pick<Invoice, "lines" | "invoiceDiscount">): InvoiceTotals {
  const lines = invoice.lines.map((line) => {
    const gross = lineGross(line);
    const discount = discountOff(gross, line.discount);
    return { id: line.id, gross, discount, net: gross - discount };
  });
  const subtotal = lines.reduce((sum, l) => sum + l.net, 0);
  const invoiceDiscount = discountOff(subtotal, invoice.invoiceDiscount);

  const netByRate = new Map<number | null, number>();
  invoice.lines.forEach((line, i) => {
    netByRate.set(line.taxMillipercent, (netByRate.get(line.taxMillipercent) ?? 0) + lines[i]!.net);
  });
  const rates = [...netByRate.keys()].sort(byRateOrder);
  const nets = rates.map((r) => netByRate.get(r)!);
  const shares = invoiceDiscount > 0 ? allocateByWeights(invoiceDiscount, nets).amounts : nets.map(() => 0);
  const byRate = rates.map((millipercent, i) => {
    const base = nets[i]! - shares[i]!;
    const tax = millipercent === null ? 0 : Number(divideHalfUp(BigInt(base) * BigInt(millipercent), BigInt(TAX_RATE_SCALE)));
    return { millipercent, base, tax };
  });
  const taxTotal = byRate.reduce((sum, r) => sum + r.tax, 0);
  return { lines, subtotal, invoiceDiscount, byRate, taxTotal, total: subtotal - invoiceDiscount + taxTotal };
}
