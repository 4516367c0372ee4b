import type { ReadableAtom } from "nanostores";
import type { RestoreProblem, SaveStatus } from "../../stores/saved-store";

/**
 * One saved thing (the contract draft, the invoice list) as its notices and save status need it:
 * the saved store's state and choices (stores/saved-store.ts), and its files.
 */
export type SavedView = {
  $saveStatus: ReadableAtom<SaveStatus>;
  $restoreProblem: ReadableAtom<RestoreProblem | null>;
  $readOnly: ReadableAtom<boolean>;
  $readOnlyMessage: ReadableAtom<string>;
  $otherTabChange: ReadableAtom<{ text: string | null } | null>;
  keepThisTab(): void;
  loadOtherTab(): void;
  dismissRestoreProblem(): void;
  /** Downloads what is saved as a file (exactly as saved while read-only). */
  download(): void;
  /** Downloads the text that could not be opened. */
  downloadUnreadable(text: string): void;
};
