import { downloadTextFile } from "../../stores/file-download";
import {
  $bookOtherTabChange,
  $bookReadOnly,
  $bookReadOnlyMessage,
  $bookRestoreProblem,
  $bookSaveStatus,
  dismissBookRestoreProblem,
  exportInvoices,
  invoicesFileName,
  keepThisTabsBook,
  loadOtherTabsBook,
  unreadableInvoicesFileName,
} from "../../stores/invoice-book";
import type { SavedView } from "../saved/saved-view";

/** The saved invoice list, for the notices and save status the contract draft shares. */
export const SAVED_BOOK: SavedView = {
  $saveStatus: $bookSaveStatus,
  $restoreProblem: $bookRestoreProblem,
  $readOnly: $bookReadOnly,
  $readOnlyMessage: $bookReadOnlyMessage,
  $otherTabChange: $bookOtherTabChange,
  keepThisTab: keepThisTabsBook,
  loadOtherTab: loadOtherTabsBook,
  dismissRestoreProblem: dismissBookRestoreProblem,
  download: () => downloadTextFile(invoicesFileName(), exportInvoices()),
  downloadUnreadable: (text) => downloadTextFile(unreadableInvoicesFileName(), text, "text/plain"),
};
