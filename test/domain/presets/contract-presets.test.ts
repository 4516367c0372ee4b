import { describe, expect, it } from "vitest";
import { newContractDraft } from "../../../src/domain/contract/new-contract-draft";
import { readContract } from "../../../src/domain/contract/read-contract";
import { CONTRACT_PRESET_IDS, contractPreset } from "../../../src/domain/presets/contract-presets";
import { PRESETS } from "../../../src/domain/presets/preset-index";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

const applied = (id: string, draft = sampleContractDraft()) => {
  const preset = contractPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.apply(draft);
};

describe("contract presets", () => {
  it("has a change for every contract preset in the index, and only those", () => {
    const listed = PRESETS.filter((p) => p.wizard === "contract").map((p) => p.id);
    expect([...CONTRACT_PRESET_IDS].sort()).toEqual([...listed].sort());
  });

  it.each([
    { id: "deposit-three-milestones", step: "payment" },
    { id: "scope-first", step: "scope" },
    { id: "late-fee-and-discount", step: "late-fees" },
    { id: "good-better-best", step: "price" },
  ])("$id opens at the $step step, with the index's label", ({ id, step }) => {
    const preset = contractPreset(id)!;
    expect(preset.step).toBe(step);
    expect(preset.label).toBe(PRESETS.find((p) => p.id === id)!.label);
  });

  it.each(["get-paid-silent", "unknown", "", "__proto__", "toString"])("has no contract preset %j", (id) => {
    expect(contractPreset(id)).toBeUndefined();
  });

  it("deposit-three-milestones: 30% deposit, 25% / 25% / the rest (20%), summing to the fee exactly", () => {
    const draft = applied("deposit-three-milestones");
    expect(draft.payment.depositMode).toBe("percent");
    expect(draft.payment.depositValue).toBe("30");
    expect(draft.payment.milestones.map((m) => [m.shareMode, m.shareValue])).toEqual([
      ["percent", "25"],
      ["percent", "25"],
      ["rest", ""],
    ]);
    expect(new Set(draft.payment.milestones.map((m) => m.id)).size).toBe(3);
    // With dates filled in, the contract reads and its payments add up to the whole fee.
    const dated = {
      ...draft,
      payment: {
        ...draft.payment,
        milestones: draft.payment.milestones.map((m, i) => ({ ...m, dueDate: ["2027-03-26", "2027-04-23", "2027-05-28"][i]! })),
      },
    };
    const result = readContract(dated);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const amounts = result.contract.schedule.payments.map((p) => p.amount);
    expect(amounts).toEqual([300_000, 250_000, 250_000, 200_000]);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(1_000_000);
  });

  it("late-fee-and-discount: 1.5% a month after 7 days, capped at 10%; 2% within 10 days; net 30", () => {
    const draft = applied("late-fee-and-discount");
    expect(draft.lateFee).toMatchObject({ kind: "percent-per-month", percentPerMonth: "1.5", graceDays: "7", capEnabled: true, capPercent: "10" });
    expect(draft.discount).toMatchObject({ enabled: true, percent: "2", withinDays: "10" });
    expect(draft.payment.netDays).toBe("30");
    expect(readContract(draft).ok).toBe(true);
  });

  it("late-fee-and-discount writes 1.5 the way the draft's number style does", () => {
    expect(applied("late-fee-and-discount", newContractDraft("de-DE", "EUR")).lateFee.percentPerMonth).toBe("1,5");
  });

  it("good-better-best: priced as three named options", () => {
    const draft = applied("good-better-best", newContractDraft("en-US", "USD"));
    expect(draft.price.model).toBe("tiers");
    expect(draft.price.tiers.map((t) => t.name)).toEqual(["Good", "Better", "Best"]);
  });

  it("good-better-best keeps options the user already named", () => {
    const base = sampleContractDraft();
    const named = { ...base, price: { ...base.price, tiers: base.price.tiers.map((t, i) => ({ ...t, name: `Plan ${i + 1}` })) } };
    expect(applied("good-better-best", named).price.tiers.map((t) => t.name)).toEqual(["Plan 1", "Plan 2", "Plan 3"]);
  });

  it("scope-first changes no answer", () => {
    const draft = sampleContractDraft();
    expect(applied("scope-first", draft)).toEqual(draft);
  });

  it("no preset changes the draft it was given (pure)", () => {
    for (const id of CONTRACT_PRESET_IDS) {
      const draft = sampleContractDraft();
      const before = JSON.stringify(draft);
      applied(id, draft);
      expect(JSON.stringify(draft)).toBe(before);
    }
  });
});
