import { useStore } from "@nanostores/react";
import { downloadTextFile } from "../../stores/file-download";
import { $bookOtherTabChange, $bookReadOnly, $bookSaveStatus, exportInvoices, invoicesFileName } from "../../stores/invoice-book";

/** Whether the invoices are saved in this browser; when they are not, a way to keep them anyway. */
export function SaveStatus() {
  const status = useStore($bookSaveStatus);
  const readOnly = useStore($bookReadOnly);
  const otherTab = useStore($bookOtherTabChange);
  return (
    <div className="save-status">
      {/* A status region: losing the ability to save is announced, not only shown. */}
      <div role="status">
        {readOnly ? (
          <p className="status status--bad">Read-only: not saved</p>
        ) : status === "saved" ? (
          <p className="status">Saved in this browser</p>
        ) : (
          <p className="status status--bad">Not saved — download your invoices</p>
        )}
      </div>
      {readOnly || status === "saved" ? null : (
        <div className="save-status__not-saved">
          <p className="save-status__note">
            {otherTab
              ? "Saving is paused until you choose which tab’s invoices to keep."
              : "This browser is not letting Upfront save. Download your invoices so you don't lose them."}
          </p>
          <button type="button" className="button button--small" onClick={() => downloadTextFile(invoicesFileName(), exportInvoices())}>
            Download your invoices
          </button>
        </div>
      )}
    </div>
  );
}
