import { describe, expect, it } from "vitest";
import { escalationPlan, formalNoticeDays, furthestDueStep, nextStep, stepsToDoBefore } from "../../../src/domain/get-paid/escalation-plan";
import type { OverdueDraft } from "../../../src/domain/get-paid/overdue-draft";
import { smallClaimsLimit } from "../../../src/domain/get-paid/small-claims-limits";
import { overdueCase } from "../../support/overdue-case";

const dueOn = (dueDate: string, today: string) =>
  overdueCase((d) => {
    d.invoice.issueDate = "2026-12-01";
    d.invoice.dueDate = dueDate;
    d.invoice.partialPayments = [];
  }, today);

const dates = (dueDate: string) => Object.fromEntries(escalationPlan(dueOn(dueDate, "2026-12-20")).steps.map((s) => [s.id, s.date]));

describe("escalationPlan: a silent client", () => {
  it("has the steps in order with their day, kind, channel and tone", () => {
    const plan = escalationPlan(overdueCase());
    expect(plan.steps.map((s) => [s.id, s.day, s.kind, s.channel, s.tone])).toEqual([
      ["day-1-reminder", 1, "message", "email", "friendly"],
      ["day-7-follow-up", 7, "message", "email", "firm"],
      ["day-14-payments-contact", 14, "call", "phone-or-email", "firm"],
      ["day-21-formal-notice", 21, "letter", "email-and-post", "formal"],
      ["final-demand", 36, "letter", "email-and-post", "formal"],
      ["collection-agency", 44, "option", "none", "neutral"],
      ["small-claims", 44, "option", "none", "neutral"],
      ["lawyer", 44, "option", "none", "neutral"],
    ]);
  });

  it.each([
    { who: "a company", business: true, soleTrader: false, days: 14 },
    { who: "a sole trader", business: true, soleTrader: true, days: 30 },
    { who: "a private person", business: false, soleTrader: false, days: 30 },
    // "Sole trader" is only asked of a business; a stale tick on a private person changes nothing.
    { who: "a private person with a stale sole-trader tick", business: false, soleTrader: true, days: 30 },
  ])("formalNoticeDays: $who gets $days days", ({ business, soleTrader, days }) => {
    expect(formalNoticeDays({ businessClient: business, soleTrader })).toBe(days);
  });

  it("a sole trader's formal notice gives 30 days, and the final demand waits for them", () => {
    const steps = escalationPlan(overdueCase((d) => Object.assign(d.claim, { businessClient: true, soleTrader: true }))).steps;
    expect(steps.find((s) => s.id === "day-21-formal-notice")!.deadline).toBe("2027-05-22");
    expect(steps.find((s) => s.id === "final-demand")!.day).toBe(52);
  });

  it("gives a business 14 days after the formal notice, an individual 30", () => {
    const business = escalationPlan(overdueCase()).steps.find((s) => s.id === "day-21-formal-notice")!;
    expect([business.date, business.deadline]).toEqual(["2027-04-22", "2027-05-06"]);
    const person = escalationPlan(overdueCase((d) => (d.claim.businessClient = false))).steps;
    expect(person.find((s) => s.id === "day-21-formal-notice")!.deadline).toBe("2027-05-22");
    expect(person.find((s) => s.id === "final-demand")!.day).toBe(52);
  });

  it("names the payments contact in the day-14 step", () => {
    expect(escalationPlan(overdueCase()).steps[2]!.title).toBe("Call or write to Sam Patel");
    expect(escalationPlan(overdueCase((d) => (d.client.paymentsContactName = ""))).steps[2]!.title).toBe("Call or write to the person who pays invoices");
  });

  it("adds a work-suspension notice when the contract allows pausing work", () => {
    const plan = escalationPlan(overdueCase(), { pauseWorkAfterDays: 14 });
    expect(plan.steps.map((s) => s.id).slice(2, 4)).toEqual(["day-14-payments-contact", "pause-work"]);
    expect(plan.steps.find((s) => s.id === "pause-work")!.date).toBe("2027-04-15");
  });

  it("says whether the claim fits the small-claims limit, with its source", () => {
    const detail = (key: Parameters<typeof smallClaimsLimit>[0]) => escalationPlan(overdueCase(), { smallClaims: smallClaimsLimit(key) }).steps.find((s) => s.id === "small-claims")!.detail;
    expect(detail("england-wales")).toBe(
      "In England and Wales, the small claims track of the County Court hears claims up to £10,000.00. Your claim of £2,000.00 is within it. Checked 2026-12-06 against Civil Procedure Rules Part 26 (small claims track: claims of not more than £10,000).",
    );
    expect(detail("ireland")).toMatch(/^In Ireland, the small claims procedure of the District Court is not for unpaid invoices/);
    expect(escalationPlan(overdueCase()).steps.find((s) => s.id === "small-claims")!.detail).toMatch(/^Find the small-claims limit/);
  });
});

