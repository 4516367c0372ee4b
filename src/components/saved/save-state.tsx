import { useStore } from "@nanostores/react";
import type { SavedView } from "./saved-view";

type Props = {
  saved: SavedView;
  /** The CSS block the not-saved box belongs to ("draft-tools", "save-status"). */
  block: string;
  words: { notSaved: string; paused: string; refused: string; download: string };
};

/** Whether it is saved in this browser; when it is not, a way to keep it anyway. */
export function SaveState({ saved, block, words }: Props) {
  const status = useStore(saved.$saveStatus);
  const readOnly = useStore(saved.$readOnly);
  const otherTab = useStore(saved.$otherTabChange);
  return (
    <>
      {/* A status region: losing the ability to save is announced, not only shown. */}
      <div role="status">
        {readOnly ? (
          <p className="status status--bad">Read-only: not saved</p>
        ) : status === "saved" ? (
          <p className="status">Saved in this browser</p>
        ) : (
          <p className="status status--bad">{words.notSaved}</p>
        )}
      </div>
      {readOnly || status === "saved" ? null : (
        <div className={`${block}__not-saved`}>
          <p className={`${block}__note`}>{otherTab ? words.paused : words.refused}</p>
          <button type="button" className="button button--small" onClick={() => saved.download()}>
            {words.download}
          </button>
        </div>
      )}
    </>
  );
}
