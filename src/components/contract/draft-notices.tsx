import { useStore } from "@nanostores/react";
import {
  $otherTabChange,
  $readOnly,
  $readOnlyMessage,
  $restoreProblem,
  dismissRestoreProblem,
  exportDraft,
  keepThisTabsDraft,
  loadOtherTabsDraft,
} from "../../stores/contract-draft";
import { downloadTextFile, draftFileName, unreadableDraftFileName } from "../../stores/file-download";

function focusStepHeading() {
  document.getElementById("step-heading")?.focus();
}

/** Problems found when the saved draft was opened: a damaged draft, or one from a newer version. */
export function DraftNotices() {
  const problem = useStore($restoreProblem);
  const readOnly = useStore($readOnly);
  const readOnlyMessage = useStore($readOnlyMessage);
  const otherTab = useStore($otherTabChange);
  return (
    <>
      {otherTab ? (
        <div className="notice" role="alert" aria-labelledby="other-tab-title">
          <h2 className="notice__title" id="other-tab-title">
            {otherTab.text === null ? "Your draft was cleared in another tab" : "Your draft was changed in another tab"}
          </h2>
          <p>
            This contract is open in another tab or window, and the draft there was just saved with different answers. Nothing
            here is saved until you choose which version to keep; the other one is kept as a backup in this browser.
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() => {
                keepThisTabsDraft();
                focusStepHeading();
              }}
            >
              Keep the answers in this tab
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                loadOtherTabsDraft();
                focusStepHeading();
              }}
            >
              Load the other tab’s version
            </button>
          </div>
        </div>
      ) : null}
      {problem ? (
        <div className="notice" role="region" aria-labelledby="restore-problem-title">
          <h2 className="notice__title" id="restore-problem-title">
            Your saved draft could not be opened
          </h2>
          <p>{problem.message}</p>
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadTextFile(unreadableDraftFileName(), problem.text, "text/plain")}
            >
              Download the unreadable draft
            </button>
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                dismissRestoreProblem();
                focusStepHeading();
              }}
            >
              <span>
                Dismiss<span className="visually-hidden"> this message</span>
              </span>
            </button>
          </div>
        </div>
      ) : null}
      {readOnly ? (
        <div className="notice" role="region" aria-labelledby="read-only-title">
          <h2 className="notice__title" id="read-only-title">
            This draft is read-only
          </h2>
          <p>{readOnlyMessage}</p>
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={() => downloadTextFile(draftFileName(), exportDraft())}>
              Download this draft
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
