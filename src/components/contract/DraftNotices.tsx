import { useStore } from "@nanostores/react";
import { $readOnly, $readOnlyMessage, $restoreProblem, dismissRestoreProblem, exportDraft } from "../../stores/contract-draft";
import { downloadTextFile, draftFileName, unreadableDraftFileName } from "../../stores/file-download";

function focusStepHeading() {
  document.getElementById("step-heading")?.focus();
}

/** Problems found when the saved draft was opened: a damaged draft, or one from a newer version. */
export function DraftNotices() {
  const problem = useStore($restoreProblem);
  const readOnly = useStore($readOnly);
  const readOnlyMessage = useStore($readOnlyMessage);
  return (
    <>
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
