import { useStore } from "@nanostores/react";
import { useRef, useState } from "react";
import { announce } from "../../stores/announcer";
import { $readOnly, $saveStatus, importDraftFile, startOver } from "../../stores/contract-draft";
import { goToStep } from "../../stores/wizard-step";
import { FileField } from "../form/file-field";
import { useFileImport } from "../form/use-file-import";
import { SaveState } from "../saved/save-state";
import { SAVED_DRAFT } from "./saved-draft";

/** Save status, and the draft as a file: download, import, or start again. */
export function DraftTools() {
  const saveStatus = useStore($saveStatus);
  const readOnly = useStore($readOnly);
  const [confirming, setConfirming] = useState(false);
  const imported = useFileImport(importDraftFile, {
    done: () => "Draft imported. Your answers were replaced with the ones in the file.",
    failed: (message) => `The draft was not imported. ${message}`,
  });
  const startOverButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);

  const askToStartOver = () => {
    setConfirming(true);
    // The question is read first; the whole box, buttons included, is brought into view.
    requestAnimationFrame(() => {
      question.current?.focus({ preventScroll: true });
      question.current?.parentElement?.scrollIntoView({ block: "nearest" });
    });
  };

  const confirmStartOver = () => {
    startOver();
    setConfirming(false);
    imported.reset();
    goToStep("parties");
    announce("Your answers were deleted. You are starting a new contract.");
    requestAnimationFrame(() => document.getElementById("step-heading")?.focus());
  };

  const cancelStartOver = () => {
    setConfirming(false);
    requestAnimationFrame(() => startOverButton.current?.focus());
  };

  return (
    <section className="draft-tools" aria-labelledby="draft-tools-title">
      <h2 className="heading-s" id="draft-tools-title">
        Your draft
      </h2>
      <SaveState
        saved={SAVED_DRAFT}
        block="draft-tools"
        words={{
          notSaved: "Not saved — download your draft",
          paused: "Saving is paused until you choose which tab’s answers to keep.",
          refused: "This browser is not letting Upfront save. Download your draft so you don't lose your answers.",
          download: "Download your draft",
        }}
      />
      <p className="draft-tools__note">Nothing you type is sent anywhere.</p>

      <div className="draft-tools__actions">
        {saveStatus === "saved" || readOnly ? (
          <button type="button" className="button button--secondary button--small" onClick={SAVED_DRAFT.download}>
            Download draft (.json)
          </button>
        ) : null}

        <FileField
          id="import-draft"
          label="Import a draft"
          hint="A .json file downloaded from Upfront. It replaces your current answers."
          state={imported.state}
          onChange={imported.chooseFile}
          className="draft-tools__import"
        >
          {imported.state.kind === "done" ? <p className="draft-tools__done">Draft imported.</p> : null}
        </FileField>

        {confirming ? (
          <div className="draft-tools__confirm" role="group" aria-labelledby="start-over-question">
            <p id="start-over-question" tabIndex={-1} ref={question}>
              <strong>This deletes your answers. Start over?</strong>
            </p>
            <div className="button-group">
              <button type="button" className="button button--warning button--small" onClick={confirmStartOver}>
                Yes, start over
              </button>
              <button type="button" className="button button--secondary button--small" onClick={cancelStartOver}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--warning button--small" ref={startOverButton} onClick={askToStartOver}>
            Start over
          </button>
        )}
      </div>
    </section>
  );
}
