import { describe, expect, it } from "vitest";
import { footingCheck, footingFacts, suggestedSituation } from "../../../src/domain/get-paid/footing";
import { FootingDraft } from "../../../src/domain/get-paid/overdue-draft";

const footing = (f: Partial<FootingDraft>) => FootingDraft.parse(f);
const item = (f: Partial<FootingDraft>, id: string) => footingCheck(footing(f)).find((i) => i.id === id)!;

describe("footingCheck", () => {
  it("lists the five checks in order", () => {
    expect(footingCheck(footing({})).map((i) => i.id)).toEqual(["agreement", "delivery", "acceptance", "evidence", "contact"]);
  });

  it("an empty footing is all warnings (questions not answered), never ok", () => {
    expect(footingCheck(footing({})).map((i) => i.severity)).toEqual(["warning", "warning", "warning", "warning", "warning"]);
  });

  it.each([
    { f: { agreedInWriting: "no" as const }, id: "agreement", severity: "gap", message: "Nothing about the work is in writing." },
    { f: { agreedInWriting: "yes" as const, evidenceKept: ["contract" as const] }, id: "agreement", severity: "ok", message: "The work and the price were agreed in writing." },
    { f: { agreedInWriting: "yes" as const }, id: "agreement", severity: "warning", message: "The work was agreed in writing, but you haven't marked a copy as kept." },
    { f: { delivered: "no" as const }, id: "delivery", severity: "gap", message: "The work has not been delivered." },
    { f: { delivered: "partly" as const }, id: "delivery", severity: "warning", message: "Only part of the work was delivered." },
    { f: { accepted: "no" as const }, id: "acceptance", severity: "gap", message: "You have no written acceptance." },
    { f: { accepted: "disputed" as const }, id: "acceptance", severity: "gap", message: "Your client disputes that the work was accepted." },
    { f: { accepted: "by-use" as const }, id: "acceptance", severity: "warning", message: "The client uses the work but never approved it in writing." },
    { f: { accepted: "in-writing" as const, evidenceKept: ["acceptance" as const] }, id: "acceptance", severity: "ok", message: "The client accepted the work in writing." },
    { f: { contactSoFar: "none" as const }, id: "contact", severity: "warning", message: "No reminders yet." },
    { f: { contactSoFar: "refused" as const }, id: "contact", severity: "gap", message: "Your client refused to pay." },
  ])("$id: $message", ({ f, id, severity, message }) => {
    const i = item(f, id);
    expect([i.severity, i.message]).toEqual([severity, message]);
    if (severity !== "ok") expect(i.action).not.toBe("");
  });

  it("no written acceptance tells the user what to gather", () => {
    expect(item({ accepted: "no" }, "acceptance").action).toMatch(/^Gather the e-mail where they approved the work/);
  });
});

describe("footingFacts", () => {
  it.each([
    [{ agreedInWriting: "yes", delivered: "yes", accepted: "in-writing" }, { agreedInWriting: true, delivered: true, acceptance: "in-writing", disputed: false }],
    [{ agreedInWriting: "partly", delivered: "partly", accepted: "no" }, { agreedInWriting: false, delivered: false, acceptance: null, disputed: false }],
    [{ accepted: "disputed" }, { agreedInWriting: false, delivered: false, acceptance: null, disputed: true }],
    [{ accepted: "by-use", contactSoFar: "refused" }, { agreedInWriting: false, delivered: false, acceptance: "by-use", disputed: true }],
  ] as const)("%j", (f, facts) => {
    expect(footingFacts(footing(f as Partial<FootingDraft>))).toEqual(facts);
  });
});

describe("suggestedSituation", () => {
  it.each([
    [{ accepted: "disputed" }, "silent", "dispute"],
    [{ contactSoFar: "refused" }, "hardship", "dispute"],
    [{ accepted: "disputed" }, "dispute", null],
    [{ accepted: "in-writing", contactSoFar: "promised" }, "silent", null],
  ] as const)("%j, chosen %s → %s", (answers, chosen, expected) => {
    expect(suggestedSituation({ ...FootingDraft.parse({}), ...answers }, chosen)).toBe(expected);
  });
});