describe("escalationPlan: dates at month ends and in leap years (day N = due date + N days)", () => {
  it.each([
    { due: "2027-01-31", d1: "2027-02-01", d7: "2027-02-07", d14: "2027-02-14", d21: "2027-02-21", final: "2027-03-08" },
    { due: "2027-02-28", d1: "2027-03-01", d7: "2027-03-07", d14: "2027-03-14", d21: "2027-03-21", final: "2027-04-05" },
    { due: "2028-02-28", d1: "2028-02-29", d7: "2028-03-06", d14: "2028-03-13", d21: "2028-03-20", final: "2028-04-04" },
    { due: "2028-02-29", d1: "2028-03-01", d7: "2028-03-07", d14: "2028-03-14", d21: "2028-03-21", final: "2028-04-05" },
    { due: "2027-04-30", d1: "2027-05-01", d7: "2027-05-07", d14: "2027-05-14", d21: "2027-05-21", final: "2027-06-05" },
    { due: "2027-12-31", d1: "2028-01-01", d7: "2028-01-07", d14: "2028-01-14", d21: "2028-01-21", final: "2028-02-05" },
  ])("due $due", ({ due, d1, d7, d14, d21, final }) => {
    const got = dates(due);
    expect([got["day-1-reminder"], got["day-7-follow-up"], got["day-14-payments-contact"], got["day-21-formal-notice"], got["final-demand"]]).toEqual([d1, d7, d14, d21, final]);
  });
});

describe("escalationPlan: states and timing", () => {
  const withSteps = (steps: OverdueDraft["steps"], today = "2027-04-20") => escalationPlan(overdueCase(undefined, today), { steps });

  it("timing relative to asOf: overdue, today, upcoming; sent and skipped are done", () => {
    const plan = withSteps({ "day-1-reminder": { state: "sent", on: "2027-04-03" }, "day-7-follow-up": { state: "skipped", on: "2027-04-10" } }, "2027-04-15");
    expect(plan.steps.slice(0, 4).map((s) => [s.id, s.state.kind, s.timing])).toEqual([
      ["day-1-reminder", "sent", "done"],
      ["day-7-follow-up", "skipped", "done"],
      ["day-14-payments-contact", "todo", "today"],
      ["day-21-formal-notice", "todo", "upcoming"],
    ]);
    expect(withSteps({}, "2027-04-20").steps[0]!.timing).toBe("overdue");
  });

  it("a sent step keeps the day it was sent, even when the due date moves", () => {
    const steps = { "day-1-reminder": { state: "sent" as const, on: "2027-04-03" } };
    const moved = escalationPlan(overdueCase((d) => (d.invoice.dueDate = "2027-04-10")), { steps });
    expect(moved.steps[0]!.date).toBe("2027-04-03");
    expect(moved.steps[1]!.date).toBe("2027-04-17");
  });

  it("a skipped step keeps its planned date; an unknown or damaged state is to do", () => {
    const plan = withSteps({ "day-1-reminder": { state: "skipped", on: "" }, "day-7-follow-up": { state: "sent", on: "2027-02-30" }, "no-such-step": { state: "sent", on: "2027-04-01" } });
    expect(plan.steps[0]!.date).toBe("2027-04-02");
    expect(plan.steps[1]!.state).toEqual({ kind: "sent", on: null });
    expect(plan.steps[1]!.date).toBe("2027-04-08");
  });
});

describe("nextStep: what to send today", () => {
  it.each([
    { name: "the missed first reminder comes first", steps: {}, today: "2027-04-20", id: "day-1-reminder", when: "late" },
    { name: "after it was sent, the follow-up (late)", steps: { "day-1-reminder": { state: "sent" as const, on: "2027-04-02" } }, today: "2027-04-10", id: "day-7-follow-up", when: "late" },
    { name: "today's step", steps: { "day-1-reminder": { state: "sent" as const, on: "2027-04-02" }, "day-7-follow-up": { state: "skipped" as const, on: "" } }, today: "2027-04-15", id: "day-14-payments-contact", when: "today" },
    { name: "nothing due yet: the next upcoming", steps: { "day-1-reminder": { state: "sent" as const, on: "2027-04-02" } }, today: "2027-04-03", id: "day-7-follow-up", when: "upcoming" },
  ] as { name: string; steps: OverdueDraft["steps"]; today: string; id: string; when: string }[])("$name", ({ steps, today, id, when }) => {
    const next = nextStep(escalationPlan(overdueCase((d) => (d.invoice.partialPayments = []), today), { steps }));
    expect([next?.step.id, next?.when]).toEqual([id, when]);
  });

  it("not due yet: the first reminder is upcoming", () => {
    const next = nextStep(escalationPlan(overdueCase((d) => (d.invoice.partialPayments = []), "2027-03-20")));
    expect([next?.step.id, next?.when, next?.step.date]).toEqual(["day-1-reminder", "upcoming", "2027-04-02"]);
  });

  it("null when paid, or when every step is done", () => {
    const paid = overdueCase((d) => (d.invoice.partialPayments = [{ id: "p1", date: "2027-04-10", amount: "2,400" }]));
    expect(nextStep(escalationPlan(paid))).toBeNull();
    const all = Object.fromEntries(escalationPlan(overdueCase()).steps.map((s) => [s.id, { state: "skipped" as const, on: "" }]));
    expect(nextStep(escalationPlan(overdueCase(), { steps: all }))).toBeNull();
  });
});

