import { ContractDraft, type DeliverableDraft, type MilestoneDraft, type TierDraft } from "../domain/contract/contract-draft";
import { newContractDraft, newDeliverable, newMilestone, newTiers } from "../domain/contract/new-contract-draft";
import { moveItem } from "../domain/drafts/list-items";
import { MAX_DELIVERABLES, MAX_MILESTONES } from "../domain/contract/text-limits";
import { MAX_DRAFT_BYTES, openDraft, wrapDraft } from "../domain/drafts/draft-envelope";
import { type DraftValue, maxLengthIn, withValueAt } from "./draft-path";
import { browserNumberLocale, randomId } from "./browser";
import { createSavedStore } from "./saved-store";
import { CONTRACT_DRAFT_KEY } from "./storage-keys";

// The contract being written, saved in this browser as it is typed. Whatever is in storage, the
// page always opens with a draft the user can work on; anything unreadable is kept aside, never lost.

export const DRAFT_KEY = CONTRACT_DRAFT_KEY;
export const BACKUP_KEY_PREFIX = `${DRAFT_KEY}:backup-`;

export type { RestoreProblem, SaveStatus } from "./saved-store";

export type ImportResult = { ok: true } | { ok: false; message: string };

const browserLocale = () => browserNumberLocale("en-US");

/** A random id for a draft, so the invoices made from it can find it again. */
const newDraftId = () => randomId("contract");

/** Set when the saved draft was opened without an id and given one: it is saved back once. */
let idGiven = false;

/** A draft saved before drafts had ids gets one when it is opened. */
function withId(draft: ContractDraft): ContractDraft {
  if (draft.id) return draft;
  idGiven = true;
  return { ...draft, id: newDraftId() };
}

/** A new draft has its id from the start; it is saved once the user types, like any change. */
function freshDraft(): ContractDraft {
  return { ...newContractDraft(browserLocale()), id: newDraftId() };
}

// Backups, read-only drafts from a newer version, damaged drafts, two tabs, failed saves: all
// handled by the saved store (saved-store.ts), as for the invoice list.
const saved = createSavedStore<ContractDraft>({
  key: DRAFT_KEY,
  open(text) {
    const opened = openDraft(text);
    if (opened.status === "ok") return { status: "ok", value: withId(opened.draft), migratedFrom: opened.migratedFrom };
    if (opened.status === "newer") return { status: "newer", version: opened.version, value: opened.draft };
    return opened;
  },
  encode: (draft, savedAt) => JSON.stringify(wrapDraft(draft, savedAt)),
  fresh: freshDraft,
  damagedMessage: (kept) =>
    kept
      ? "Your saved draft is damaged and could not be opened, so you are starting with a new draft. A copy of the damaged one was kept in this browser."
      : "Your saved draft is damaged and could not be opened, so you are starting with a new draft. There was no room to keep a copy: download it now if you need it.",
  newerMessage: (version) =>
    `This draft was saved by a newer version of Upfront (draft version ${version}), so it is open read-only and ` +
    "will not be changed here. Reload the page to get the latest version, or download the draft to keep a copy.",
});

// Save the id given to an older draft at once, so a reload finds the same id (and its invoices).
if (idGiven) saved.update((draft) => ({ ...draft }));

export const $draft = saved.$value;
export const $saveStatus = saved.$saveStatus;
export const $restoreProblem = saved.$restoreProblem;
/** True while a draft from a newer version of Upfront is open: shown, never changed or overwritten. */
export const $readOnly = saved.$readOnly;
export const $readOnlyMessage = saved.$readOnlyMessage;
/** Set when another tab or window saved a different version of the draft; writes here wait until the user chooses. */
export const $otherTabChange = saved.$otherTabChange;

/** Keeps this tab's answers and saves them over the other tab's version. */
export const keepThisTabsDraft = saved.keepThisTab;

/** Loads the other tab's version; this tab's answers are kept as a backup first. */
export const loadOtherTabsDraft = saved.loadOtherTab;

function update(change: (draft: ContractDraft) => ContractDraft): void {
  saved.update(change);
}

/** The longest text the contract draft accepts at a path ("you.name"), for an input's maxLength. */
export function contractMaxLength(path: string): number | undefined {
  return maxLengthIn(ContractDraft, path);
}

/** Sets one answer by its path, e.g. setField("client.name", "Ada"). Text longer than the field allows is cut. */
export function setField(path: string, value: DraftValue): void {
  const max = contractMaxLength(path);
  const clipped = typeof value === "string" && max !== undefined && value.length > max ? value.slice(0, max) : value;
  update((draft) => withValueAt(draft, path, clipped));
}

