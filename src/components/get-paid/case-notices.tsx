import { SavedNotices } from "../saved/saved-notices";
import { SAVED_CASE } from "./saved-case";

/** Problems found when the saved case was opened: damaged, from a newer version, changed in another tab. */
export function CaseNotices() {
  return (
    <SavedNotices
      saved={SAVED_CASE}
      focusId="step-heading"
      ids={{ otherTab: "other-tab-title", problem: "restore-problem-title", readOnly: "read-only-title" }}
      words={{
        otherTabCleared: "This case was cleared in another tab",
        otherTabChanged: "This case was changed in another tab",
        otherTab:
          "The overdue invoice is open in another tab or window, and it was just saved there with different answers. Nothing here " +
          "is saved until you choose which version to keep; the other one is kept as a backup in this browser.",
        keepThisTab: "Keep the answers in this tab",
        problemTitle: "Your saved case could not be opened",
        downloadUnreadable: "Download the unreadable case",
        readOnlyTitle: "This case is read-only",
        download: "Download this case",
      }}
    />
  );
}
