import { describe, expect, it } from "vitest";
import { escalationPlan } from "../../../src/domain/get-paid/escalation-plan";
import { evidenceFromStep, evidenceTimeline, markStepSent, markStepSkipped, markStepTodo, sortEvidence } from "../../../src/domain/get-paid/evidence-log";
import { type EvidenceEntryDraft, MAX_EVIDENCE_ENTRIES } from "../../../src/domain/get-paid/overdue-draft";
import { sampleOverdueDraft } from "../../fixtures/sample-overdue-draft";
import { overdueCase } from "../../support/overdue-case";

const entry = (id: string, date: string, note = id): EvidenceEntryDraft => ({ id, date, kind: "other", note, stepId: "" });
const steps = escalationPlan(overdueCase()).steps;
const reminder = steps[0]!;
const call = steps[2]!;
const notice = steps[3]!;

describe("sortEvidence", () => {
  it("oldest first, same day in the order entered, undated or damaged dates last", () => {
    const sorted = sortEvidence([entry("a", "2027-04-10"), entry("b", ""), entry("c", "2027-04-02"), entry("d", "2027-04-10"), entry("e", "2027-02-30")]);
    expect(sorted.map((e) => e.id)).toEqual(["c", "a", "d", "b", "e"]);
  });
});

describe("evidenceFromStep", () => {
  it.each([
    [reminder, "reminder-sent"],
    [call, "call"],
    [notice, "letter-sent"],
  ] as const)("%s → %s", (step, kind) => {
    expect(evidenceFromStep(step, "2027-04-02", [entry("e1", "2027-04-01")])).toEqual({ id: "e2", date: "2027-04-02", kind, note: step.title, stepId: step.id });
  });
});

describe("markStepSent / markStepSkipped / markStepTodo", () => {
  it("marking sent records the state and adds one entry; marking again moves its date", () => {
    const once = markStepSent(sampleOverdueDraft(), reminder, "2027-04-02");
    expect(once.draft.steps[reminder.id]).toEqual({ state: "sent", on: "2027-04-02" });
    expect(once.draft.evidence).toEqual([{ id: "e1", date: "2027-04-02", kind: "reminder-sent", note: reminder.title, stepId: reminder.id }]);
    const again = markStepSent(once.draft, reminder, "2027-04-03");
    expect(again.draft.evidence.map((e) => e.date)).toEqual(["2027-04-03"]);
  });

  it("the plan then shows the step done, on the day it was sent", () => {
    const { draft } = markStepSent(sampleOverdueDraft(), reminder, "2027-04-05");
    const step = escalationPlan(overdueCase(), { steps: draft.steps }).steps[0]!;
    expect([step.state, step.date, step.timing]).toEqual([{ kind: "sent", on: "2027-04-05" }, "2027-04-05", "done"]);
  });

  it("undo removes the state and the entry it added, not the others", () => {
    const { draft } = markStepSent({ ...sampleOverdueDraft(), evidence: [entry("e1", "2027-04-01")] }, reminder, "2027-04-02");
    const undone = markStepTodo(draft, reminder.id);
    expect(undone.steps).toEqual({});
    expect(undone.evidence.map((e) => e.id)).toEqual(["e1"]);
  });

  it("skipping logs nothing", () => {
    const skipped = markStepSkipped(sampleOverdueDraft(), reminder.id, "2027-04-02");
    expect([skipped.steps[reminder.id], skipped.evidence]).toEqual([{ state: "skipped", on: "2027-04-02" }, []]);
  });

  it("a full log still marks the step, and says the entry was not added", () => {
    const full = { ...sampleOverdueDraft(), evidence: Array.from({ length: MAX_EVIDENCE_ENTRIES }, (_, i) => entry(`e${i + 1}`, "2027-04-01")) };
    const result = markStepSent(full, reminder, "2027-04-02");
    expect(result.draft.steps[reminder.id]?.state).toBe("sent");
    expect(result.draft.evidence).toHaveLength(MAX_EVIDENCE_ENTRIES);
    expect(result.message).toBe("The evidence log is full (500 entries), so this step was not added to it.");
  });
});

describe("evidenceTimeline", () => {
  it("rows with written dates and labels, oldest first, text cleaned, undated left out", () => {
    const rows = evidenceTimeline(
      [
        { id: "e1", date: "2027-04-10", kind: "payment", note: "£400 received\u202e", stepId: "" },
        { id: "e2", date: "2027-04-02", kind: "reminder-sent", note: "Friendly reminder <script>", stepId: "day-1-reminder" },
        { id: "e3", date: "", kind: "other", note: "no date", stepId: "" },
      ],
      "en-US",
    );
    expect(rows).toEqual([
      { date: "April 2, 2027", what: "Reminder sent", note: "Friendly reminder <script>" },
      { date: "April 10, 2027", what: "Payment received", note: "£400 received" },
    ]);
  });
});