function withScope(draft: ContractDraft, deliverables: DeliverableDraft[]): ContractDraft {
  return { ...draft, scope: { ...draft.scope, deliverables } };
}

function withMilestones(draft: ContractDraft, milestones: MilestoneDraft[]): ContractDraft {
  return { ...draft, payment: { ...draft.payment, milestones } };
}

/** Adds an empty deliverable at the end; returns its id, or null when the list is full. */
export function addDeliverable(): string | null {
  const { deliverables } = $draft.get().scope;
  if ($readOnly.get() || deliverables.length >= MAX_DELIVERABLES) return null;
  const added = newDeliverable(deliverables);
  update((draft) => withScope(draft, [...draft.scope.deliverables, added]));
  return added.id;
}

/** Removes a deliverable, and takes it out of every milestone that covered it or waited for its acceptance. */
export function removeDeliverable(id: string): void {
  update((draft) =>
    withMilestones(
      withScope(draft, draft.scope.deliverables.filter((d) => d.id !== id)),
      draft.payment.milestones.map((m) =>
        m.deliverableIds.includes(id) || m.acceptanceOf === id
          ? { ...m, deliverableIds: m.deliverableIds.filter((d) => d !== id), acceptanceOf: m.acceptanceOf === id ? "" : m.acceptanceOf }
          : m,
      ),
    ),
  );
}

export function moveDeliverable(id: string, by: -1 | 1): void {
  update((draft) => withScope(draft, moveItem(draft.scope.deliverables, id, by)));
}

/** Adds an empty milestone at the end; returns its id, or null when the list is full. */
export function addMilestone(): string | null {
  const { milestones } = $draft.get().payment;
  if ($readOnly.get() || milestones.length >= MAX_MILESTONES) return null;
  const added = newMilestone(milestones);
  update((draft) => withMilestones(draft, [...draft.payment.milestones, added]));
  return added.id;
}

export function removeMilestone(id: string): void {
  update((draft) => withMilestones(draft, draft.payment.milestones.filter((m) => m.id !== id)));
}

export function moveMilestone(id: string, by: -1 | 1): void {
  update((draft) => withMilestones(draft, moveItem(draft.payment.milestones, id, by)));
}

/** Sets one field of one of the three pricing options (an old draft without options gets them first). */
export function setTier(index: number, field: "name" | "price" | "includes", value: string): void {
  update((draft) => {
    const tiers: TierDraft[] = draft.price.tiers.length === 3 ? draft.price.tiers : newTiers();
    const withTiers = { ...draft, price: { ...draft.price, tiers } };
    const max = contractMaxLength(`price.tiers.${index}.${field}`);
    return withValueAt(withTiers, `price.tiers.${index}.${field}`, max !== undefined ? value.slice(0, max) : value);
  });
}

/** Replaces every answer with a new draft. A draft from a newer version is backed up first. */
export function startOver(): void {
  saved.replace(freshDraft());
}

/**
 * Starts a new contract from a preset's changes. A draft with answers is replaced by a new one
 * and kept as a backup in this browser; a draft without answers (nothing to lose) is changed in place.
 */
export function startFrom(change: (draft: ContractDraft) => ContractDraft, { replaceAnswers }: { replaceAnswers: boolean }): void {
  if (replaceAnswers || $readOnly.get()) saved.replace(change(freshDraft()), { keepCurrent: true });
  else saved.replace(change($draft.get()));
}

/**
 * The draft as the text of a .json file (the same envelope as saved drafts). A read-only draft
 * from a newer version is given exactly as saved: this version would drop the fields it doesn't know.
 */
export function exportDraft(): string {
  return saved.exportText();
}

/** Opens a draft from a file's text; on any problem the current draft is left as it was. */
export function importDraft(text: string): ImportResult {
  const opened = openDraft(text);
  if (opened.status === "damaged") return { ok: false, message: opened.message };
  if (opened.status === "newer") {
    return {
      ok: false,
      message: `This draft was saved by a newer version of Upfront (draft version ${opened.version}). Reload the page to get the latest version, then import it again.`,
    };
  }
  // The answers being replaced stay in this browser as a backup.
  saved.replace(withId(opened.draft), { keepCurrent: true });
  return { ok: true };
}

/** Checks the file's size before reading it, so a huge file is refused without loading it. */
export async function importDraftFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_DRAFT_BYTES) {
    return { ok: false, message: "This file is too large to be an Upfront draft. Choose the .json file you downloaded from Upfront." };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: "The file could not be read. Try choosing it again." };
  }
  return importDraft(text);
}

export const dismissRestoreProblem = saved.dismissRestoreProblem;

/** Writes pending changes now (tests; the page does it itself when hidden or closed). */
export const flushDraft = saved.flush;
