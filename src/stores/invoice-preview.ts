import { computed } from "nanostores";
import { FieldErrors } from "../domain/contract/field-errors";
import { type DraftMoney, moneyOf } from "../domain/invoice/draft-money";
import type { InvoiceLineDraft } from "../domain/invoice/invoice-draft";
import type { InvoiceStepId } from "../domain/invoice/invoice-steps";
import { type InvoiceTotals, invoiceTotals } from "../domain/invoice/invoice-totals";
import { readInvoiceLines } from "../domain/invoice/read-invoice-lines";
import { readInvoice } from "../domain/invoice/read-invoice";
import { documentDateLocale } from "../domain/dates/document-date-locale";
import { earlyDiscountOffer } from "../domain/terms/early-discount";
import { formatMoney } from "../domain/money/format-money";
import { $openInvoice } from "./invoice-editor";

// Live figures while the user types the lines: each line's amount and the running total. They
// are read quietly: a half-typed line just means "nothing to show yet", never an error.

const quiet = () => new FieldErrors<InvoiceStepId>("lines");

// One entry per line object: typing in one line leaves every other line's figures cached.
const lineFigures = new WeakMap<InvoiceLineDraft, { key: string; net: number | null; shown: string | null }>();

function figuresOf(line: InvoiceLineDraft, money: DraftMoney) {
  const key = `${money.currency} ${money.locale}`;
  const cached = lineFigures.get(line);
  if (cached?.key === key) return cached;
  const read = readInvoiceLines({ lines: [line], discountMode: "none", discountValue: "" }, money, quiet());
  const net = read ? (invoiceTotals({ lines: read.lines, invoiceDiscount: null }).lines[0]?.net ?? null) : null;
  const figures = { key, net, shown: net === null ? null : formatMoney(net, money.currency, money.locale) };
  lineFigures.set(line, figures);
  return figures;
}

/** A line's amount after its own discount, in minor units; null until the line can be read. */
export function lineNet(line: InvoiceLineDraft, money: DraftMoney): number | null {
  return figuresOf(line, money).net;
}

/** The same amount as the page shows it ("€1,200.00"), or null. */
export function lineAmount(line: InvoiceLineDraft, money: DraftMoney): string | null {
  return figuresOf(line, money).shown;
}

export type RunningTotals = { money: DraftMoney; totals: InvoiceTotals | null; lineCount: number };

let last: { lines: InvoiceLineDraft[]; discount: string; money: string; result: RunningTotals } | undefined;

/** The open invoice's totals, or totals: null while some line (or the invoice discount) can't be read yet. */
export const $runningTotals = computed($openInvoice, (saved): RunningTotals | null => {
  if (!saved) return null;
  const { draft } = saved;
  const money = moneyOf(draft);
  if (!money) return null;
  // Typing a name or a note changes the invoice, not its lines: the last figures still hold.
  const discount = `${draft.discountMode} ${draft.discountValue}`;
  const moneyKey = `${money.currency} ${money.locale}`;
  if (last && last.lines === draft.lines && last.discount === discount && last.money === moneyKey) return last.result;
  const read = readInvoiceLines(draft, money, quiet());
  const result = { money, totals: read ? invoiceTotals(read) : null, lineCount: draft.lines.length };
  last = { lines: draft.lines, discount, money: moneyKey, result };
  return result;
});

/**
 * The early-payment offer as the invoice prints it ("Pay €9,800.00 by 12 March 2027, or
 * €10,000.00 by 1 April 2027."), or null until the whole invoice can be read.
 */
export const $discountOffer = computed($openInvoice, (saved): string | null => {
  if (!saved || !saved.draft.earlyDiscount.enabled) return null;
  const read = readInvoice(saved.draft, saved.number);
  if (!read.ok || !read.invoice.earlyDiscount) return null;
  const { invoice } = read;
  try {
    return earlyDiscountOffer(invoice.earlyDiscount!, {
      amountMinor: invoiceTotals(invoice).total,
      issueDate: invoice.issueDate,
      dueDate: invoice.due.date,
      currency: invoice.currency,
      locale: invoice.locale,
      dateLocale: documentDateLocale(invoice.locale),
    });
  } catch {
    return null;
  }
});
