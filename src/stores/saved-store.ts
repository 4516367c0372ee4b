import { persistentAtom } from "@nanostores/persistent";
import { type WritableAtom, atom } from "nanostores";
import type { Opened } from "../domain/drafts/versioned-envelope";
import { drawnAtBuild } from "./browser";
import { sharedStorage } from "./storage-engine";

// Something the user keeps in this browser (a draft, the list of invoices), saved as it changes,
// with the protections every saved thing needs: whatever is in storage, the page opens with a
// value the user can work on; anything unreadable is kept aside, never lost; a value saved by a
// newer version of Upfront is shown read-only and never overwritten; another tab's change is
// never applied (or overwritten) without asking; a failed save is shown, and leaving asks first.

/** How a stored text opened: the shape every versioned envelope's open function returns. */
export type OpenedSaved<T> = Opened<T>;

export type SaveStatus = "saved" | "not-saved";

export type RestoreProblem = {
  message: string;
  /** Where a copy of the unreadable text was kept, or null when storage refused it. */
  backupKey: string | null;
  /** The unreadable text itself, for "Download the unreadable …". */
  text: string;
};

export type SavedStoreOptions<T> = {
  key: string;
  open(text: string): OpenedSaved<T>;
  /** The text saved for a value (its versioned envelope). */
  encode(value: T, savedAt: string): string;
  /** What the page starts with when nothing (readable) is saved. */
  fresh(): T;
  /** The message when the saved text could not be opened; `kept` says whether a backup was made. */
  damagedMessage(kept: boolean): string;
  /** The message while a newer version's value is open read-only. */
  newerMessage(version: number): string;
  /** Older backups beyond this many are removed, so backups can't fill the storage. */
  backupsKept?: number;
  /**
   * Whether another tab's value may replace this tab's without asking, when this tab has no
   * unsaved change (e.g. nothing of this tab's would be lost). Without it, the user always chooses.
   */
  quietSync?: (mine: T, theirs: T) => boolean;
  /**
   * When the user keeps one tab's value, what of the other's must survive anyway (e.g. invoice
   * numbers already given out). Default: nothing.
   */
  reconcile?: (kept: T, other: T) => T;
};

export type SavedStore<T> = {
  readonly key: string;
  readonly backupPrefix: string;
  readonly $value: WritableAtom<T>;
  readonly $saveStatus: WritableAtom<SaveStatus>;
  readonly $restoreProblem: WritableAtom<RestoreProblem | null>;
  /** True while a value from a newer version of Upfront is open: shown, never changed or overwritten. */
  readonly $readOnly: WritableAtom<boolean>;
  readonly $readOnlyMessage: WritableAtom<string>;
  /** Set when another tab saved a different value; writes here wait until the user chooses. */
  readonly $otherTabChange: WritableAtom<{ text: string | null } | null>;
  /** Changes the value (nothing happens while read-only); returns false when it was not changed. */
  update(change: (value: T) => T): boolean;
  /**
   * Replaces the value, leaving read-only mode first (the newer value is backed up); with
   * keepCurrent, the value being replaced is kept as a backup too (an import).
   */
  replace(value: T, options?: { keepCurrent?: boolean }): void;
  /** Keeps a copy of some text under a new backup key; returns the key, or null if storage refused. */
  keepBackup(text: string): string | null;
  /** Keeps a copy of the current value as a backup (before an import replaces it). */
  backupCurrent(): string | null;
  /** The saved text to download: exactly as saved while read-only (this version would drop what it doesn't know). */
  exportText(pretty?: boolean): string;
  keepThisTab(): void;
  loadOtherTab(): void;
  dismissRestoreProblem(): void;
  /** Writes pending changes now (tests; the page does it itself when hidden or closed). */
  flush(): void;
};

