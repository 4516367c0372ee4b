import { useStore } from "@nanostores/react";
import { useEffect, useState } from "react";
import { announce } from "../../stores/announcer";
import { findInvoice } from "../../stores/invoice-book";
import { $invoiceRows } from "../../stores/invoice-list";
import { $overdue, caseIsBlank, startFromSavedInvoice } from "../../stores/overdue-draft";
import { SelectField } from "../form/select-field";

/**
 * "Start from an invoice you wrote here": the open invoices of the invoice list, newest first.
 * Replacing answers already typed asks first; they are kept as a backup either way.
 */
export function SavedInvoicePicker() {
  const rows = useStore($invoiceRows).filter((r) => (r.status.kind === "open" || r.status.kind === "overdue") && !r.incomplete);
  const draft = useStore($overdue);
  const [chosen, setChosen] = useState("");
  const [confirming, setConfirming] = useState(false);
  // Opened by a button that is now gone: focus moves to the list it asked for.
  useEffect(() => document.getElementById("saved-invoice-choice")?.focus(), []);
  if (rows.length === 0) {
    return <p>There are no unpaid invoices in your invoice list: fill in the invoice below.</p>;
  }

  const selected = rows.find((r) => r.id === chosen) ?? rows[0]!;
  const use = async () => {
    const saved = findInvoice(selected.id);
    if (!saved) return;
    const started = await startFromSavedInvoice(saved);
    setConfirming(false);
    announce(started.ok ? `Started from invoice ${selected.number}. Its details are filled in below.` : started.message);
  };

  return (
    <section className="card saved-invoice-picker" aria-labelledby="saved-invoice-picker-title">
      <h2 className="card__title" id="saved-invoice-picker-title">
        Start from an invoice you wrote here
      </h2>
      <SelectField
        id="saved-invoice-choice"
        label="Unpaid invoice"
        value={selected.id}
        onChange={setChosen}
        options={rows.map((r) => ({ value: r.id, label: `${r.number} — ${r.client || "no client yet"} — ${r.total} — ${r.status.label}` }))}
      />
      {confirming ? (
        <div className="invoice-panel invoice-panel--warning" role="group" aria-labelledby="saved-invoice-confirm">
          <p id="saved-invoice-confirm" tabIndex={-1}>
            <strong>Replace the answers below with invoice {selected.number}? They are kept as a backup in this browser.</strong>
          </p>
          <div className="button-group">
            <button type="button" className="button button--warning button--small" onClick={() => void use()}>
              Yes, use {selected.number}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (caseIsBlank(draft)) void use();
            else {
              setConfirming(true);
              requestAnimationFrame(() => document.getElementById("saved-invoice-confirm")?.focus());
            }
          }}
        >
          Use this invoice
        </button>
      )}
    </section>
  );
}