describe("escalationPlan: dispute and hardship", () => {
  const dispute = (undisputed: string) =>
    overdueCase((d) => {
      d.situation = "dispute";
      d.dispute = { complaint: "The form doesn't work.", undisputedAmount: undisputed, offer: "fix", offerDetails: "" };
    });

  it("asks, proposes the undisputed part, responds, then chases the undisputed part from day 14", () => {
    const plan = escalationPlan(dispute("1,500"));
    expect(plan.steps.map((s) => [s.id, s.day, s.asksFor])).toEqual([
      ["dispute-ask", 1, "balance"],
      ["dispute-undisputed", 3, "undisputed"],
      ["dispute-response", 7, "balance"],
      ["undisputed-reminder", 15, "undisputed"],
      ["undisputed-follow-up", 21, "undisputed"],
      ["undisputed-payments-contact", 28, "undisputed"],
      ["undisputed-formal-notice", 35, "undisputed"],
      ["undisputed-final-demand", 50, "undisputed"],
      ["collection-agency", 58, "undisputed"],
      ["small-claims", 58, "undisputed"],
      ["lawyer", 58, "undisputed"],
    ]);
  });

  it.each([
    ["nothing undisputed (0)", "0"],
    ["no undisputed part named yet", ""],
  ])("with %s, only the dispute steps: the whole balance is never chased as if undisputed", (_what, undisputed) => {
    expect(escalationPlan(dispute(undisputed)).steps.map((s) => s.id)).toEqual(["dispute-ask", "dispute-response"]);
  });

  it("hardship: offer, agreement, a reminder 3 days before each instalment", () => {
    const c = overdueCase((d) => {
      d.situation = "hardship";
      d.paymentPlan = { ...d.paymentPlan, instalments: "3", firstDate: "2027-05-31", every: "month" };
    });
    const plan = escalationPlan(c);
    expect(plan.steps.map((s) => [s.id, s.date, s.deadline, s.instalment?.amount ?? null])).toEqual([
      ["plan-offer", "2027-04-02", null, null],
      ["plan-agreement", "2027-04-08", null, null],
      ["instalment-1-reminder", "2027-05-28", "2027-05-31", 66_666],
      ["instalment-2-reminder", "2027-06-27", "2027-06-30", 66_666],
      ["instalment-3-reminder", "2027-07-28", "2027-07-31", 66_668],
    ]);
  });
});

describe("starting late: deadlines from the day of sending, and skipping ahead", () => {
  // Due 13 November 2026, planned for 6 December 2026: day 23, so days 1, 7, 14 and 21 have all come.
  const late = () => escalationPlan(dueOn("2026-12-13", "2027-01-05"));

  it("a formal notice whose day has passed gives its 14 days from the day it is sent (asOf), not from its planned day", () => {
    const notice = late().steps.find((s) => s.id === "day-21-formal-notice")!;
    expect([notice.date, notice.timing, notice.deadline]).toEqual(["2027-01-03", "overdue", "2027-01-19"]);
    // An upcoming one keeps the deadline from its own day.
    const early = escalationPlan(dueOn("2026-12-13", "2026-12-20")).steps.find((s) => s.id === "day-21-formal-notice")!;
    expect([early.date, early.deadline]).toEqual(["2027-01-03", "2027-01-17"]);
  });

  it("the final demand waits for the notice's pay-by date, and the options for the demand's", () => {
    const steps = Object.fromEntries(late().steps.map((s) => [s.id, [s.date, s.deadline]]));
    // Notice sent late, on 5 January: pay by 19 January. Planned day 36 (18 January) is too early.
    expect(steps["final-demand"]).toEqual(["2027-01-20", "2027-01-27"]);
    expect(steps["collection-agency"]).toEqual(["2027-01-28", null]);
    // On time, the plan's own days already leave the notice's 14 days.
    const onTime = Object.fromEntries(escalationPlan(dueOn("2026-12-13", "2026-12-20")).steps.map((s) => [s.id, s.date]));
    expect([onTime["day-21-formal-notice"], onTime["final-demand"]]).toEqual(["2027-01-03", "2027-01-18"]);
  });

  it("offers the furthest step whose day has come, after the first one still to do", () => {
    const plan = late();
    expect(nextStep(plan)?.step.id).toBe("day-1-reminder");
    expect(furthestDueStep(plan)?.id).toBe("day-21-formal-notice");
    expect(stepsToDoBefore(plan, furthestDueStep(plan)!).map((s) => s.id)).toEqual(["day-1-reminder", "day-7-follow-up", "day-14-payments-contact"]);
  });

  it.each([
    ["nothing due yet", "2026-12-13", "2026-12-13"],
    ["only the first step is due", "2026-12-13", "2026-12-15"],
  ])("none when %s", (_what, due, asOf) => {
    expect(furthestDueStep(escalationPlan(dueOn(due, asOf)))).toBeNull();
  });
});
