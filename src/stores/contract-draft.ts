import { persistentAtom } from "@nanostores/persistent";
import { atom } from "nanostores";
import type { ContractDraft, DeliverableDraft, MilestoneDraft, TierDraft } from "../domain/contract/contract-draft";
import { moveItem, newContractDraft, newDeliverable, newMilestone, newTiers } from "../domain/contract/new-contract-draft";
import { MAX_DELIVERABLES, MAX_MILESTONES } from "../domain/contract/text-limits";
import { MAX_DRAFT_BYTES, openDraft, wrapDraft } from "../domain/drafts/draft-envelope";
import { numberLocaleFor } from "../domain/money/number-locales";
import { type DraftValue, maxLengthAt, withValueAt } from "./draft-path";
import { sharedStorage } from "./storage-engine";

// The contract being written, saved in this browser as it is typed. Whatever is in storage, the
// page always opens with a draft the user can work on; anything unreadable is kept aside, never lost.

export const DRAFT_KEY = "upfront:contract-draft";
export const BACKUP_KEY_PREFIX = `${DRAFT_KEY}:backup-`;
/** Older backups beyond this many are removed, so backups can't fill the storage. */
const BACKUPS_KEPT = 5;

export type SaveStatus = "saved" | "not-saved";

export type RestoreProblem = {
  message: string;
  /** Where a copy of the unreadable text was kept, or null when storage refused it. */
  backupKey: string | null;
  /** The unreadable text itself, for "Download the unreadable draft". */
  text: string;
};

export type ImportResult = { ok: true } | { ok: false; message: string };

const storage = sharedStorage();

export const $saveStatus = atom<SaveStatus>(storage.writable ? "saved" : "not-saved");
export const $restoreProblem = atom<RestoreProblem | null>(null);
/** True while a draft from a newer version of Upfront is open: shown, never changed or overwritten. */
export const $readOnly = atom<boolean>(false);
export const $readOnlyMessage = atom<string>("");

storage.onWrite((key, ok) => {
  if (key === DRAFT_KEY) $saveStatus.set(ok ? "saved" : "not-saved");
});

function browserLocale(): string {
  return typeof navigator !== "undefined" && navigator.language ? numberLocaleFor(navigator.language) : "en-US";
}

function freshDraft(): ContractDraft {
  return newContractDraft(browserLocale());
}

/** Keeps a copy of some text under a new backup key; returns the key, or null if storage refused. */
function keepBackup(text: string): string | null {
  let key = `${BACKUP_KEY_PREFIX}${new Date().toISOString()}`;
  for (let n = 2; storage.read(key) !== undefined; n += 1) key = `${BACKUP_KEY_PREFIX}${new Date().toISOString()}-${n}`;
  if (!storage.writeNow(key, text)) return null;
  const backups = storage.keys().filter((k) => k.startsWith(BACKUP_KEY_PREFIX)).sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) storage.removeNow(old);
  return key;
}

function enterReadOnly(version: number): void {
  storage.freeze(DRAFT_KEY);
  $readOnly.set(true);
  $readOnlyMessage.set(
    `This draft was saved by a newer version of Upfront (draft version ${version}), so it is open read-only and ` +
      "will not be changed here. Reload the page to get the latest version, or download the draft to keep a copy.",
  );
}

/** Leaves read-only mode, keeping a copy of the newer draft first since it is about to be replaced. */
function leaveReadOnly(): void {
  if (!$readOnly.get()) return;
  const text = storage.read(DRAFT_KEY);
  if (text !== undefined) keepBackup(text);
  storage.unfreeze(DRAFT_KEY);
  $readOnly.set(false);
  $readOnlyMessage.set("");
}

// What is saved decides how the page opens. This runs once, before the store reads storage.
function openSaved(): void {
  const text = storage.read(DRAFT_KEY);
  if (text === undefined) return;
  const opened = openDraft(text);
  if (opened.status === "newer") {
    enterReadOnly(opened.version);
  } else if (opened.status === "damaged") {
    const backupKey = keepBackup(text);
    // With a copy kept aside, the damaged value goes, so a reload doesn't back it up again.
    if (backupKey) storage.removeNow(DRAFT_KEY);
    $restoreProblem.set({
      message: backupKey
        ? "Your saved draft is damaged and could not be opened, so you are starting with a new draft. A copy of the damaged one was kept in this browser."
        : "Your saved draft is damaged and could not be opened, so you are starting with a new draft. There was no room to keep a copy: download it now if you need it.",
      backupKey,
      text,
    });
  } else if (opened.migratedFrom !== null) {
    keepBackup(text);
  }
}

