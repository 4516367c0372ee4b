import type { Contract } from "../contract/contract";
import { addDays, formatDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import type { Invoice, InvoiceStatus } from "../invoice/invoice";
import type { ContractInvoicePlan } from "../invoice/invoices-from-contract";
import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import { type EarlyDiscount, earlyDiscountAmounts } from "../terms/early-discount";
import { displayName } from "../text/display-name";

// The dates a user wants their own calendar to remind them of: when each invoice is due, the last
// day of each early-payment discount, and when the work for each milestone starts. All-day events,
// so no time zone can move them to another day. A paid invoice needs no reminder to pay (its work
// may still be ahead); a void one asks for nothing at all.

/** What the calendar needs to know about one invoice, whether it follows a contract or stands alone. */
export type CalendarInvoice = {
  /** The invoice number, e.g. "2026-0042": events are named after it and their ids derive from it. */
  number: string;
  /** Who pays: the business name, or the person's name. */
  clientName: string;
  /** What the client pays, in minor units of `currency`. */
  amount: number;
  currency: string;
  /** Number locale for amounts ("en-US", "de-DE"…). */
  locale: string;
  issueDate: string;
  dueDate: string;
  earlyDiscount: EarlyDiscount | null;
  /** For an invoice that pays for a milestone of a contract: the work and the day it starts. */
  work: { name: string; project: string; starts: string } | null;
  /** Where it stands in the user's list: only an open invoice gets its discount and due reminders. */
  status: InvoiceStatus["kind"];
};

export type CalendarEventKind = "work-start" | "discount-deadline" | "due";

export type CalendarEvent = {
  /** Stable across downloads: the same invoice and kind give the same id, so a calendar updates the event instead of adding a copy. */
  uid: string;
  kind: CalendarEventKind;
  invoiceNumber: string;
  /** "YYYY-MM-DD", an all-day event. */
  date: string;
  title: string;
  description: string;
};

const KIND_ORDER: Record<CalendarEventKind, number> = { "work-start": 0, "discount-deadline": 1, due: 2 };

/**
 * An id in the iCalendar UID sense (RFC 5545 §3.8.4.7): globally unique and the same every time
 * the file is made. Derived from the invoice number and the event kind; any character outside
 * A–Z, a–z, 0–9 and "-" is written as "_" plus its code point, so two numbers never share an id.
 * The date is not part of it: when an invoice's due date changes, re-importing moves the event.
 */
export function calendarEventUid(invoiceNumber: string, kind: CalendarEventKind): string {
  return `invoice-${uidPart(invoiceNumber)}-${kind}@upfront`;
}

/** Text made safe for a UID, one-to-one: A–Z, a–z, 0–9 and "-" as they are, any other character as "_<hex code point>_". */
export function uidPart(text: string): string {
  return [...text].map((ch) => (/[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`)).join("");
}

/** The events for a list of invoices, sorted by date (then work start, discount, due), one per uid. */
export function paymentCalendar(invoices: readonly CalendarInvoice[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const inv of invoices) {
    if (inv.status === "void") continue;
    const money = (minor: number) => formatMoney(minor, inv.currency, inv.locale);
    const date = (day: string) => formatDate(day, documentDateLocale(inv.locale));
    const event = (kind: CalendarEventKind, day: string, title: string, description: string) =>
      events.push({ uid: calendarEventUid(inv.number, kind), kind, invoiceNumber: inv.number, date: day, title, description });

    if (inv.work) {
      event(
        "work-start",
        inv.work.starts,
        `Start work on ${inv.work.name} (invoice ${inv.number}, ${money(inv.amount)})`,
        `Work on “${inv.work.name}” for ${inv.work.project} starts today. ` +
          (inv.status === "paid"
            ? `${inv.clientName} has already paid invoice ${inv.number} (${money(inv.amount)}) for it.`
            : `When it is done, invoice ${inv.number} asks ${inv.clientName} for ${money(inv.amount)}.`),
      );
    }
    if (inv.status !== "open") continue;
    if (inv.earlyDiscount) {
      const lastDay = addDays(inv.issueDate, inv.earlyDiscount.withinDays);
      // A discount period that does not end before the due date is no separate deadline.
      if (lastDay < inv.dueDate) {
        const percent = formatPercent(inv.earlyDiscount.basisPoints, inv.locale);
        const { discountedMinor } = earlyDiscountAmounts(inv.earlyDiscount, inv.amount);
        event(
          "discount-deadline",
          lastDay,
          `Last day for the ${percent} early-payment discount on invoice ${inv.number}`,
          `${inv.clientName} can pay ${money(discountedMinor)} instead of ${money(inv.amount)} for invoice ${inv.number} ` +
            `if the payment is made by today. After today the full amount is due by ${date(inv.dueDate)}.`,
        );
      }
    }
    event(
      "due",
      inv.dueDate,
      `Invoice ${inv.number} due: ${money(inv.amount)} from ${inv.clientName}`,
      `Invoice ${inv.number} of ${date(inv.issueDate)} to ${inv.clientName} for ${money(inv.amount)} is due today. ` +
        "If it has not been paid, send a friendly reminder.",
    );
  }
  const seen = new Set<string>();
  return events
    .filter((e) => (seen.has(e.uid) ? false : (seen.add(e.uid), true)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.invoiceNumber < b.invoiceNumber ? -1 : a.invoiceNumber > b.invoiceNumber ? 1 : 0)));
}

/** An invoice planned from a contract, once the invoice book has given it a number (open: not yet paid). */
export function calendarInvoiceFromPlan(plan: ContractInvoicePlan, number: string, contract: Contract): CalendarInvoice {
  return {
    number,
    clientName: displayName(contract.client),
    amount: plan.amount,
    currency: contract.currency,
    locale: contract.locale,
    issueDate: plan.issueDate,
    dueDate: plan.dueDate,
    earlyDiscount: plan.earlyDiscount,
    work: plan.workStarts === null ? null : { name: plan.name, project: contract.scope.title, starts: plan.workStarts },
    status: "open",
  };
}

/**
 * A checked invoice (standalone or from a contract) with its total from invoiceTotals, in minor
 * units, and its status in the user's list (open when not given).
 */
export function calendarInvoiceFromInvoice(invoice: Invoice, total: number, status: InvoiceStatus = { kind: "open" }): CalendarInvoice {
  return {
    number: invoice.number,
    clientName: displayName(invoice.buyer),
    amount: total,
    currency: invoice.currency,
    locale: invoice.locale,
    issueDate: invoice.issueDate,
    dueDate: invoice.due.date,
    earlyDiscount: invoice.earlyDiscount,
    work: null,
    status: status.kind,
  };
}
