import { useStore } from "@nanostores/react";
import type { ImportReport } from "../../domain/invoice/invoice-book";
import { $bookReadOnly, $invoiceBook, importInvoicesFile } from "../../stores/invoice-book";
import { FileField } from "../form/file-field";
import { useFileImport } from "../form/use-file-import";
import { SAVED_BOOK } from "./saved-book";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence for a screen reader: what the import did. */
function reportSentence(report: ImportReport): string {
  const parts = [
    count(report.added.length, "invoice added", "invoices added"),
    count(report.updated.length, "updated", "updated"),
    ...(report.unchanged > 0 ? [count(report.unchanged, "already here", "already here")] : []),
    ...(report.skipped.length > 0 ? [count(report.skipped.length, "not imported", "not imported")] : []),
  ];
  return `Import finished: ${parts.join(", ")}.`;
}

/** Download every invoice as a file, and add the invoices of such a file to this list. */
export function BookTransfer() {
  const readOnly = useStore($bookReadOnly);
  const book = useStore($invoiceBook);
  const imported = useFileImport(importInvoicesFile, {
    done: (result) => reportSentence(result.report),
    failed: (message) => `The invoices were not imported. ${message}`,
  });

  return (
    <section className="stack stack--small" aria-labelledby="transfer-title">
      <h2 id="transfer-title" className="heading-m">
        Keep a copy
      </h2>
      <p>
        Your invoices are kept in this browser only; nothing is sent anywhere. Download them as a file to keep a copy or to move them
        to another browser, then import the file there.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={book.invoices.length === 0 && !readOnly}
          onClick={SAVED_BOOK.download}
        >
          Download all invoices (.json)
        </button>
      </div>
      {readOnly ? null : (
        <FileField
          id="import-invoices"
          label="Import invoices"
          hint={
            "A .json file downloaded from Upfront. Its invoices are added to this list; none here are removed, and a number already " +
            "used here is never taken twice."
          }
          state={imported.state}
          onChange={imported.chooseFile}
        />
      )}
      {imported.state.kind === "done" ? <ImportSummary report={imported.state.result.report} /> : null}
    </section>
  );
}

function ImportSummary({ report }: { report: ImportReport }) {
  return (
    <div className="notice import-report" data-testid="import-report">
      <h3 className="notice__title">Import finished</h3>
      <ul>
        <li>
          Added: {report.added.length}
          {report.added.length > 0 ? ` (${report.added.join(", ")})` : ""}
        </li>
        <li>
          Updated with a newer copy: {report.updated.length}
          {report.updated.length > 0 ? ` (${report.updated.join(", ")})` : ""}
        </li>
        {report.unchanged > 0 ? <li>Already here, unchanged: {report.unchanged}</li> : null}
        <li>Not imported: {report.skipped.length}</li>
      </ul>
      {report.skipped.length > 0 ? (
        <ul className="import-report__skipped">
          {report.skipped.map((s, i) => (
            <li key={`${s.number}-${i}`}>
              <strong>{s.number}</strong>: {s.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
