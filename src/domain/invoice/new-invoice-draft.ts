import { moveItem, nextId } from "../drafts/list-items";
import { InvoiceDraft, type InvoiceLineDraft, MAX_INVOICE_LINES } from "./invoice-draft";

/** An empty line with the next free id ("l1", "l2"…): quantity 1, no tax, no discount. */
export function newInvoiceLine(existing: readonly { id: string }[]): InvoiceLineDraft {
  return { id: nextId("l", existing), description: "", quantity: "1", unit: "", unitPrice: "", taxRate: "", discountMode: "none", discountValue: "" };
}

/**
 * A fresh invoice dated `today` with one empty line, due in 14 days, in `currency`. No late fee:
 * a standalone invoice should only charge one the client agreed to (the contract's invoices copy it).
 */
export function newInvoiceDraft(locale: string, today: string, currency = "EUR"): InvoiceDraft {
  // Decimal defaults are written the way this number style writes them ("1,5" in de-DE).
  const decimal = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  return InvoiceDraft.parse({
    numberLocale: locale,
    currency,
    issueDate: today,
    lines: [newInvoiceLine([])],
    lateFee: { kind: "none", percentPerMonth: decimal(1.5) },
  });
}

/** Moves the line with `id` one place up (-1) or down (+1); a no-op at either end. */
export function moveLine(lines: readonly InvoiceLineDraft[], id: string, by: -1 | 1): InvoiceLineDraft[] {
  return moveItem(lines, id, by);
}

/** A copy of the line with `id`, with a new id, right below it; unchanged when the invoice is full or the id unknown. */
export function duplicateLine(lines: readonly InvoiceLineDraft[], id: string): InvoiceLineDraft[] {
  const at = lines.findIndex((l) => l.id === id);
  if (at < 0 || lines.length >= MAX_INVOICE_LINES) return [...lines];
  const copy = { ...lines[at]!, id: nextId("l", lines) };
  return [...lines.slice(0, at + 1), copy, ...lines.slice(at + 1)];
}
