import type { InvoiceTotals } from "../../invoice/invoice-totals";
import type { Block } from "../document-model";
import type { InvoiceContext } from "./invoice-context";

/**
 * With two or more rates, a table per rate: taxable amount, tax and gross, with their totals
 * (Directive 2006/112/EC art. 226(8)-(10): taxable amount and VAT per rate). Null with one rate:
 * the totals block already says it in one line.
 */
export function taxSummaryTable(ctx: InvoiceContext, totals: InvoiceTotals): Block | null {
  if (totals.byRate.length < 2) return null;
  const taxableTotal = totals.byRate.reduce((sum, group) => sum + group.base, 0);
  return {
    kind: "table",
    caption: `${ctx.tax} summary`,
    columns: [
      { header: "Rate", align: "left", weight: 4 },
      { header: "Taxable amount", align: "right", weight: 2 },
      { header: ctx.tax, align: "right", weight: 2 },
      { header: "Gross", align: "right", weight: 2 },
    ],
    rows: totals.byRate.map((group) => [
      group.millipercent === null ? `No ${ctx.tax}` : ctx.taxRate(group.millipercent),
      ctx.money(group.base),
      ctx.money(group.tax),
      ctx.money(group.base + group.tax),
    ]),
    footer: ["Total", ctx.money(taxableTotal), ctx.money(totals.taxTotal), ctx.money(totals.total)],
    keepTogether: true,
  };
}
