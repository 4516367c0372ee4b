import type { InvoiceTotals } from "../../invoice/invoice-totals";
import { formatQuantity } from "../../invoice/format-quantity";
import type { InvoiceLine } from "../../invoice/invoice";
import { type Block, TOTALS_VALUE_SHARE, type TableColumn } from "../document-model";
import type { InvoiceContext } from "./invoice-context";

/** Printed in the tax column for a line that shows no tax. */
export const NO_TAX = "—";

/**
 * The line items: Description | Qty | Unit price | Tax | Amount, the amount after the line's
 * discount. Quantity, nature, unit price, rate and net amount per line: Directive 2006/112/EC
 * art. 226(6), (8), (9); HMRC VAT Notice 700 §16.3. The tax column is left out when no line
 * shows a rate. Weights add up so the amount column has the totals block's share of the width,
 * and the totals print under it.
 */
export function linesTable(ctx: InvoiceContext, totals: InvoiceTotals): Block {
  const { invoice } = ctx;
  const withTax = invoice.lines.some((line) => line.taxMillipercent !== null);
  const amountWeight = 10 * TOTALS_VALUE_SHARE;
  const columns: TableColumn[] = [
    { header: "Description", align: "left", weight: withTax ? 4.3 : 5.1 },
    { header: "Qty", align: "right", weight: 1.3 },
    { header: "Unit price", align: "right", weight: 1.6 },
    ...(withTax ? [{ header: ctx.tax, align: "right" as const, weight: 0.8 }] : []),
    { header: "Amount", align: "right", weight: amountWeight },
  ];
  const byId = new Map(totals.lines.map((line) => [line.id, line]));
  const rows = invoice.lines.map((line) => {
    const computed = byId.get(line.id);
    const net = computed?.net ?? 0;
    const discount = computed?.discount ?? 0;
    return [
      description(line, discount, ctx),
      quantityText(line, invoice.locale),
      ctx.money(line.unitPrice),
      ...(withTax ? [line.taxMillipercent === null ? NO_TAX : ctx.taxRate(line.taxMillipercent)] : []),
      ctx.money(net),
    ];
  });
  return { kind: "table", columns, rows };
}

/** "1.5 hours", "2": up to 3 decimals in the invoice's number style, with the unit. */
function quantityText(line: InvoiceLine, locale: string): string {
  const quantity = formatQuantity(line.quantityThousandths, locale);
  return line.unit === "" ? quantity : `${quantity} ${line.unit}`;
}

/** The description, and under it the line's discount: "Less 10% (−€12.00)" or "Less €50.00". */
function description(line: InvoiceLine, discountMinor: number, ctx: InvoiceContext): string {
  const { discount } = line;
  if (discount === null || discountMinor === 0) return line.description;
  const less =
    discount.kind === "percent"
      ? `Less ${ctx.percent(discount.basisPoints)} (−${ctx.money(discountMinor)})`
      : `Less ${ctx.money(discountMinor)}`;
  return `${line.description}\n${less}`;
}
