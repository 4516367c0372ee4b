import type { Contract } from "../contract/contract";
import { displayName } from "../text/display-name";
import type { InvoiceSource } from "./invoice-book";

// What an invoice made from a contract records about it. Apart from contract-invoice-set.ts, which
// builds invoice documents to compare amounts, so the invoice store can stamp a source without them.

export function contractClientName(contract: Contract): string {
  return displayName(contract.client);
}

export function contractInvoiceSource(contract: Contract, paymentIndex: number): InvoiceSource {
  return { kind: "contract", contractId: contract.id, contractTitle: contract.scope.title, clientName: contractClientName(contract), paymentIndex };
}
