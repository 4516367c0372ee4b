import { useStore } from "@nanostores/react";
import { useRef, useState } from "react";
import { announce } from "../../stores/announcer";
import { goToGetPaidStep } from "../../stores/get-paid-step";
import { $overdueReadOnly, $overdueSaveStatus, importCaseFile, startNewCase } from "../../stores/overdue-draft";
import { FileField } from "../form/file-field";
import { useFileImport } from "../form/use-file-import";
import { SaveState } from "../saved/save-state";
import { SAVED_CASE } from "./saved-case";

/** Save status, and the case as a file: download, import, or start a new one. */
export function CaseTools() {
  const saveStatus = useStore($overdueSaveStatus);
  const readOnly = useStore($overdueReadOnly);
  const [confirming, setConfirming] = useState(false);
  const imported = useFileImport(importCaseFile, {
    done: () => "Case imported. Your answers were replaced with the ones in the file; the old ones are kept as a backup.",
    failed: (message) => `The case was not imported. ${message}`,
  });
  const newButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);

  const ask = () => {
    setConfirming(true);
    requestAnimationFrame(() => {
      question.current?.focus({ preventScroll: true });
      question.current?.parentElement?.scrollIntoView({ block: "nearest" });
    });
  };

  const confirm = () => {
    startNewCase();
    setConfirming(false);
    imported.reset();
    goToGetPaidStep("invoice");
    announce("You are starting a new case. The previous one is kept as a backup in this browser.");
    requestAnimationFrame(() => document.getElementById("step-heading")?.focus());
  };

  return (
    <section className="draft-tools" aria-labelledby="case-tools-title">
      <h2 className="heading-s" id="case-tools-title">
        This case
      </h2>
      <SaveState
        saved={SAVED_CASE}
        block="draft-tools"
        words={{
          notSaved: "Not saved — download this case",
          paused: "Saving is paused until you choose which tab’s answers to keep.",
          refused: "This browser is not letting Upfront save. Download the case so you don't lose your record.",
          download: "Download this case",
        }}
      />
      <p className="draft-tools__note">Nothing you type is sent anywhere.</p>
      <div className="draft-tools__actions">
        {saveStatus === "saved" || readOnly ? (
          <button type="button" className="button button--secondary button--small" onClick={SAVED_CASE.download}>
            Download case (.json)
          </button>
        ) : null}
        <FileField
          id="import-case"
          label="Import a case"
          hint="A .json file downloaded from this page. It replaces the current case, which is kept as a backup."
          state={imported.state}
          onChange={imported.chooseFile}
          className="draft-tools__import"
        >
          {imported.state.kind === "done" ? <p className="draft-tools__done">Case imported.</p> : null}
        </FileField>
        {confirming ? (
          <div className="draft-tools__confirm" role="group" aria-labelledby="new-case-question">
            <p id="new-case-question" tabIndex={-1} ref={question}>
              <strong>Start a new case? This one is kept as a backup in this browser.</strong>
            </p>
            <div className="button-group">
              <button type="button" className="button button--warning button--small" onClick={confirm}>
                Yes, start a new case
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => newButton.current?.focus());
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--secondary button--small" ref={newButton} onClick={ask}>
            Start a new case
          </button>
        )}
      </div>
    </section>
  );
}
