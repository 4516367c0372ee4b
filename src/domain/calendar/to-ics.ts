import { type EventAttributes, createEvents } from "ics";
import { addDays } from "../dates/calendar-date";
import { type Result, err, ok } from "../result";
import { cleanLine, cleanText } from "../text/clean-text";
import { fileName } from "../text/file-name";
import type { CalendarEvent } from "./payment-calendar";

// The calendar events as an iCalendar file (RFC 5545), made with the `ics` package. This module
// pulls in `ics` and its validator, so pages load it with import() when the user asks for the file.
//
// What `ics` 3.12 does with text, and what is added here:
// - SUMMARY and DESCRIPTION: it escapes "\", ";", "," and newlines (RFC 5545 §3.3.11). A lone CR
//   would pass through raw, so text is cleaned first (cleanLine / cleanText: no control characters).
// - X-WR-CALNAME: only newlines are escaped, so the name is escaped here before it is handed over.
// - Folding: it cuts lines every 75 characters, but RFC 5545 §3.1 counts octets (UTF-8), so a
//   line with "ë" or "ễ" would run past 75 octets. The output is unfolded and folded again at
//   75 octets, never inside a character, with CRLF and one space.
// - DTSTAMP defaults to the current time; it is passed in, so the same input gives the same file.

export type IcsOptions = {
  /** The calendar's name, shown by the calendar app when the file is imported: "Website redesign — Acme Ltd". */
  calName: string;
  /** When the file is made (DTSTAMP, RFC 5545 §3.8.7.2). */
  now: Date;
};

/** TEXT escaping of RFC 5545 §3.3.11, for values `ics` passes on as they are. */
function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
}

/**
 * PRODID (RFC 5545 §3.7.3): who made the file, in the formal public identifier form the RFC
 * recommends ("-//owner//product//language"; ISO 9070).
 */
export const PRODUCT_ID = "-//Upfront//Payment dates//EN";

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** One content line folded so that no physical line is longer than 75 octets (RFC 5545 §3.1). */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Unfolds `ics`'s output (CRLF + space or tab) and folds every line again by octets. */
function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** "20270301T090000Z" */
function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function dateArray(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

/** What toIcs needs of an event: the payment calendar's events, the get-paid follow-ups… */
export type IcsEvent = Pick<CalendarEvent, "uid" | "date" | "title" | "description">;

/**
 * The .ics text (CRLF line ends) for the events: all-day events (DTSTART;VALUE=DATE and DTEND the
 * next day, RFC 5545 §3.6.1), free time (they block nothing), a reminder at 9:00 on the day.
 */
export function toIcs(events: readonly IcsEvent[], options: IcsOptions): Result<string> {
  const stamp = utcStamp(options.now);
  const attributes = events.map((e) => {
    const title = cleanLine(e.title);
    const event: EventAttributes & { timestamp: string } = {
      uid: e.uid,
      start: dateArray(e.date),
      end: dateArray(addDays(e.date, 1)),
      title,
      description: cleanText(e.description),
      timestamp: stamp,
      transp: "TRANSPARENT",
      busyStatus: "FREE",
      categories: ["Invoices"],
      alarms: [{ action: "display", description: escapeText(title || "Payment reminder"), trigger: { hours: 9, minutes: 0, before: false } }],
    };
    return event;
  });
  const { error, value } = createEvents(attributes, { productId: PRODUCT_ID, calName: escapeText(cleanLine(options.calName)) });
  if (error || value === null) return err(`The calendar file could not be made: ${error?.message ?? "no output"}`);
  return ok(refold(value));
}

/** "payment-dates-acme-ltd-website-redesign.ics" */
export function calendarFileName(parts: readonly string[]): string {
  return fileName("payment-dates", parts, "ics");
}
