import { SaveState } from "../saved/save-state";
import { SAVED_BOOK } from "./saved-book";

/** Whether the invoices are saved in this browser; when they are not, a way to keep them anyway. */
export function SaveStatus() {
  return (
    <div className="save-status">
      <SaveState
        saved={SAVED_BOOK}
        block="save-status"
        words={{
          notSaved: "Not saved — download your invoices",
          paused: "Saving is paused until you choose which tab’s invoices to keep.",
          refused: "This browser is not letting Upfront save. Download your invoices so you don't lose them.",
          download: "Download your invoices",
        }}
      />
    </div>
  );
}
