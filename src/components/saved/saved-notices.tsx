import { useStore } from "@nanostores/react";
import type { SavedView } from "./saved-view";

export type SavedNoticesWords = {
  /** The title when another tab cleared what is saved, and when it changed it. */
  otherTabCleared: string;
  otherTabChanged: string;
  /** Why nothing is saved until the user chooses a tab's version. */
  otherTab: string;
  keepThisTab: string;
  problemTitle: string;
  downloadUnreadable: string;
  readOnlyTitle: string;
  download: string;
};

type Props = {
  saved: SavedView;
  /** The heading focused once the user has chosen, so a screen reader goes on from the top. */
  focusId: string;
  /** The notices' title ids (each page keeps its own, for its tests and links). */
  ids: { otherTab: string; problem: string; readOnly: string };
  words: SavedNoticesWords;
};

/** Problems with what is saved: changed in another tab, damaged, or saved by a newer version. */
export function SavedNotices({ saved, focusId, ids, words }: Props) {
  const problem = useStore(saved.$restoreProblem);
  const readOnly = useStore(saved.$readOnly);
  const readOnlyMessage = useStore(saved.$readOnlyMessage);
  const otherTab = useStore(saved.$otherTabChange);
  const focusHeading = () => document.getElementById(focusId)?.focus();
  return (
    <>
      {otherTab ? (
        <div className="notice" role="alert" aria-labelledby={ids.otherTab}>
          <h2 className="notice__title" id={ids.otherTab}>
            {otherTab.text === null ? words.otherTabCleared : words.otherTabChanged}
          </h2>
          <p>{words.otherTab}</p>
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() => {
                saved.keepThisTab();
                focusHeading();
              }}
            >
              {words.keepThisTab}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                saved.loadOtherTab();
                focusHeading();
              }}
            >
              Load the other tab’s version
            </button>
          </div>
        </div>
      ) : null}
      {problem ? (
        <div className="notice" role="region" aria-labelledby={ids.problem}>
          <h2 className="notice__title" id={ids.problem}>
            {words.problemTitle}
          </h2>
          <p>{problem.message}</p>
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={() => saved.downloadUnreadable(problem.text)}>
              {words.downloadUnreadable}
            </button>
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                saved.dismissRestoreProblem();
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
        <div className="notice" role="region" aria-labelledby={ids.readOnly}>
          <h2 className="notice__title" id={ids.readOnly}>
            {words.readOnlyTitle}
          </h2>
          <p>{readOnlyMessage}</p>
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={() => saved.download()}>
              {words.download}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
