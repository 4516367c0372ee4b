import { describe, expect, it } from "vitest";
import { ContractDraft } from "../../../src/domain/contract/contract-draft";
import { LONG_TEXT_MAX, MAX_MILESTONES, SHORT_TEXT_MAX } from "../../../src/domain/contract/text-limits";

describe("ContractDraft schema", () => {
  it("fills every default from an empty object", () => {
    const draft = ContractDraft.parse({});
    expect(draft.currency).toBe("USD");
    expect(draft.payment.netDays).toBe("14");
    expect(draft.lateFee.kind).toBe("percent-per-month");
    expect(draft.protections.confidentiality.enabled).toBe(true);
  });

  it.each([
    { name: "#24 a 1 MB paste in the summary", data: { scope: { summary: "x".repeat(1_000_000) } }, path: "scope.summary" },
    { name: "#23 one character over the scope limit", data: { scope: { summary: "x".repeat(LONG_TEXT_MAX + 1) } }, path: "scope.summary" },
    { name: "a name over the short-text limit", data: { you: { name: "x".repeat(SHORT_TEXT_MAX + 1) } }, path: "you.name" },
    { name: "#15 more milestones than the cap", data: { payment: { milestones: Array.from({ length: MAX_MILESTONES + 1 }, (_, i) => ({ id: `m${i}` })) } }, path: "payment.milestones" },
    { name: "a number where text is expected", data: { price: { fixedFee: 10_000 } }, path: "price.fixedFee" },
    { name: "an unknown price model", data: { price: { model: "barter" } }, path: "price.model" },
    { name: "a milestone without an id", data: { payment: { milestones: [{ name: "x" }] } }, path: "payment.milestones.0.id" },
  ])("rejects $name", ({ data, path }) => {
    const result = ContractDraft.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("#23 accepts a scope of exactly the limit", () => {
    expect(ContractDraft.safeParse({ scope: { summary: "x".repeat(LONG_TEXT_MAX) } }).success).toBe(true);
  });
});
