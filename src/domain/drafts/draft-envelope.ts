import { z } from "../zod";
import { ContractDraft } from "../contract/contract-draft";

// Saved and exported drafts travel in a versioned envelope, so a later version of the app can
// migrate an old draft, and an old version can refuse to overwrite a newer one.

export const CONTRACT_DRAFT_VERSION = 1;
export const MAX_DRAFT_BYTES = 2_000_000;

export const DraftEnvelope = z.object({
  app: z.literal("upfront"),
  kind: z.literal("contract-draft"),
  version: z.int().check(z.minimum(1)),
  savedAt: z.optional(z.string().check(z.maxLength(40))),
  data: z.unknown(),
});
export type DraftEnvelope = z.infer<typeof DraftEnvelope>;

export type OpenedDraft =
  | { status: "ok"; draft: ContractDraft; migratedFrom: number | null }
  | { status: "newer"; version: number; draft: ContractDraft | null }
  | { status: "damaged"; message: string };

export function wrapDraft(draft: ContractDraft, savedAt?: string): DraftEnvelope {
  return { app: "upfront", kind: "contract-draft", version: CONTRACT_DRAFT_VERSION, savedAt, data: draft };
}

/** Migrations from version n to n+1, keyed by n. Version 1 is the first; add steps here. */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {};

/** Keys that could reach an object's prototype are dropped before anything reads the data. */
function withoutPrototypeKeys(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== "__proto__" && k !== "constructor" && k !== "prototype") clean[k] = v;
    }
    return clean;
  }
  return value;
}

/**
 * Ids name list items (remove, move, link a milestone to a deliverable), so a hand-edited or
 * damaged file with two items of one id gets fresh ids for the later copies.
 */
function withUniqueIds(draft: ContractDraft): ContractDraft {
  const fix = <T extends { id: string }>(items: T[], prefix: string): T[] => {
    const seen = new Set<string>();
    return items.map((item) => {
      let id = item.id;
      for (let n = items.length + 1; seen.has(id); n += 1) id = `${prefix}${n}`;
      seen.add(id);
      return id === item.id ? item : { ...item, id };
    });
  };
  return {
    ...draft,
    scope: { ...draft.scope, deliverables: fix(draft.scope.deliverables, "d") },
    price: { ...draft.price, tiers: fix(draft.price.tiers, "t") },
    payment: { ...draft.payment, milestones: fix(draft.payment.milestones, "m") },
  };
}

/**
 * Opens a saved or imported draft from its text: size-checked, JSON-parsed without prototype keys,
 * envelope-checked, migrated, then validated (unknown keys stripped).
 */
export function openDraft(text: string): OpenedDraft {
  if (text.length > MAX_DRAFT_BYTES) return { status: "damaged", message: "This file is too large to be an Upfront draft." };
  let raw: unknown;
  try {
    raw = JSON.parse(text, withoutPrototypeKeys);
  } catch {
    return { status: "damaged", message: "This isn't an Upfront draft: the file is not valid JSON." };
  }
  const envelope = DraftEnvelope.safeParse(raw);
  if (!envelope.success) return { status: "damaged", message: "This isn't an Upfront contract draft." };
  const { version } = envelope.data;
  if (version > CONTRACT_DRAFT_VERSION) {
    const parsed = ContractDraft.safeParse(envelope.data.data);
    return { status: "newer", version, draft: parsed.success ? parsed.data : null };
  }
  let data = envelope.data.data;
  for (let v = version; v < CONTRACT_DRAFT_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return { status: "damaged", message: `This draft's version (${version}) can't be upgraded.` };
    data = step(data);
  }
  const parsed = ContractDraft.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join(".") : "";
    return { status: "damaged", message: `This contract draft is damaged${where ? ` (at ${where})` : ""} and can't be opened.` };
  }
  return { status: "ok", draft: withUniqueIds(parsed.data), migratedFrom: version < CONTRACT_DRAFT_VERSION ? version : null };
}
