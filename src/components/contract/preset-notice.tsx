import { useStore } from "@nanostores/react";
import { useEffect, useRef } from "react";
import { announce } from "../../stores/announcer";
import { $presetMessage, $presetQuestion, cancelPreset, confirmPreset } from "../../stores/contract-preset";

/**
 * The top of the wizard after a guide's preset link: "Start a new contract from …?" when the draft
 * already has answers, then "Started from: …", or why an unknown link changed nothing.
 */
export function PresetNotice() {
  const question = useStore($presetQuestion);
  const message = useStore($presetMessage);
  const title = useRef<HTMLHeadingElement>(null);

  // The question is the first thing to answer: it takes focus, so keyboard and screen reader users start there.
  useEffect(() => {
    if (question) title.current?.focus();
  }, [question]);

  // Said once it is on screen: the wizard's live region exists only from the first render.
  useEffect(() => {
    if (message) announce(message.text);
  }, [message]);

  if (question) {
    return (
      <div className="notice preset-notice" role="region" aria-labelledby="preset-question-title">
        <h2 className="notice__title" id="preset-question-title" tabIndex={-1} ref={title}>
          Start a new contract from {question.label}?
        </h2>
        <p>Your current answers are kept as a backup in this browser.</p>
        <div className="button-group">
          <button type="button" className="button" onClick={confirmPreset}>
            Yes, start a new contract
          </button>
          <button type="button" className="button button--secondary" onClick={cancelPreset}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  if (!message) return null;
  return (
    <p className={message.kind === "started" ? "notice notice--success preset-notice" : "notice preset-notice"} data-preset-message={message.kind}>
      {message.text}
    </p>
  );
}