export function createSavedStore<T>(options: SavedStoreOptions<T>): SavedStore<T> {
  const { key, open, encode, fresh, damagedMessage, newerMessage, backupsKept = 5, quietSync } = options;
  const backupPrefix = `${key}:backup-`;
  const storage = sharedStorage();

  // At build time (the wizard's first view) there is no storage to ask: that view is only shown
  // where storage can be read, so it shows what a new visitor sees there.
  const $saveStatus = atom<SaveStatus>(storage.writable || drawnAtBuild() ? "saved" : "not-saved");
  const $restoreProblem = atom<RestoreProblem | null>(null);
  const $readOnly = atom<boolean>(false);
  const $readOnlyMessage = atom<string>("");
  const $otherTabChange = atom<{ text: string | null } | null>(null);

  storage.onWrite((written, ok) => {
    if (written === key) $saveStatus.set(ok ? "saved" : "not-saved");
  });

  const keepBackup = (text: string): string | null => {
    let backupKey = `${backupPrefix}${new Date().toISOString()}`;
    for (let n = 2; storage.read(backupKey) !== undefined; n += 1) backupKey = `${backupPrefix}${new Date().toISOString()}-${n}`;
    if (!storage.writeNow(backupKey, text)) return null;
    const backups = storage.keys().filter((k) => k.startsWith(backupPrefix)).sort();
    for (const old of backups.slice(0, Math.max(0, backups.length - backupsKept))) storage.removeNow(old);
    return backupKey;
  };

  const enterReadOnly = (version: number) => {
    storage.freeze(key);
    $readOnly.set(true);
    $readOnlyMessage.set(newerMessage(version));
  };

  const leaveReadOnly = () => {
    if (!$readOnly.get()) return;
    const text = storage.read(key);
    if (text !== undefined) keepBackup(text);
    storage.unfreeze(key);
    $readOnly.set(false);
    $readOnlyMessage.set("");
  };

  // What is saved decides how the page opens. This runs once, before the store reads storage.
  const saved = storage.read(key);
  if (saved !== undefined) {
    const opened = open(saved);
    if (opened.status === "newer") {
      enterReadOnly(opened.version);
    } else if (opened.status === "damaged") {
      const backupKey = keepBackup(saved);
      // With a copy kept aside, the damaged value goes, so a reload doesn't back it up again.
      if (backupKey) storage.removeNow(key);
      $restoreProblem.set({ message: damagedMessage(backupKey !== null), backupKey, text: saved });
    } else if (opened.migratedFrom !== null) {
      keepBackup(saved);
    }
  }

  // Decoding stays pure: the side effects above happen once.
  const decode = (text: string): T => {
    const opened = open(text);
    if (opened.status === "ok") return opened.value;
    if (opened.status === "newer" && opened.value) return opened.value;
    return fresh();
  };
  const toText = (value: T) => encode(value, new Date().toISOString());

  // listen: false — another tab's change must never replace this tab's without asking (bad-inputs #40).
  const $value = persistentAtom<T>(key, fresh(), { encode: toText, decode, listen: false });
  // Kept mounted: a store mounted again later re-reads storage (persistentAtom's restore), which
  // would take another tab's value without asking.
  $value.listen(() => undefined);

  const hasWindow = typeof window !== "undefined" && typeof window.addEventListener === "function";
  if (hasWindow) {
    window.addEventListener("storage", (event) => {
      if (event.key !== key && event.key !== null) return;
      if ($readOnly.get()) return;
      const theirs = event.key === null ? null : event.newValue;
      const opened = theirs === null ? null : open(theirs);
      // A newer version of Upfront saved it: never rewrite that here as an older version.
      if (opened?.status === "newer") {
        storage.forget(key);
        enterReadOnly(opened.version);
        if (opened.value) $value.set(opened.value);
        return;
      }
      // Same content (e.g. only the save time differs): nothing to decide.
      if (theirs !== null && JSON.stringify(decode(theirs)) === JSON.stringify($value.get())) return;
      // Nothing here is waiting to be saved (storage holds exactly their text) and nothing would be lost: take theirs.
      if (theirs !== null && quietSync && $otherTabChange.get() === null && storage.read(key) === theirs) {
        const value = decode(theirs);
        if (quietSync($value.get(), value)) {
          $value.set(value);
          // Their text is already saved; writing it back would only echo it to the other tab.
          storage.forget(key);
          return;
        }
      }
      storage.freeze(key);
      $saveStatus.set("not-saved");
      $otherTabChange.set({ text: theirs });
    });
    // Leaving with changes that could not be saved: the browser asks first (its own wording).
    window.addEventListener("beforeunload", (event) => {
      if ($saveStatus.get() === "not-saved" && !$readOnly.get()) event.preventDefault();
    });
  }

  return {
    key,
    backupPrefix,
    $value,
    $saveStatus,
    $restoreProblem,
    $readOnly,
    $readOnlyMessage,
    $otherTabChange,
    update(change) {
      if ($readOnly.get()) return false;
      const before = $value.get();
      const after = change(before);
      if (after === before) return false;
      $value.set(after);
      return true;
    },
    replace(value, { keepCurrent = false } = {}) {
      leaveReadOnly();
      if (keepCurrent) keepBackup(toText($value.get()));
      $value.set(value);
    },
    keepBackup,
    backupCurrent: () => keepBackup(toText($value.get())),
    exportText(pretty = true) {
      const raw = $readOnly.get() ? storage.read(key) : undefined;
      if (raw !== undefined) return raw;
      const text = toText($value.get());
      return pretty ? JSON.stringify(JSON.parse(text), null, 2) : text;
    },
    keepThisTab() {
      const change = $otherTabChange.get();
      if (!change) return;
      if (change.text) keepBackup(change.text);
      storage.unfreeze(key);
      $otherTabChange.set(null);
      const mine = $value.get();
      $value.set(structuredCloneish(change.text && options.reconcile ? options.reconcile(mine, decode(change.text)) : mine));
      storage.flush();
    },
    loadOtherTab() {
      const change = $otherTabChange.get();
      if (!change) return;
      keepBackup(toText($value.get()));
      storage.forget(key);
      storage.unfreeze(key);
      $otherTabChange.set(null);
      const theirs = change.text ? decode(change.text) : fresh();
      $value.set(options.reconcile ? options.reconcile(theirs, $value.get()) : theirs);
      storage.flush();
    },
    dismissRestoreProblem: () => $restoreProblem.set(null),
    flush: () => storage.flush(),
  };
}

/** A new top-level object with the same content, so the store writes it again. */
function structuredCloneish<T>(value: T): T {
  return value !== null && typeof value === "object" ? ({ ...value } as T) : value;
}
