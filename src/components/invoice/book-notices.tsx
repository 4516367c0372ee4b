import { SavedNotices } from "../saved/saved-notices";
import { SAVED_BOOK } from "./saved-book";

/** Problems with the saved list: damaged, saved by a newer version, or changed in another tab. */
export function BookNotices() {
  return (
    <SavedNotices
      saved={SAVED_BOOK}
      focusId="invoice-heading"
      ids={{ otherTab: "book-other-tab-title", problem: "book-problem-title", readOnly: "book-read-only-title" }}
      words={{
        otherTabCleared: "Your invoices were cleared in another tab",
        otherTabChanged: "Your invoices were changed in another tab",
        otherTab:
          "Your invoices are open in another tab or window too, and both have changes the other doesn’t. Nothing here is saved " +
          "until you choose which version to keep; the other one is kept as a backup in this browser.",
        keepThisTab: "Keep the invoices in this tab",
        problemTitle: "Your saved invoices could not be opened",
        downloadUnreadable: "Download the unreadable list",
        readOnlyTitle: "Your invoices are read-only",
        download: "Download your invoices",
      }}
    />
  );
}
