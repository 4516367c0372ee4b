import {
  $otherTabChange,
  $readOnly,
  $readOnlyMessage,
  $restoreProblem,
  $saveStatus,
  dismissRestoreProblem,
  exportDraft,
  keepThisTabsDraft,
  loadOtherTabsDraft,
} from "../../stores/contract-draft";
import { downloadTextFile, draftFileName, unreadableDraftFileName } from "../../stores/file-download";
import type { SavedView } from "../saved/saved-view";

/** The saved contract draft, for the notices and save status the invoice list shares. */
export const SAVED_DRAFT: SavedView = {
  $saveStatus,
  $restoreProblem,
  $readOnly,
  $readOnlyMessage,
  $otherTabChange,
  keepThisTab: keepThisTabsDraft,
  loadOtherTab: loadOtherTabsDraft,
  dismissRestoreProblem,
  download: () => downloadTextFile(draftFileName(), exportDraft()),
  downloadUnreadable: (text) => downloadTextFile(unreadableDraftFileName(), text, "text/plain"),
};
