import { goToGetPaidStep } from "../../stores/get-paid-step";
import { importCaseFile, startNewCase } from "../../stores/overdue-draft";
import { SavedTools } from "../saved/saved-tools";
import { SAVED_CASE } from "./saved-case";

/** Save status, and the case as a file: download, import, or start a new one (the old one is kept as a backup). */
export function CaseTools() {
  return (
    <SavedTools
      saved={SAVED_CASE}
      ids={{ title: "case-tools-title", importInput: "import-case", question: "new-case-question" }}
      destructive={false}
      importFile={importCaseFile}
      onStart={() => {
        startNewCase();
        goToGetPaidStep("invoice");
      }}
      words={{
        title: "This case",
        notSaved: "Not saved — download this case",
        paused: "Saving is paused until you choose which tab’s answers to keep.",
        refused: "This browser is not letting Upfront save. Download the case so you don't lose your record.",
        download: "Download this case",
        downloadFile: "Download case (.json)",
        importLabel: "Import a case",
        importHint: "A .json file downloaded from this page. It replaces the current case, which is kept as a backup.",
        imported: "Case imported. Your answers were replaced with the ones in the file; the old ones are kept as a backup.",
        importFailed: "The case was not imported.",
        importDone: "Case imported.",
        start: "Start a new case",
        question: "Start a new case? This one is kept as a backup in this browser.",
        yes: "Yes, start a new case",
        started: "You are starting a new case. The previous one is kept as a backup in this browser.",
      }}
    />
  );
}
