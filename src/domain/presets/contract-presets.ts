import type { ContractDraft } from "../contract/contract-draft";
import type { ContractStepId } from "../contract/contract-steps";
import { newMilestone, newTiers } from "../contract/new-contract-draft";
import { findPreset } from "./preset-index";

// The contract wizard's starting points: each changes a draft's answers (a pure function, no
// storage, no DOM) and names the step the wizard opens at, where the changed answers are.

export type ContractPreset = {
  id: string;
  label: string;
  step: ContractStepId;
  apply(draft: ContractDraft): ContractDraft;
};

/** A decimal written the way the draft's number style writes it ("1,5" in de-DE). */
function decimal(draft: ContractDraft, n: number): string {
  return new Intl.NumberFormat(draft.numberLocale, { maximumFractionDigits: 2 }).format(n);
}

/** 30% deposit, then 25% / 25% / the rest (20%): the rest absorbs any rounding, so it sums to 100%. */
function depositThreeMilestones(draft: ContractDraft): ContractDraft {
  const first = { ...newMilestone([]), name: "First milestone", shareValue: "25" };
  const second = { ...newMilestone([first]), name: "Second milestone", shareValue: "25" };
  const final = { ...newMilestone([first, second]), name: "Final delivery", shareMode: "rest" as const, shareValue: "" };
  return {
    ...draft,
    payment: { ...draft.payment, depositMode: "percent", depositValue: "30", milestones: [first, second, final] },
  };
}

/** 1.5% a month after 7 days' grace, capped at 10%; 2% off within 10 days; net 30. */
function lateFeeAndDiscount(draft: ContractDraft): ContractDraft {
  return {
    ...draft,
    payment: { ...draft.payment, netDays: "30" },
    lateFee: { ...draft.lateFee, kind: "percent-per-month", percentPerMonth: decimal(draft, 1.5), graceDays: "7", capEnabled: true, capPercent: "10" },
    discount: { ...draft.discount, enabled: true, percent: "2", withinDays: "10" },
  };
}

/** Priced as three named options; tiers the user already named are kept. */
function goodBetterBest(draft: ContractDraft): ContractDraft {
  const tiers = draft.price.tiers.length === 3 ? draft.price.tiers : newTiers();
  return { ...draft, price: { ...draft.price, model: "tiers", tiers } };
}

const CHANGES: Record<string, { step: ContractStepId; apply(draft: ContractDraft): ContractDraft }> = {
  "deposit-three-milestones": { step: "payment", apply: depositThreeMilestones },
  // Changes no answer: it only opens the wizard where the scope is written.
  "scope-first": { step: "scope", apply: (draft) => draft },
  "late-fee-and-discount": { step: "late-fees", apply: lateFeeAndDiscount },
  "good-better-best": { step: "price", apply: goodBetterBest },
};

/** The contract preset with this id, or undefined for an unknown id or another wizard's preset. */
export function contractPreset(id: string): ContractPreset | undefined {
  const listed = findPreset(id);
  // Own keys only: an id from a link ("constructor", "__proto__") never reaches Object.prototype.
  const change = Object.hasOwn(CHANGES, id) ? CHANGES[id] : undefined;
  if (!listed || listed.wizard !== "contract" || !change) return undefined;
  return { id: listed.id, label: listed.label, ...change };
}

/** Every contract preset the index lists (the check that each has its change is a test). */
export const CONTRACT_PRESET_IDS: readonly string[] = Object.keys(CHANGES);
