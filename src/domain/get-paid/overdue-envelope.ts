import { envelopeSchema, openEnvelope, withUniqueIds, wrapEnvelope, type EnvelopeKind, type Opened } from "../drafts/versioned-envelope";
import { z } from "../zod";
import { OverdueDraft } from "./overdue-draft";

// The overdue-invoice case travels in the same versioned envelope as the contract draft and the
// invoice list: migrated when older, read-only when newer, size-checked and prototype-safe.

export const OVERDUE_DRAFT_VERSION = 1;
export const MAX_OVERDUE_BYTES = 2_000_000;

export const OverdueEnvelope = envelopeSchema("overdue-case");
export type OverdueEnvelope = z.infer<typeof OverdueEnvelope>;

const OVERDUE_CASE: EnvelopeKind<typeof OverdueDraft> = {
  kind: "overdue-case",
  version: OVERDUE_DRAFT_VERSION,
  schema: OverdueDraft,
  /** Version 1 is the first; add steps from n to n+1 here. */
  migrations: {},
  maxChars: MAX_OVERDUE_BYTES,
  repair: (draft) => ({
    ...draft,
    invoice: { ...draft.invoice, partialPayments: withUniqueIds(draft.invoice.partialPayments, "p") },
    evidence: withUniqueIds(draft.evidence, "e"),
  }),
  words: { short: "case", full: "overdue-invoice case" },
};

export function wrapOverdueDraft(draft: OverdueDraft, savedAt?: string): OverdueEnvelope {
  return { ...wrapEnvelope(OVERDUE_CASE, draft, savedAt), kind: "overdue-case" };
}

/** Opens a saved or imported case from its text (see versioned-envelope.ts for every check). */
export function openOverdueDraft(text: string): Opened<OverdueDraft> {
  return openEnvelope(text, OVERDUE_CASE);
}
