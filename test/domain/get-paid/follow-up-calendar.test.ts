import { describe, expect, it } from "vitest";
import { escalationPlan } from "../../../src/domain/get-paid/escalation-plan";
import { followUpCalendar, followUpCalendarFileName, followUpEvents, followUpUid } from "../../../src/domain/get-paid/follow-up-calendar";
import { overdueCase } from "../../support/overdue-case";

const NOW = new Date("2027-04-20T10:00:00Z");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

describe("followUpEvents", () => {
  const c = overdueCase();

  it("one all-day event per step still to do, with the step title and the invoice number; a step whose day has passed goes on the plan's day", () => {
    const plan = escalationPlan(c, { steps: { "day-1-reminder": { state: "sent", on: "2027-04-02" }, "day-7-follow-up": { state: "skipped", on: "" } } });
    const events = followUpEvents(plan, c);
    expect(events.map((e) => [e.date, e.title])).toEqual([
      // Day 14 was 15 April; the plan is worked out on 20 April, so the call is on the calendar for 20 April.
      ["2027-04-20", "Call or write to Sam Patel: invoice UF-0042 (Acme Ltd)"],
      ["2027-04-22", "Send a formal notice with a deadline: invoice UF-0042 (Acme Ltd)"],
      ["2027-05-07", "Send the final demand: invoice UF-0042 (Acme Ltd)"],
      ["2027-05-15", "Consider a collection agency: invoice UF-0042 (Acme Ltd)"],
      ["2027-05-15", "Consider a small claims court: invoice UF-0042 (Acme Ltd)"],
      ["2027-05-15", "Consider a lawyer: invoice UF-0042 (Acme Ltd)"],
    ]);
    expect(events[1]!.description).toContain("Pay-by date to give: 6 May 2027.");
  });

  it("UIDs are stable across due-date changes and unique per step", () => {
    const a = followUpEvents(escalationPlan(c), c).map((e) => e.uid);
    const moved = overdueCase((d) => (d.invoice.dueDate = "2027-04-05"));
    expect(followUpEvents(escalationPlan(moved), moved).map((e) => e.uid)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    expect(followUpUid("UF/0042", "day-1-reminder")).toBe("followup-UF_2f_0042-day-1-reminder@upfront");
  });
});

describe("followUpCalendar", () => {
  it("an .ics of all-day events, the same file every time for the same plan", () => {
    const c = overdueCase();
    const plan = escalationPlan(c);
    const made = followUpCalendar(plan, c, NOW);
    if (!made.ok) throw new Error(made.error);
    const lines = unfold(made.value);
    expect(lines).toContain("DTSTART;VALUE=DATE:20270420");
    expect(lines).toContain("DTEND;VALUE=DATE:20270421");
    expect(lines).toContain("DTSTART;VALUE=DATE:20270422");
    expect(lines).toContain("UID:followup-UF-0042-day-1-reminder@upfront");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(plan.steps.length);
    expect(lines.some((l) => l.startsWith("SUMMARY:Send a friendly reminder about the invoice: invoice UF-0042 (Acme Ltd)"))).toBe(true);
    expect(lines.some((l) => l.startsWith("X-WR-CALNAME:Follow-ups for invoice UF-0042 — Acme Ltd"))).toBe(true);
    const again = followUpCalendar(plan, c, NOW);
    expect(again.ok && again.value).toBe(made.value);
  });

  it("dates don't drift with the machine's time zone (all-day, computed in UTC)", () => {
    const c = overdueCase((d) => Object.assign(d.invoice, { issueDate: "2027-01-01", dueDate: "2027-01-31", partialPayments: [] }), "2027-02-01");
    const made = followUpCalendar(escalationPlan(c), c, NOW);
    expect(made.ok && unfold(made.value)).toContain("DTSTART;VALUE=DATE:20270201");
  });

  it("hostile text in the client's name stays in its property", () => {
    const c = overdueCase((d) => (d.client.businessName = "Acme; Ltd,\r\nBEGIN:VEVENT"));
    const made = followUpCalendar(escalationPlan(c), c, NOW);
    if (!made.ok) throw new Error(made.error);
    expect(unfold(made.value).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(escalationPlan(c).steps.length);
  });

  it("file name", () => {
    expect(followUpCalendarFileName(overdueCase())).toBe("follow-ups-acme-ltd-uf-0042.ics");
  });
});
