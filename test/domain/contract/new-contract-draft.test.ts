import { describe, expect, it } from "vitest";
import { ContractDraft } from "../../../src/domain/contract/contract-draft";
import { draftHasAnswers, newContractDraft, newDeliverable, newMilestone, newTiers } from "../../../src/domain/contract/new-contract-draft";
import { previewSchedule } from "../../../src/domain/contract/schedule-preview";

describe("newContractDraft", () => {
  it("is a valid draft that survives a parse unchanged", () => {
    const draft = newContractDraft();
    expect(ContractDraft.parse(draft)).toEqual(draft);
    expect(ContractDraft.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it.each([
    { locale: "en-US", currency: "USD" },
    { locale: "de-DE", currency: "EUR" },
    { locale: "en-GB", currency: "GBP" },
  ])("uses the number style $locale and currency $currency", ({ locale, currency }) => {
    const draft = newContractDraft(locale, currency);
    expect(draft.numberLocale).toBe(locale);
    expect(draft.currency).toBe(currency);
  });

  it("starts with one deliverable, three options and a 30% deposit + 40% + the rest", () => {
    const draft = newContractDraft();
    expect(draft.scope.deliverables).toHaveLength(1);
    expect(draft.price.tiers.map((t) => t.name)).toEqual(["Good", "Better", "Best"]);
    expect(draft.payment.depositMode).toBe("percent");
    expect(draft.payment.depositValue).toBe("30");
    expect(draft.payment.milestones.map((m) => [m.name, m.shareMode, m.shareValue])).toEqual([
      ["First delivery", "percent", "40"],
      ["Final delivery", "rest", ""],
    ]);
    expect(new Set(draft.payment.milestones.map((m) => m.id)).size).toBe(2);
  });

  it("shows a schedule once a fee is typed", () => {
    const draft = newContractDraft();
    draft.price.fixedFee = "1,000";
    const preview = previewSchedule(draft);
    expect(preview.exact).toBe(true);
    expect(preview.amounts).toEqual([30_000, 40_000, 30_000]);
  });
});

describe("the item factories", () => {
  it("makes empty items with fresh ids", () => {
    expect(newDeliverable([{ id: "d1" }])).toEqual({ id: "d2", title: "", description: "", acceptanceCriteria: "" });
    expect(newMilestone([]).id).toBe("m1");
    expect(newTiers().map((t) => t.id)).toEqual(["t1", "t2", "t3"]);
  });
});

describe("draftHasAnswers", () => {
  const fresh = () => ({ ...newContractDraft("de-DE"), id: "contract-1" });
  it.each([
    { name: "a new draft", change: (d: ContractDraft) => d, answers: false },
    { name: "a new draft in another number style", change: () => ({ ...newContractDraft("fr-FR"), id: "contract-2" }), answers: false },
    { name: "a name typed", change: (d: ContractDraft) => ({ ...d, you: { ...d.you, name: "Ada" } }), answers: true },
    { name: "another currency", change: (d: ContractDraft) => ({ ...d, currency: "EUR" }), answers: true },
    { name: "a changed deposit", change: (d: ContractDraft) => ({ ...d, payment: { ...d.payment, depositValue: "50" } }), answers: true },
    { name: "a protection switched off", change: (d: ContractDraft) => ({ ...d, protections: { ...d.protections, confidentiality: { enabled: false } } }), answers: true },
  ])("$name: $answers", ({ change, answers }) => {
    expect(draftHasAnswers(change(fresh()))).toBe(answers);
  });
});
