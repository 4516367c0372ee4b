import { z } from "../zod";
import { ContractDraft } from "../contract/contract-draft";
import { envelopeSchema, openEnvelope, withUniqueIds, wrapEnvelope, type EnvelopeKind } from "./versioned-envelope";

// Saved and exported drafts travel in a versioned envelope, so a later version of the app can
// migrate an old draft, and an old version can refuse to overwrite a newer one.

export const CONTRACT_DRAFT_VERSION = 1;
export const MAX_DRAFT_BYTES = 2_000_000;

export const DraftEnvelope = envelopeSchema("contract-draft");
export type DraftEnvelope = z.infer<typeof DraftEnvelope>;

export type OpenedDraft =
  | { status: "ok"; draft: ContractDraft; migratedFrom: number | null }
  | { status: "newer"; version: number; draft: ContractDraft | null }
  | { status: "damaged"; message: string };

/** Migrations from version n to n+1, keyed by n. Version 1 is the first; add steps here. */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {};

const CONTRACT_DRAFT: EnvelopeKind<typeof ContractDraft> = {
  kind: "contract-draft",
  version: CONTRACT_DRAFT_VERSION,
  schema: ContractDraft,
  migrations: MIGRATIONS,
  maxChars: MAX_DRAFT_BYTES,
  // A hand-edited or damaged file with two items of one id gets fresh ids for the later copies.
  repair: (draft) => ({
    ...draft,
    scope: { ...draft.scope, deliverables: withUniqueIds(draft.scope.deliverables, "d") },
    price: { ...draft.price, tiers: withUniqueIds(draft.price.tiers, "t") },
    payment: { ...draft.payment, milestones: withUniqueIds(draft.payment.milestones, "m") },
  }),
  words: { short: "draft", full: "contract draft" },
};

export function wrapDraft(draft: ContractDraft, savedAt?: string): DraftEnvelope {
  return { ...wrapEnvelope(CONTRACT_DRAFT, draft, savedAt), kind: "contract-draft" };
}

/**
 * Opens a saved or imported draft from its text: size-checked, JSON-parsed without prototype keys,
 * envelope-checked, migrated, then validated (unknown keys stripped).
 */
export function openDraft(text: string): OpenedDraft {
  const opened = openEnvelope(text, CONTRACT_DRAFT);
  switch (opened.status) {
    case "ok":
      return { status: "ok", draft: opened.value, migratedFrom: opened.migratedFrom };
    case "newer":
      return { status: "newer", version: opened.version, draft: opened.value };
    default:
      return opened;
  }
}
