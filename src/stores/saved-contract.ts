import { openDraft } from "../domain/drafts/draft-envelope";
import { agreedScopeFromContract, type ScopeFromContract } from "../domain/get-paid/agreed-scope";
import { browserStorage } from "./storage-engine";
import { CONTRACT_DRAFT_KEY } from "./storage-keys";

export type SavedContract = { id: string; title: string; scope: ScopeFromContract };

/**
 * The contract the contract wizard saved in this browser, read (never written) so that a dispute
 * response can restate its scope. Null when there is none, or it can't be opened or linked (no id).
 */
export function readSavedContract(): SavedContract | null {
  let text: string | null = null;
  try {
    text = browserStorage()?.getItem(CONTRACT_DRAFT_KEY) ?? null;
  } catch {
    return null;
  }
  if (!text) return null;
  const opened = openDraft(text);
  if (opened.status !== "ok" || !opened.draft.id) return null;
  const { draft } = opened;
  return { id: draft.id, title: draft.scope.title.trim() || "Untitled contract", scope: agreedScopeFromContract(draft) };
}
