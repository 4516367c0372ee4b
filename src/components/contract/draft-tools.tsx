import { importDraftFile, startOver } from "../../stores/contract-draft";
import { goToStep } from "../../stores/wizard-step";
import { SavedTools } from "../saved/saved-tools";
import { SAVED_DRAFT } from "./saved-draft";

/** Save status, and the draft as a file: download, import, or start again. */
export function DraftTools() {
  return (
    <SavedTools
      saved={SAVED_DRAFT}
      ids={{ title: "draft-tools-title", importInput: "import-draft", question: "start-over-question" }}
      destructive
      importFile={importDraftFile}
      onStart={() => {
        startOver();
        goToStep("parties");
      }}
      words={{
        title: "Your draft",
        notSaved: "Not saved — download your draft",
        paused: "Saving is paused until you choose which tab’s answers to keep.",
        refused: "This browser is not letting Upfront save. Download your draft so you don't lose your answers.",
        download: "Download your draft",
        downloadFile: "Download draft (.json)",
        importLabel: "Import a draft",
        importHint: "A .json file downloaded from Upfront. It replaces your current answers.",
        imported: "Draft imported. Your answers were replaced with the ones in the file.",
        importFailed: "The draft was not imported.",
        importDone: "Draft imported.",
        start: "Start over",
        question: "This deletes your answers. Start over?",
        yes: "Yes, start over",
        started: "Your answers were deleted. You are starting a new contract.",
      }}
    />
  );
}
