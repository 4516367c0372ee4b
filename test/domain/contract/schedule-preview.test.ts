import { describe, expect, it } from "vitest";
import type { ContractDraft } from "../../../src/domain/contract/contract-draft";
import { FieldErrors } from "../../../src/domain/contract/field-errors";
import { readShares } from "../../../src/domain/contract/read-shares";
import { previewSchedule } from "../../../src/domain/contract/schedule-preview";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

function changed(change: (d: ContractDraft) => void): ContractDraft {
  const draft = structuredClone(sampleContractDraft());
  change(draft);
  return draft;
}

// Intl puts no-break spaces in some formats; compare them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("previewSchedule: the running total while typing", () => {
  it.each([
    {
      name: "the sample: exact",
      change: () => {},
      amounts: [300_000, 333_300, 366_700],
      allocated: 1_000_000,
      left: 0,
      sumBasisPoints: 10_000,
      exact: true,
      status: "Allocated $10,000.00 of $10,000.00 (100%). Nothing left to allocate.",
    },
    {
      name: "the last milestone still empty",
      change: (d: ContractDraft) => { d.payment.milestones[1]!.shareValue = ""; },
      amounts: [300_000, 333_300, null],
      allocated: 633_300,
      left: 366_700,
      sumBasisPoints: 6_333,
      exact: false,
      status: "Allocated $6,333.00 of $10,000.00 (63.33%). $3,667.00 left to allocate.",
    },
    {
      name: "half-typed: '3' in the last milestone",
      change: (d: ContractDraft) => { d.payment.milestones[1]!.shareValue = "3"; },
      amounts: [300_000, 333_300, 30_000],
      allocated: 663_300,
      left: 336_700,
      sumBasisPoints: 6_633,
      exact: false,
      status: "Allocated $6,633.00 of $10,000.00 (66.33%). $3,367.00 left to allocate.",
    },
    {
      name: "#13 110%",
      change: (d: ContractDraft) => { d.payment.milestones[1]!.shareValue = "46.67"; },
      amounts: [300_000, 333_300, 466_700],
      allocated: 1_100_000,
      left: -100_000,
      sumBasisPoints: 11_000,
      exact: false,
      status: "Allocated $11,000.00 of $10,000.00 (110%). That is $1,000.00 too much: the deposit and milestones add up to 110%.",
    },
    {
      name: "#13 99.99%",
      change: (d: ContractDraft) => { d.payment.milestones[1]!.shareValue = "36.66"; },
      amounts: [300_000, 333_300, 366_600],
      allocated: 999_900,
      left: 100,
      sumBasisPoints: 9_999,
      exact: false,
      status: "Allocated $9,999.00 of $10,000.00 (99.99%). $1.00 left to allocate.",
    },
    {
      name: "'the rest' fills the gap",
      change: (d: ContractDraft) => { d.payment.milestones[1]!.shareMode = "rest"; },
      amounts: [300_000, 333_300, 366_700],
      allocated: 1_000_000,
      left: 0,
      sumBasisPoints: 10_000,
      exact: true,
      status: "Allocated $10,000.00 of $10,000.00 (100%). Nothing left to allocate.",
    },
    {
      name: "'the rest' when the others exceed 100% is shown as 0",
      change: (d: ContractDraft) => { d.payment.milestones[0]!.shareValue = "80"; d.payment.milestones[1]!.shareMode = "rest"; },
      amounts: [300_000, 800_000, 0],
      allocated: 1_100_000,
      left: -100_000,
      sumBasisPoints: 11_000,
      exact: false,
      status: "Allocated $11,000.00 of $10,000.00 (110%). That is $1,000.00 too much: the deposit and milestones add up to 110%.",
    },
    {
      name: "a fixed-amount deposit",
      change: (d: ContractDraft) => { d.payment.depositMode = "amount"; d.payment.depositValue = "3,000"; },
      amounts: [300_000, 333_300, 366_700],
      allocated: 1_000_000,
      left: 0,
      sumBasisPoints: 10_000,
      exact: true,
      status: "Allocated $10,000.00 of $10,000.00 (100%). Nothing left to allocate.",
    },
  ])("$name", ({ change, amounts, allocated, left, sumBasisPoints, exact, status }) => {
    const preview = previewSchedule(changed(change));
    expect(preview.total).toBe(1_000_000);
    expect(preview.amounts).toEqual(amounts);
    expect(preview.allocated).toBe(allocated);
    expect(preview.left).toBe(left);
    expect(preview.sumBasisPoints).toBe(sumBasisPoints);
    expect(preview.exact).toBe(exact);
    expect(preview.status).toBe(status);
  });

  it("#16 reports which payment took the rounding", () => {
    const preview = previewSchedule(changed((d) => { d.price.fixedFee = "1,000.01"; }));
    expect(preview.exact).toBe(true);
    expect(preview.amounts).toEqual([30_000, 33_330, 36_671]);
    expect(preview.roundedUp).toEqual([2]);
  });

  it.each([
    { name: "no fee yet", change: (d: ContractDraft) => { d.price.fixedFee = ""; } },
    { name: "#6 a fee that is not a number", change: (d: ContractDraft) => { d.price.fixedFee = "1e5"; } },
  ])("asks for the price first: $name", ({ change }) => {
    const preview = previewSchedule(changed(change));
    expect(preview.total).toBeNull();
    expect(preview.amounts).toEqual([null, null, null]);
    expect(preview.status).toBe("Enter the price on the previous step to see the amounts.");
  });

  it("uses the draft's number style in the status", () => {
    const preview = previewSchedule(
      changed((d) => {
        d.numberLocale = "de-DE";
        d.currency = "EUR";
        d.price.fixedFee = "10.000";
        d.payment.milestones[0]!.shareValue = "33,33";
        d.payment.milestones[1]!.shareValue = "46,67";
      }),
    );
    expect(plain(preview.status)).toBe("Allocated 11.000,00 € of 10.000,00 € (110 %). That is 1.000,00 € too much: the deposit and milestones add up to 110 %.");
  });
});

describe("readShares", () => {
  it("reads each share, leaving unreadable ones null with a message on their field", () => {
    const errors = new FieldErrors("payment");
    const parts = readShares(changed((d) => { d.payment.milestones[0]!.shareValue = "abc"; d.payment.milestones[1]!.shareMode = "rest"; }), errors);
    expect(parts).toEqual([
      { kind: "deposit", field: "payment.depositValue", share: { mode: "percent", basisPoints: 3_000 } },
      { kind: "milestone", field: "payment.milestones.0.shareValue", share: null },
      { kind: "milestone", field: "payment.milestones.1.shareValue", share: { mode: "rest" } },
    ]);
    expect(errors.list.map((e) => e.field)).toEqual(["payment.milestones.0.shareValue"]);
  });

  it("has no deposit part when there is no deposit", () => {
    const parts = readShares(changed((d) => { d.payment.depositMode = "none"; }), null);
    expect(parts.map((p) => p.kind)).toEqual(["milestone", "milestone"]);
  });
});
