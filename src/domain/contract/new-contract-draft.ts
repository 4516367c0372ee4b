import { nextId } from "../drafts/list-items";
import { ContractDraft, type DeliverableDraft, type MilestoneDraft, type TierDraft } from "./contract-draft";

export function newDeliverable(taken: readonly { id: string }[]): DeliverableDraft {
  return { id: nextId("d", taken), title: "", description: "", acceptanceCriteria: "" };
}

export function newMilestone(taken: readonly { id: string }[]): MilestoneDraft {
  return {
    id: nextId("m", taken),
    name: "",
    deliverableIds: [],
    dueKind: "date",
    dueDate: "",
    acceptanceOf: "",
    expectedDate: "",
    shareMode: "percent",
    shareValue: "",
  };
}

const TIER_NAMES = ["Good", "Better", "Best"];

export function newTiers(): TierDraft[] {
  return TIER_NAMES.map((name, i) => ({ id: `t${i + 1}`, name, price: "", includes: "" }));
}

/**
 * A fresh draft: one deliverable, three named options, and a 30% deposit with two milestones
 * of 40% and "the rest" (30%), a split that keeps the freelancer's exposure low.
 */
export function newContractDraft(numberLocale = "en-US", currency = "USD"): ContractDraft {
  const deliverable = newDeliverable([]);
  const first = { ...newMilestone([]), name: "First delivery", shareValue: "40" };
  const second = { ...newMilestone([first]), name: "Final delivery", shareMode: "rest" as const, shareValue: "" };
  // Decimal defaults are written the way this number style writes them ("1,5" in de-DE).
  const decimal = (n: number) => new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 2 }).format(n);
  return ContractDraft.parse({
    numberLocale,
    currency,
    lateFee: { percentPerMonth: decimal(1.5) },
    scope: { deliverables: [deliverable] },
    price: { tiers: newTiers() },
    payment: { milestones: [first, second] },
  });
}

/**
 * Whether the user has answered anything: the draft differs from a new one in the same number
 * style (its id aside). A preset may fill a draft without answers; one with answers asks first.
 */
export function draftHasAnswers(draft: ContractDraft): boolean {
  const blank = { ...newContractDraft(draft.numberLocale), id: draft.id };
  return JSON.stringify(ContractDraft.parse(draft)) !== JSON.stringify(ContractDraft.parse(blank));
}
