import { useStore } from "@nanostores/react";
import { useEffect } from "react";
import { $startState, dismissStart, readStartFromUrl, takeInvoice, takePreset } from "../../stores/get-paid-start";

/** Where a link started the assistant from, or the question when the case already has answers. */
export function StartNotice() {
  const state = useStore($startState);
  useEffect(() => {
    void readStartFromUrl();
  }, []);
  const dismiss = (
    <button type="button" className="button button--secondary button--small" onClick={dismissStart}>
      Dismiss this message
    </button>
  );
  switch (state.kind) {
    case "none":
      return null;
    case "preset-applied":
      return (
        <div className="notice notice--success start-notice" role="status">
          <p>
            Started from: <strong>{state.preset.label}</strong>. You can change any answer.
          </p>
        </div>
      );
    case "invoice-applied":
      return (
        <div className="notice notice--success start-notice" role="status">
          <p>
            Started from invoice <strong>{state.number}</strong>: its details are filled in below. Check them, then continue.
          </p>
        </div>
      );
    case "preset-unknown":
      return (
        <div className="notice start-notice" role="alert">
          <p>The link you followed asked for a starting point Upfront doesn’t know (“{state.id}”), so nothing was changed.</p>
          {dismiss}
        </div>
      );
    case "invoice-missing":
      return (
        <div className="notice start-notice" role="alert">
          <p>The invoice in the link you followed is not in this browser’s invoice list, so nothing was changed.</p>
          {dismiss}
        </div>
      );
    case "invoice-refused":
      return (
        <div className="notice start-notice" role="alert">
          <p>{state.message}</p>
          {dismiss}
        </div>
      );
    case "preset-asking":
      return (
        <div className="notice start-notice" role="group" aria-labelledby="start-question">
          <p id="start-question">
            <strong>The guide you came from is about {state.preset.label}. Change this case to that situation?</strong> Your other answers stay as they are.
          </p>
          <div className="button-group">
            <button type="button" className="button button--small" onClick={() => takePreset(state.preset)}>
              Yes, change it
            </button>
            <button type="button" className="button button--secondary button--small" onClick={dismissStart}>
              Keep my answers
            </button>
          </div>
        </div>
      );
    case "invoice-asking":
      return (
        <div className="notice start-notice" role="group" aria-labelledby="start-question">
          <p id="start-question">
            <strong>Start a new case for invoice {state.invoice.number}?</strong> The case below is kept as a backup in this browser.
          </p>
          <div className="button-group">
            <button type="button" className="button button--small" onClick={() => void takeInvoice(state.invoice)}>
              Yes, start from {state.invoice.number}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={dismissStart}>
              Keep this case
            </button>
          </div>
        </div>
      );
  }
}
