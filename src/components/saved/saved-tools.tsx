import { useStore } from "@nanostores/react";
import { useRef, useState } from "react";
import { announce } from "../../stores/announcer";
import { FileField } from "../form/file-field";
import { useFileImport } from "../form/use-file-import";
import { SaveState } from "./save-state";
import type { SavedView } from "./saved-view";

type ImportResult = { ok: true } | { ok: false; message: string };

export type SavedToolsWords = {
  title: string;
  notSaved: string;
  paused: string;
  refused: string;
  download: string;
  /** The download button while saving works: "Download draft (.json)". */
  downloadFile: string;
  importLabel: string;
  importHint: string;
  imported: string;
  importFailed: string;
  /** Shown after an import: "Draft imported." */
  importDone: string;
  start: string;
  question: string;
  yes: string;
  started: string;
};

type Props = {
  saved: SavedView;
  /** Ids of the heading, the file input and the start-again question. */
  ids: { title: string; importInput: string; question: string };
  words: SavedToolsWords;
  importFile: (file: File) => Promise<ImportResult>;
  /** Starts again (the store action and the first step); the tools say so and move focus. */
  onStart: () => void;
  /** A warning-coloured start button: starting again deletes the answers. */
  destructive: boolean;
};

/** Save status, and what is saved as a file: download, import, or start again after a question. */
export function SavedTools({ saved, ids, words, importFile, onStart, destructive }: Props) {
  const saveStatus = useStore(saved.$saveStatus);
  const readOnly = useStore(saved.$readOnly);
  const [confirming, setConfirming] = useState(false);
  const imported = useFileImport(importFile, {
    done: () => words.imported,
    failed: (message) => `${words.importFailed} ${message}`,
  });
  const startButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);

  const ask = () => {
    setConfirming(true);
    // The question is read first; the whole box, buttons included, is brought into view.
    requestAnimationFrame(() => {
      question.current?.focus({ preventScroll: true });
      question.current?.parentElement?.scrollIntoView({ block: "nearest" });
    });
  };

  const confirm = () => {
    onStart();
    setConfirming(false);
    imported.reset();
    announce(words.started);
    requestAnimationFrame(() => document.getElementById("step-heading")?.focus());
  };

  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => startButton.current?.focus());
  };

  const small = destructive ? "button button--warning button--small" : "button button--secondary button--small";
  return (
    <section className="draft-tools" aria-labelledby={ids.title}>
      <h2 className="heading-s" id={ids.title}>
        {words.title}
      </h2>
      <SaveState saved={saved} block="draft-tools" words={words} />
      <p className="draft-tools__note">Nothing you type is sent anywhere.</p>

      <div className="draft-tools__actions">
        {saveStatus === "saved" || readOnly ? (
          <button type="button" className="button button--secondary button--small" onClick={saved.download}>
            {words.downloadFile}
          </button>
        ) : null}

        <FileField
          id={ids.importInput}
          label={words.importLabel}
          hint={words.importHint}
          state={imported.state}
          onChange={imported.chooseFile}
          className="draft-tools__import"
        >
          {imported.state.kind === "done" ? <p className="draft-tools__done">{words.importDone}</p> : null}
        </FileField>

        {confirming ? (
          <div className="draft-tools__confirm" role="group" aria-labelledby={ids.question}>
            <p id={ids.question} tabIndex={-1} ref={question}>
              <strong>{words.question}</strong>
            </p>
            <div className="button-group">
              <button type="button" className="button button--warning button--small" onClick={confirm}>
                {words.yes}
              </button>
              <button type="button" className="button button--secondary button--small" onClick={cancel}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className={small} ref={startButton} onClick={ask}>
            {words.start}
          </button>
        )}
      </div>
    </section>
  );
}
