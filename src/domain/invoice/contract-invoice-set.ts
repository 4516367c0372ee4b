import type { Contract } from "../contract/contract";
import { formatMoney } from "../money/format-money";
import { formatInvoiceNumber } from "./book-number";
import { contractClientName } from "./contract-invoice-source";
import { type InvoiceBook, type SavedInvoice, nextNumber } from "./invoice-book";
import type { ContractInvoicePlan } from "./invoices-from-contract";
import { savedInvoiceDocument } from "./saved-invoice-document";

// Which saved invoices belong to a contract, and which numbers its invoices would get. Invoices
// carry the contract draft's id, so renaming the client or the project doesn't lose them; invoices
// from before ids (or a draft without one) are recognised by the project title and the client.

/**
 * The saved invoices made from this contract, one per payment of its schedule: where a payment was
 * invoiced more than once (the set was made again), the newest invoice that is not void counts.
 */
export function savedForContract(book: InvoiceBook, contract: Contract): SavedInvoice[] {
  const client = contractClientName(contract);
  const byPayment = new Map<number, SavedInvoice>();
  for (const inv of book.invoices) {
    const s = inv.source;
    if (!s || inv.status.kind === "void") continue;
    const same = s.contractId && contract.id ? s.contractId === contract.id : s.contractTitle === contract.scope.title && s.clientName === client;
    if (!same) continue;
    const seen = byPayment.get(s.paymentIndex);
    if (!seen || inv.createdAt > seen.createdAt) byPayment.set(s.paymentIndex, inv);
  }
  return [...byPayment.entries()].sort((a, b) => a[0] - b[0]).map(([, inv]) => inv);
}

/** The numbers the next `count` invoices would get, in order (nothing is reserved). */
export function upcomingNumbers(book: InvoiceBook, count: number): string[] {
  const { prefix, sequence } = nextNumber(book);
  return Array.from({ length: count }, (_, i) => formatInvoiceNumber(prefix, sequence + i, book.digits));
}

/**
 * What no longer matches the contract, one sentence each: payments without an invoice, invoices
 * whose amount before tax differs from the payment's, and invoices for a payment the contract no
 * longer has. `saved` is savedForContract's list, `plans` invoicesFromContract's, `today` the user's date.
 * An invoice that can't be read (left incomplete in the editor) is not compared.
 */
export function changedSinceCreated(saved: readonly SavedInvoice[], plans: readonly ContractInvoicePlan[], today: string): string[] {
  const found: string[] = [];
  for (const plan of plans) {
    const inv = saved.find((s) => s.source?.paymentIndex === plan.paymentIndex);
    if (!inv) {
      found.push(`${plan.name} has no invoice yet.`);
      continue;
    }
    const doc = savedInvoiceDocument(inv, today);
    if (!doc.ok) continue;
    // Before tax: the contract's amounts exclude VAT, which the user may have added since.
    const net = doc.totals.subtotal - doc.totals.invoiceDiscount;
    if (net !== plan.amount) {
      const money = (minor: number) => formatMoney(minor, doc.invoice.currency, doc.invoice.locale);
      found.push(`Invoice ${inv.number} (${plan.name}) is for ${money(net)} before tax; the contract now says ${money(plan.amount)}.`);
    }
  }
  const extra = saved.filter((s) => !plans.some((p) => p.paymentIndex === s.source?.paymentIndex));
  for (const inv of extra) found.push(`Invoice ${inv.number} is for a payment the contract no longer has.`);
  return found;
}
