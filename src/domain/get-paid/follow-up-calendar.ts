import { uidPart } from "../calendar/payment-calendar";
import { type IcsEvent, toIcs } from "../calendar/to-ics";
import { formatDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import type { Result } from "../result";
import { displayName } from "../text/display-name";
import { fileName } from "../text/file-name";
import type { EscalationPlan } from "./escalation-plan";
import type { OverdueCase } from "./overdue-case";

// The plan's follow-up dates as calendar events, made into an .ics file by the same toIcs as the
// payment calendar: all-day events (no time zone can move them to another day), a reminder at
// 9:00 on the day, and UIDs that stay the same from one download to the next (invoice number and
// step id, never the date), so re-importing moves an event instead of adding a copy. Steps
// already sent or skipped are left out; those whose day has passed are put on the plan's day. The page loads this module with import(), as it pulls in `ics`.

/** Stable per invoice and step (RFC 5545 §3.8.4.7): "followup-UF-0042-day-7-follow-up@upfront". */
export function followUpUid(invoiceNumber: string, stepId: string): string {
  return `followup-${uidPart(invoiceNumber)}-${uidPart(stepId)}@upfront`;
}

export function followUpEvents(plan: EscalationPlan, overdue: OverdueCase): IcsEvent[] {
  const number = overdue.invoice.number;
  const client = displayName(overdue.client);
  const date = (d: string) => formatDate(d, documentDateLocale(overdue.invoice.locale));
  return plan.steps
    .filter((s) => s.state.kind === "todo")
    .map((s) => ({
      uid: followUpUid(number, s.id),
      // A step whose day has passed is still to do: it goes on the day the plan is worked out for, not in the past.
      date: s.date < plan.asOf ? plan.asOf : s.date,
      title: `${s.title}: invoice ${number} (${client})`,
      description: [s.detail, s.deadline ? `Pay-by date to give: ${date(s.deadline)}.` : "", `Invoice ${number} was due on ${date(overdue.invoice.dueDate)}.`].filter((l) => l !== "").join("\n"),
    }));
}

/** The .ics text of the follow-ups, dated `now` (DTSTAMP) so the same plan gives the same file. */
export function followUpCalendar(plan: EscalationPlan, overdue: OverdueCase, now: Date): Result<string> {
  return toIcs(followUpEvents(plan, overdue), { calName: `Follow-ups for invoice ${overdue.invoice.number} — ${displayName(overdue.client)}`, now });
}

/** "follow-ups-acme-ltd-uf-0042.ics" */
export function followUpCalendarFileName(overdue: OverdueCase): string {
  return fileName("follow-ups", [displayName(overdue.client), overdue.invoice.number], "ics");
}
