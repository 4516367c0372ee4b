import { describe, expect, test } from "vitest";
import { newContractDraft } from "../../src/domain/contract/new-contract-draft";
import { ContractDraft } from "../../src/domain/contract/contract-draft";
import { maxLengthIn, valueAt, withValueAt } from "../../src/stores/draft-path";

describe("draft paths", () => {
  test("reads nested values and list items", () => {
    const draft = newContractDraft();
    expect(valueAt(draft, "payment.milestones.1.shareMode")).toBe("rest");
    expect(valueAt(draft, "you.name")).toBe("");
    expect(valueAt(draft, "nothing.here")).toBeUndefined();
  });

  test("replaces one value and shares the untouched branches", () => {
    const draft = newContractDraft();
    const next = withValueAt(draft, "payment.milestones.0.name", "Designs");
    expect(next.payment.milestones[0]!.name).toBe("Designs");
    expect(draft.payment.milestones[0]!.name).toBe("First delivery");
    expect(next.scope).toBe(draft.scope);
    expect(next.payment.milestones[1]).toBe(draft.payment.milestones[1]);
  });

  test("refuses unknown fields, missing items and a change of type", () => {
    const draft = newContractDraft();
    expect(() => withValueAt(draft, "you.nickname", "x")).toThrow(RangeError);
    expect(() => withValueAt(draft, "payment.milestones.9.name", "x")).toThrow(RangeError);
    expect(() => withValueAt(draft, "scope.changeRequestsInWriting", "yes")).toThrow(TypeError);
    expect(() => withValueAt(draft, "__proto__.x", "y")).toThrow(RangeError);
  });

  test("limits come from the draft schema", () => {
    expect(maxLengthIn(ContractDraft, "you.name")).toBe(200);
    expect(maxLengthIn(ContractDraft, "you.address")).toBe(500);
    expect(maxLengthIn(ContractDraft, "scope.deliverables.7.description")).toBe(2000);
    expect(maxLengthIn(ContractDraft, "law.usState")).toBe(2);
    expect(maxLengthIn(ContractDraft, "scope.changeRequestsInWriting")).toBeUndefined();
  });
});
