import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarEvent, calendarInvoiceFromPlan, paymentCalendar } from "../../../src/domain/calendar/payment-calendar";
import { calendarFileName, toIcs } from "../../../src/domain/calendar/to-ics";
import { cleanLine, cleanText } from "../../../src/domain/text/clean-text";
import { readContract } from "../../../src/domain/contract/read-contract";
import { invoicesFromContract } from "../../../src/domain/invoice/invoices-from-contract";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

// A small reader for what toIcs writes (RFC 5545 §3.1): physical lines end in CRLF, a line that
// starts with a space or tab continues the previous one; TEXT values escape \ ; , and newlines.

const octets = (s: string) => new TextEncoder().encode(s).length;

type Property = { name: string; params: string; value: string };

function unfold(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  const physical = ics.slice(0, -2).split("\r\n");
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/); // no bare CR or LF anywhere
    expect(octets(line)).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

function parseLine(line: string): Property {
  const colon = line.indexOf(":");
  const head = line.slice(0, colon);
  const semicolon = head.indexOf(";");
  return semicolon < 0
    ? { name: head, params: "", value: line.slice(colon + 1) }
    : { name: head.slice(0, semicolon), params: head.slice(semicolon + 1), value: line.slice(colon + 1) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}

type ParsedEvent = Record<string, Property>;

function parseIcs(ics: string): { calendar: Record<string, Property>; events: ParsedEvent[] } {
  const calendar: Record<string, Property> = {};
  const events: ParsedEvent[] = [];
  let current: ParsedEvent | null = null;
  let inAlarm = false;
  for (const line of unfold(ics)) {
    const p = parseLine(line);
    if (p.name === "BEGIN" && p.value === "VEVENT") current = {};
    else if (p.name === "END" && p.value === "VEVENT") {
      events.push(current!);
      current = null;
    } else if (p.name === "BEGIN" && p.value === "VALARM") inAlarm = true;
    else if (p.name === "END" && p.value === "VALARM") inAlarm = false;
    else if (current && !inAlarm) current[p.name] = p;
    else if (current && inAlarm) current[`VALARM.${p.name}`] = p;
    else calendar[p.name] = p;
  }
  return { calendar, events };
}

const NOW = new Date("2027-02-15T10:30:00Z");

function sampleEvents(): CalendarEvent[] {
  const result = readContract(sampleContractDraft());
  if (!result.ok) throw new Error("the sample draft should read");
  const plans = invoicesFromContract(result.contract, { depositInvoiceDate: "2027-02-15" });
  return paymentCalendar(plans.map((p, i) => calendarInvoiceFromPlan(p, `2027-000${i + 1}`, result.contract)));
}

const event = (fields: Partial<CalendarEvent>): CalendarEvent => ({
  uid: "invoice-2026-0042-due@upfront",
  kind: "due",
  invoiceNumber: "2026-0042",
  date: "2026-12-31",
  title: "Invoice 2026-0042 due",
  description: "Due today.",
  ...fields,
});

function ok(result: ReturnType<typeof toIcs>): string {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("toIcs: the sample contract's calendar", () => {
  const events = sampleEvents();
  const ics = ok(toIcs(events, { calName: "Website redesign — Acme Ltd", now: NOW }));
  const parsed = parseIcs(ics);

  it("is a VCALENDAR with our product id and name", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(parsed.calendar["PRODID"]!.value).toBe("-//Upfront//Payment dates//EN");
    expect(unescapeText(parsed.calendar["X-WR-CALNAME"]!.value)).toBe("Website redesign — Acme Ltd");
  });

  it("has one all-day event per calendar event: DTSTART;VALUE=DATE, DTEND the next day", () => {
    expect(parsed.events).toHaveLength(events.length);
    for (const [i, e] of parsed.events.entries()) {
      const source = events[i]!;
      expect(e["DTSTART"]).toEqual({ name: "DTSTART", params: "VALUE=DATE", value: source.date.replace(/-/g, "") });
      expect(e["DTEND"]!.params).toBe("VALUE=DATE");
      const next = new Date(`${source.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(e["DTEND"]!.value).toBe(next.toISOString().slice(0, 10).replace(/-/g, ""));
    }
    // Across a year end: 31 December → 1 January.
    const newYear = parseIcs(ok(toIcs([event({ date: "2026-12-31" })], { calName: "x", now: NOW })));
    expect([newYear.events[0]!["DTSTART"]!.value, newYear.events[0]!["DTEND"]!.value]).toEqual(["20261231", "20270101"]);
  });

  it("keeps titles, descriptions and UIDs exactly", () => {
    for (const [i, e] of parsed.events.entries()) {
      const source = events[i]!;
      expect(unescapeText(e["SUMMARY"]!.value)).toBe(source.title);
      expect(unescapeText(e["DESCRIPTION"]!.value)).toBe(source.description);
      expect(e["UID"]!.value).toBe(source.uid);
    }
  });

  it("stamps the time it was made, so the same input gives the same file", () => {
    for (const e of parsed.events) expect(e["DTSTAMP"]!.value).toBe("20270215T103000Z");
    expect(ok(toIcs(sampleEvents(), { calName: "Website redesign — Acme Ltd", now: NOW }))).toBe(ics);
  });

  it("marks the time free and reminds at 9:00 on the day", () => {
    for (const e of parsed.events) {
      expect(e["TRANSP"]!.value).toBe("TRANSPARENT");
      expect(e["VALARM.ACTION"]!.value).toBe("DISPLAY");
      expect(e["VALARM.TRIGGER"]!.value).toBe("PT9H");
      expect(unescapeText(e["VALARM.DESCRIPTION"]!.value)).toBe(unescapeText(e["SUMMARY"]!.value));
    }
  });
});

describe("toIcs: user text", () => {
  it.each([
    { name: "commas and semicolons", title: "Acme, Ltd; invoice 1", summary: "Acme\\, Ltd\\; invoice 1" },
    { name: "a backslash", title: "C:\\invoices", summary: "C:\\\\invoices" },
    { name: "a colon", title: "Due: $1,000.00", summary: "Due: $1\\,000.00" },
    { name: "line breaks (folded into one line for a title)", title: "one\r\ntwo\rthree\nfour", summary: "one two three four" },
    { name: "control characters and bidi overrides (removed)", title: "Ac\u0000me\u202e Ltd\u0007", summary: "Acme Ltd" },
  ])("$name", ({ title, summary }) => {
    const parsed = parseIcs(ok(toIcs([event({ title })], { calName: "x", now: NOW })));
    expect(parsed.events[0]!["SUMMARY"]!.value).toBe(summary);
  });

  it("keeps line breaks in a description as \\n", () => {
    const parsed = parseIcs(ok(toIcs([event({ description: "first\r\nsecond\rthird" })], { calName: "x", now: NOW })));
    expect(parsed.events[0]!["DESCRIPTION"]!.value).toBe("first\\nsecond\\nthird");
  });

  it("escapes a calendar name with commas, semicolons and line breaks", () => {
    const parsed = parseIcs(ok(toIcs([event({})], { calName: "Acme, Ltd; web\nsite \\ 2027", now: NOW })));
    expect(parsed.calendar["X-WR-CALNAME"]!.value).toBe("Acme\\, Ltd\\; web site \\\\ 2027");
  });

  it("folds long lines at 75 octets, never inside a character (ë, ễ, emoji)", () => {
    const title = "Zoë Łukasiewicz, Nguyễn Thị Minh 🎨 ".repeat(12);
    const ics = ok(toIcs([event({ title, description: "x".repeat(500) })], { calName: "é".repeat(100), now: NOW }));
    const parsed = parseIcs(ics); // checks every physical line ≤ 75 octets
    expect(unescapeText(parsed.events[0]!["SUMMARY"]!.value)).toBe(title.trim());
    expect(parsed.events[0]!["DESCRIPTION"]!.value).toBe("x".repeat(500));
    expect(parsed.calendar["X-WR-CALNAME"]!.value).toBe("é".repeat(100));
    expect(ics).not.toContain("\ufffd");
    expect(ics).toMatch(/\r\n [^\r\n]/); // folded with CRLF + space
  });

  it("round-trips any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), (title, description) => {
        const parsed = parseIcs(ok(toIcs([event({ title, description })], { calName: title, now: NOW })));
        const e = parsed.events[0]!;
        // What is kept is the cleaned text (see clean-text.ts); the reader gets it back exactly.
        expect(e["SUMMARY"] ? unescapeText(e["SUMMARY"].value) : "").toBe(cleanLine(title));
        expect(e["DESCRIPTION"] ? unescapeText(e["DESCRIPTION"].value) : "").toBe(cleanText(description));
        expect(unescapeText(parsed.calendar["X-WR-CALNAME"]?.value ?? "")).toBe(cleanLine(title));
        expect(unescapeText(e["UID"]!.value)).toBe("invoice-2026-0042-due@upfront");
      }),
      { numRuns: 200 },
    );
  });

  it("an empty list is an empty calendar", () => {
    const parsed = parseIcs(ok(toIcs([], { calName: "Nothing due", now: NOW })));
    expect(parsed.events).toEqual([]);
    expect(parsed.calendar["PRODID"]!.value).toBe("-//Upfront//Payment dates//EN");
  });
});

describe("calendarFileName", () => {
  it.each([
    [["Acme Ltd", "Website redesign"], "payment-dates-acme-ltd-website-redesign.ics"],
    [["2026-0042", "Acme Ltd"], "payment-dates-2026-0042-acme-ltd.ics"],
    [["Łódź Studio"], "payment-dates-łódź-studio.ics"],
    [["../../etc/passwd"], "payment-dates-etc-passwd.ics"],
    [[], "payment-dates.ics"],
    [["", "  "], "payment-dates.ics"],
  ])("%j → %s", (parts, name) => {
    expect(calendarFileName(parts)).toBe(name);
  });
});
