import type { InvoiceTotals } from "../../invoice/invoice-totals";
import type { Block } from "../document-model";
import type { InvoiceContext } from "./invoice-context";

/** The money minus sign (U+2212), which reads as minus, not as a hyphen. */
export const MINUS = "\u2212";

/**
 * Subtotal, invoice discount, one tax row per rate ("VAT 19% on 1,000.00"), and the total, strong.
 * Taxable amount per rate, the rate and the tax payable: Directive 2006/112/EC art. 226(8), (9),
 * (10); HMRC VAT Notice 700 §16.3 (total excluding VAT, total VAT). Lines with no rate get a
 * "No VAT on …" row only when other lines are taxed, so the bases visibly add up.
 */
export function totalsBlock(ctx: InvoiceContext, totals: InvoiceTotals, totalLabel: string): Block {
  const { invoice } = ctx;
  const rows: { label: string; value: string; strong?: boolean }[] = [];
  if (totals.invoiceDiscount > 0) {
    const discount = invoice.invoiceDiscount;
    rows.push({ label: "Subtotal", value: ctx.money(totals.subtotal) });
    rows.push({
      label: discount?.kind === "percent" ? `Discount (${ctx.percent(discount.basisPoints)})` : "Discount",
      value: `${MINUS}${ctx.money(totals.invoiceDiscount)}`,
    });
  }
  const taxed = totals.byRate.some((group) => group.millipercent !== null);
  if (taxed) {
    rows.push({ label: `Total excluding ${ctx.tax}`, value: ctx.money(totals.subtotal - totals.invoiceDiscount) });
    for (const group of totals.byRate) {
      const label =
        group.millipercent === null
          ? `No ${ctx.tax} on ${ctx.amount(group.base)}`
          : `${ctx.tax} ${ctx.taxRate(group.millipercent)} on ${ctx.amount(group.base)}`;
      rows.push({ label, value: ctx.money(group.tax) });
    }
  }
  rows.push({ label: totalLabel, value: ctx.money(totals.total), strong: true });
  return { kind: "totals", rows };
}
