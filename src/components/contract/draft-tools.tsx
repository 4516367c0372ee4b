import { useStore } from "@nanostores/react";
import { type ChangeEvent, useRef, useState } from "react";
import { announce } from "../../stores/announcer";
import { $otherTabChange, $readOnly, $saveStatus, exportDraft, importDraftFile, startOver } from "../../stores/contract-draft";
import { downloadTextFile, draftFileName } from "../../stores/file-download";
import { goToStep } from "../../stores/wizard-step";
import { ErrorMessage } from "../form/field";

type ImportState = { kind: "idle" } | { kind: "busy" } | { kind: "done" } | { kind: "failed"; message: string };

/** Save status, and the draft as a file: download, import, or start again. */
export function DraftTools() {
  const saveStatus = useStore($saveStatus);
  const readOnly = useStore($readOnly);
  const otherTab = useStore($otherTabChange);
  const [confirming, setConfirming] = useState(false);
  const [imported, setImported] = useState<ImportState>({ kind: "idle" });
  const startOverButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);

  const download = () => downloadTextFile(draftFileName(), exportDraft());

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setImported({ kind: "busy" });
    const result = await importDraftFile(file);
    // Clearing the input lets the same file be chosen again after fixing it.
    input.value = "";
    if (result.ok) {
      setImported({ kind: "done" });
      announce("Draft imported. Your answers were replaced with the ones in the file.");
    } else {
      setImported({ kind: "failed", message: result.message });
      announce(`The draft was not imported. ${result.message}`);
    }
  };

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
    setImported({ kind: "idle" });
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
      {/* A status region: losing the ability to save is announced, not only shown. */}
      <div role="status">
        {readOnly ? (
          <p className="status status--bad">Read-only: not saved</p>
        ) : saveStatus === "saved" ? (
          <p className="status">Saved in this browser</p>
        ) : (
          <p className="status status--bad">Not saved — download your draft</p>
        )}
      </div>
      {readOnly || saveStatus === "saved" ? null : (
        <div className="draft-tools__not-saved">
          <p className="draft-tools__note">
            {otherTab
              ? "Saving is paused until you choose which tab’s answers to keep."
              : "This browser is not letting Upfront save. Download your draft so you don't lose your answers."}
          </p>
          <button type="button" className="button button--small" onClick={download}>
            Download your draft
          </button>
        </div>
      )}
      <p className="draft-tools__note">Nothing you type is sent anywhere.</p>

      <div className="draft-tools__actions">
        {saveStatus === "saved" || readOnly ? (
          <button type="button" className="button button--secondary button--small" onClick={download}>
            Download draft (.json)
          </button>
        ) : null}

        <div className={imported.kind === "failed" ? "field field--error draft-tools__import" : "field draft-tools__import"}>
          <label className="field__label" htmlFor="import-draft">
            Import a draft
          </label>
          <div className="field__hint" id="import-draft-hint">
            A .json file downloaded from Upfront. It replaces your current answers.
          </div>
          {imported.kind === "failed" ? <ErrorMessage id="import-draft-error">{imported.message}</ErrorMessage> : null}
          <input
            id="import-draft"
            className="file-input"
            type="file"
            accept=".json,application/json"
            aria-describedby={imported.kind === "failed" ? "import-draft-hint import-draft-error" : "import-draft-hint"}
            aria-busy={imported.kind === "busy" ? true : undefined}
            onChange={chooseFile}
          />
          {imported.kind === "done" ? <p className="draft-tools__done">Draft imported.</p> : null}
        </div>

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
