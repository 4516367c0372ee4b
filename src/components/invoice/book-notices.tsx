import { useStore } from "@nanostores/react";
import { downloadTextFile } from "../../stores/file-download";
import {
  $bookOtherTabChange,
  $bookReadOnly,
  $bookReadOnlyMessage,
  $bookRestoreProblem,
  dismissBookRestoreProblem,
  exportInvoices,
  invoicesFileName,
  keepThisTabsBook,
  loadOtherTabsBook,
  unreadableInvoicesFileName,
} from "../../stores/invoice-book";

function focusHeading() {
  document.getElementById("invoice-heading")?.focus();
}

/** Problems with the saved list: damaged, saved by a newer version, or changed in another tab. */
export function BookNotices() {
  const problem = useStore($bookRestoreProblem);
  const readOnly = useStore($bookReadOnly);
  const readOnlyMessage = useStore($bookReadOnlyMessage);
  const otherTab = useStore($bookOtherTabChange);
  return (
    <>
      {otherTab ? (
        <div className="notice" role="alert" aria-labelledby="book-other-tab-title">
          <h2 className="notice__title" id="book-other-tab-title">
            {otherTab.text === null ? "Your invoices were cleared in another tab" : "Your invoices were changed in another tab"}
          </h2>
          <p>
            Your invoices are open in another tab or window too, and both have changes the other doesn’t. Nothing here is saved
            until you choose which version to keep; the other one is kept as a backup in this browser.
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() => {
                keepThisTabsBook();
                focusHeading();
              }}
            >
              Keep the invoices in this tab
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                loadOtherTabsBook();
                focusHeading();
              }}
            >
              Load the other tab’s version
            </button>
          </div>
        </div>
      ) : null}
      {problem ? (
        <div className="notice" role="region" aria-labelledby="book-problem-title">
          <h2 className="notice__title" id="book-problem-title">
            Your saved invoices could not be opened
          </h2>
          <p>{problem.message}</p>
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadTextFile(unreadableInvoicesFileName(), problem.text, "text/plain")}
            >
              Download the unreadable list
            </button>
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                dismissBookRestoreProblem();
                focusHeading();
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
        <div className="notice" role="region" aria-labelledby="book-read-only-title">
          <h2 className="notice__title" id="book-read-only-title">
            Your invoices are read-only
          </h2>
          <p>{readOnlyMessage}</p>
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={() => downloadTextFile(invoicesFileName(), exportInvoices())}>
              Download your invoices
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