openSaved();

// Decoding stays pure: the side effects above happen once. Another tab's unreadable value
// (should one ever arrive) leaves this tab with a fresh draft rather than a broken page.
function decode(text: string): ContractDraft {
  const opened = openDraft(text);
  if (opened.status === "ok") return opened.draft;
  if (opened.status === "newer" && opened.draft) return opened.draft;
  return freshDraft();
}

function encode(draft: ContractDraft): string {
  return JSON.stringify(wrapDraft(draft, new Date().toISOString()));
}

// listen: false — another tab's change must never replace this tab's answers without asking
// (bad-inputs #40); watchOtherTabs() below asks instead.
export const $draft = persistentAtom<ContractDraft>(DRAFT_KEY, freshDraft(), { encode, decode, listen: false });

/** Set when another tab or window saved a different version of the draft; writes here wait until the user chooses. */
export const $otherTabChange = atom<{ text: string | null } | null>(null);

function watchOtherTabs(): void {
  if (typeof window === "undefined" || typeof window.addEventListener !== "function") return;
  window.addEventListener("storage", (event) => {
    if (event.key !== DRAFT_KEY && event.key !== null) return;
    if ($readOnly.get()) return;
    const theirs = event.key === null ? null : event.newValue;
    // A newer version of Upfront saved it: never rewrite that here as an older version.
    const opened = theirs === null ? null : openDraft(theirs);
    if (opened?.status === "newer") {
      storage.forget(DRAFT_KEY);
      enterReadOnly(opened.version);
      if (opened.draft) $draft.set(opened.draft);
      return;
    }
    // Same answers (e.g. only the save time differs): nothing to decide.
    if (theirs !== null && JSON.stringify(decode(theirs)) === JSON.stringify($draft.get())) return;
    storage.freeze(DRAFT_KEY);
    $saveStatus.set("not-saved");
    $otherTabChange.set({ text: theirs });
  });
}

watchOtherTabs();

// Leaving with answers that could not be saved: the browser asks first (its own wording).
if (typeof window !== "undefined" && typeof window.addEventListener === "function") {
  window.addEventListener("beforeunload", (event) => {
    if ($saveStatus.get() === "not-saved" && !$readOnly.get()) event.preventDefault();
  });
}

/** Keeps this tab's answers and saves them over the other tab's version. */
export function keepThisTabsDraft(): void {
  const change = $otherTabChange.get();
  if (!change) return;
  if (change.text) keepBackup(change.text);
  storage.unfreeze(DRAFT_KEY);
  $otherTabChange.set(null);
  $draft.set({ ...$draft.get() });
  storage.flush();
}

/** Loads the other tab's version; this tab's answers are kept as a backup first. */
export function loadOtherTabsDraft(): void {
  const change = $otherTabChange.get();
  if (!change) return;
  keepBackup(encode($draft.get()));
  storage.forget(DRAFT_KEY);
  storage.unfreeze(DRAFT_KEY);
  $otherTabChange.set(null);
  $draft.set(change.text ? decode(change.text) : freshDraft());
  storage.flush();
}

function update(change: (draft: ContractDraft) => ContractDraft): void {
  if ($readOnly.get()) return;
  $draft.set(change($draft.get()));
}

/** Sets one answer by its path, e.g. setField("client.name", "Ada"). Text longer than the field allows is cut. */
export function setField(path: string, value: DraftValue): void {
  const max = maxLengthAt(path);
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
    const max = maxLengthAt(`price.tiers.${index}.${field}`);
    return withValueAt(withTiers, `price.tiers.${index}.${field}`, max !== undefined ? value.slice(0, max) : value);
  });
}

/** Replaces every answer with a new draft. A draft from a newer version is backed up first. */
export function startOver(): void {
  leaveReadOnly();
  $draft.set(freshDraft());
}

/**
 * The draft as the text of a .json file (the same envelope as saved drafts). A read-only draft
 * from a newer version is given exactly as saved: this version would drop the fields it doesn't know.
 */
export function exportDraft(): string {
  const saved = $readOnly.get() ? storage.read(DRAFT_KEY) : undefined;
  return saved ?? JSON.stringify(wrapDraft($draft.get(), new Date().toISOString()), null, 2);
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
  leaveReadOnly();
  // The answers being replaced stay in this browser as a backup.
  keepBackup(encode($draft.get()));
  $draft.set(opened.draft);
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

export function dismissRestoreProblem(): void {
  $restoreProblem.set(null);
}

/** Writes pending changes now (tests; the page does it itself when hidden or closed). */
export function flushDraft(): void {
  storage.flush();
}
