import { SavedNotices } from "../saved/saved-notices";
import { SAVED_DRAFT } from "./saved-draft";

/** Problems found when the saved draft was opened: a damaged draft, or one from a newer version. */
export function DraftNotices() {
  return (
    <SavedNotices
      saved={SAVED_DRAFT}
      focusId="step-heading"
      ids={{ otherTab: "other-tab-title", problem: "restore-problem-title", readOnly: "read-only-title" }}
      words={{
        otherTabCleared: "Your draft was cleared in another tab",
        otherTabChanged: "Your draft was changed in another tab",
        otherTab:
          "This contract is open in another tab or window, and the draft there was just saved with different answers. Nothing " +
          "here is saved until you choose which version to keep; the other one is kept as a backup in this browser.",
        keepThisTab: "Keep the answers in this tab",
        problemTitle: "Your saved draft could not be opened",
        downloadUnreadable: "Download the unreadable draft",
        readOnlyTitle: "This draft is read-only",
        download: "Download this draft",
      }}
    />
  );
}
