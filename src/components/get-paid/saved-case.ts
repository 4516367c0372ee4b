import { todayInZone } from "../../domain/dates/calendar-date";
import { fileName } from "../../domain/text/file-name";
import { downloadTextFile } from "../../stores/file-download";
import {
  $overdueOtherTabChange,
  $overdueReadOnly,
  $overdueReadOnlyMessage,
  $overdueRestoreProblem,
  $overdueSaveStatus,
  dismissOverdueRestoreProblem,
  exportCase,
  keepThisTabsCase,
  loadOtherTabsCase,
} from "../../stores/overdue-draft";
import type { SavedView } from "../saved/saved-view";

/** The saved overdue-invoice case, for the notices and save status every saved thing shares. */
export const SAVED_CASE: SavedView = {
  $saveStatus: $overdueSaveStatus,
  $restoreProblem: $overdueRestoreProblem,
  $readOnly: $overdueReadOnly,
  $readOnlyMessage: $overdueReadOnlyMessage,
  $otherTabChange: $overdueOtherTabChange,
  keepThisTab: keepThisTabsCase,
  loadOtherTab: loadOtherTabsCase,
  dismissRestoreProblem: dismissOverdueRestoreProblem,
  download: () => downloadTextFile(fileName("upfront-overdue-case", [todayInZone(new Date())], "json"), exportCase()),
  downloadUnreadable: (text) => downloadTextFile(fileName("upfront-unreadable-case", [todayInZone(new Date())], "txt"), text, "text/plain"),
};
