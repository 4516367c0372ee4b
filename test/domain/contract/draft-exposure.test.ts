import { describe, expect, it } from "vitest";
import type { ContractDraft } from "../../../src/domain/contract/contract-draft";
import { exposureFromDraft, exposureInput } from "../../../src/domain/contract/draft-exposure";
import { readContract } from "../../../src/domain/contract/read-contract";
import { exposureCurve } from "../../../src/domain/schedule/exposure";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

function changed(change: (d: ContractDraft) => void): ContractDraft {
  const draft = structuredClone(sampleContractDraft());
  change(draft);
  return draft;
}

describe("exposureFromDraft", () => {
  it("charts the sample draft (worked by hand)", () => {
    const exposure = exposureFromDraft(sampleContractDraft());
    expect(exposure).not.toBeNull();
    // Deposit 3,000 on 1 March; 3,333 paid 14 days after 26 March (9 April); 3,667 paid 14 days after 28 May (11 June).
    // On 28 May all work is delivered and 6,333 has been paid: 3,667 (36.67%) is at risk.
    expect(exposure!.points).toEqual([
      { date: "2027-03-01", delivered: 0, received: 300_000 },
      // 39 of 88 days: 10,000 × 39 / 88 = 4,431.82
      { date: "2027-04-09", delivered: 443_182, received: 633_300 },
      { date: "2027-05-28", delivered: 1_000_000, received: 633_300 },
      { date: "2027-06-11", delivered: 1_000_000, received: 1_000_000 },
    ]);
    expect(exposure!.peak).toEqual({ amount: 366_700, basisPoints: 3_667, date: "2027-05-28" });
    expect(exposure!.lastPaymentDate).toBe("2027-06-11");
  });

  it("matches the curve built from the checked contract", () => {
    const result = readContract(sampleContractDraft());
    if (!result.ok) throw new Error("sample draft should be valid");
    expect(exposureFromDraft(sampleContractDraft())).toEqual(exposureCurve(exposureInput(result.contract)));
  });

  it("does not need the other steps to be finished", () => {
    const exposure = exposureFromDraft(changed((d) => { d.you.name = ""; d.client.email = "nope"; d.scope.title = ""; d.protections.killFee.percent = "0"; }));
    expect(exposure?.peak.amount).toBe(366_700);
  });

  it.each([
    { name: "no start date", change: (d: ContractDraft) => { d.startDate = ""; } },
    { name: "no end date", change: (d: ContractDraft) => { d.endDate = ""; } },
    { name: "#19 an impossible end date", change: (d: ContractDraft) => { d.endDate = "2027-02-30"; } },
    { name: "no fee", change: (d: ContractDraft) => { d.price.fixedFee = ""; } },
    { name: "#13 a schedule that adds up to 110%", change: (d: ContractDraft) => { d.payment.milestones[1]!.shareValue = "46.67"; } },
    { name: "a milestone share still empty", change: (d: ContractDraft) => { d.payment.milestones[1]!.shareValue = ""; } },
    { name: "a milestone without a due date", change: (d: ContractDraft) => { d.payment.milestones[1]!.dueDate = ""; } },
    { name: "an unreadable payment term", change: (d: ContractDraft) => { d.payment.netDays = "two weeks"; } },
  ])("is null until dates, price and schedule are readable: $name", ({ change }) => {
    expect(exposureFromDraft(changed(change))).toBeNull();
  });
});
