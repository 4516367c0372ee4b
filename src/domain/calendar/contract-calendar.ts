import type { Contract } from "../contract/contract";
import type { SavedInvoice } from "../invoice/invoice-book";
import type { ContractInvoicePlan } from "../invoice/invoices-from-contract";
import { readInvoice } from "../invoice/read-invoice";
import { invoiceTotals } from "../invoice/invoice-totals";
import { type CalendarEvent, type CalendarInvoice, calendarInvoiceFromInvoice, calendarInvoiceFromPlan, paymentCalendar } from "./payment-calendar";

// The calendar of a contract's invoices. Once an invoice is saved, its own dates and total count
// (the user may have moved a date or added VAT); the plan adds when the milestone's work starts.
// An invoice that can't be read (edited into an incomplete state) falls back to the plan. A paid
// invoice keeps only its work start, a void one has no events (payment-calendar.ts).

export function contractCalendar(contract: Contract, plans: readonly ContractInvoicePlan[], saved: readonly SavedInvoice[]): CalendarEvent[] {
  const invoices: CalendarInvoice[] = [];
  for (const inv of saved) {
    const source = inv.source;
    const plan = source ? plans.find((p) => p.paymentIndex === source.paymentIndex) : undefined;
    if (!plan) continue;
    const fromPlan = { ...calendarInvoiceFromPlan(plan, inv.number, contract), status: inv.status.kind };
    const read = readInvoice(inv.draft, inv.number);
    invoices.push(read.ok ? { ...calendarInvoiceFromInvoice(read.invoice, invoiceTotals(read.invoice).total, inv.status), work: fromPlan.work } : fromPlan);
  }
  return paymentCalendar(invoices);
}
