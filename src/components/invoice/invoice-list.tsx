import { useStore } from "@nanostores/react";
import { useEffect, useState } from "react";
import { announce } from "../../stores/announcer";
import { $bookReadOnly, newInvoice } from "../../stores/invoice-book";
import { openInvoice } from "../../stores/invoice-editor";
import { $invoiceRows, $numbering } from "../../stores/invoice-list";
import { BookNotices } from "./book-notices";
import { BookTransfer } from "./book-transfer";
import { InvoiceTable } from "./invoice-table";
import { NumberingSettings } from "./numbering-settings";
import { SaveStatus } from "./save-status";

/**
 * The list of saved invoices: what is open, overdue, paid or void, and what to do with each.
 * `firstView`: the copy drawn at build time, which is not yet ready to use.
 */
export function InvoiceList({ firstView = false }: { firstView?: boolean }) {
  const rows = useStore($invoiceRows);
  const numbering = useStore($numbering);
  const readOnly = useStore($bookReadOnly);
  const [problem, setProblem] = useState("");

  useEffect(() => {
    document.title = "Invoices — Upfront";
  }, []);

  const create = () => {
    const created = newInvoice();
    if (!created.ok) {
      setProblem(created.message);
      return;
    }
    setProblem("");
    announce(`New invoice ${numbering.next} started.`);
    openInvoice(created.id);
  };

  return (
    <div className="invoice-list stack stack--large" data-ready={firstView ? undefined : "true"}>
      <div>
        <BookNotices />
        <div className="invoice-list__head">
          <h1 id="invoice-heading" tabIndex={-1}>
            Invoices
          </h1>
          {readOnly ? null : (
            <button type="button" className="button" onClick={create}>
              New invoice
            </button>
          )}
        </div>
        <p role="status" className={problem ? "status status--bad" : undefined}>
          {problem}
        </p>
        <SaveStatus />
      </div>

      {rows.length === 0 ? (
        <section className="card invoice-empty" aria-labelledby="invoice-empty-title">
          <h2 className="card__title" id="invoice-empty-title">
            No invoices yet
          </h2>
          <p>
            Choose <strong>New invoice</strong> to write your first one: who it is for, what you charge, and how to pay you. It is
            saved in this browser as you type, and it gets the next number of your series, <strong>{numbering.next}</strong>.
          </p>
          <p>Your own details and bank account are copied to each new invoice, so you only type them once.</p>
          <p>Moving from another browser? Import the file of invoices you downloaded there, further down this page.</p>
        </section>
      ) : (
        <InvoiceTable rows={rows} readOnly={readOnly} />
      )}

      <NumberingSettings />
      <BookTransfer />
    </div>
  );
}
