import type { Contract } from "../contract/contract";
import { formatInvoiceNumber } from "./book-number";
import { type InvoiceBook, type InvoiceSource, type SavedInvoice, nextNumber } from "./invoice-book";

// Which saved invoices belong to a contract, and which numbers its invoices would get. Invoices
// carry the contract draft's id, so renaming the client or the project doesn't lose them; invoices
// from before ids (or a draft without one) are recognised by the project title and the client.

export function contractClientName(contract: Contract): string {
  return contract.client.businessName || contract.client.name;
}

export function contractInvoiceSource(contract: Contract, paymentIndex: number): InvoiceSource {
  return { kind: "contract", contractId: contract.id, contractTitle: contract.scope.title, clientName: contractClientName(contract), paymentIndex };
}

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
