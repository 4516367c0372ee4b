import { Fragment, type ReactNode, useState } from "react";
import { todayInZone } from "../../domain/dates/calendar-date";
import { announce } from "../../stores/announcer";
import {
  checkDeletion,
  deleteInvoice,
  duplicateInvoice,
  markInvoiceOpen,
  markInvoicePaid,
  voidInvoice,
} from "../../stores/invoice-book";
import { openInvoice } from "../../stores/invoice-editor";
import type { InvoiceRow } from "../../stores/invoice-list";
import { DateField } from "../form/date-field";

/** What is open under a row: a question to confirm, or a message about the last action. */
type Panel =
  | { id: string; kind: "paid"; date: string; error?: string }
  | { id: string; kind: "void" }
  | { id: string; kind: "delete"; confirm: string }
  | { id: string; kind: "cannot-delete"; message: string }
  | { id: string; kind: "message"; text: string };

const STATUS_TAG: Record<InvoiceRow["status"]["kind"], string> = {
  open: "tag tag--blue",
  overdue: "tag tag--red",
  paid: "tag tag--green",
  void: "tag tag--grey",
};

const openLinkId = (id: string) => `open-${id}`;

/** Focuses an element once React has drawn it. */
function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function Hidden({ children }: { children: string }) {
  return <span className="visually-hidden">{children}</span>;
}

type QuestionPanelProps = { id: string; warning?: boolean; question: ReactNode; onCancel: () => void; children: ReactNode };

/** A question under a row, with its answers and Cancel; the question is focused when it opens. */
function QuestionPanel({ id, warning, question, onCancel, children }: QuestionPanelProps) {
  return (
    <div className={warning ? "invoice-panel invoice-panel--warning" : "invoice-panel"} role="group" aria-labelledby={id}>
      <p id={id} tabIndex={-1} className="invoice-panel__question">
        {question}
      </p>
      <div className="button-group">
        {children}
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The saved invoices, newest number first, each with its actions. */
export function InvoiceTable({ rows, readOnly }: { rows: readonly InvoiceRow[]; readOnly: boolean }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const close = (id: string) => {
    setPanel(null);
    focusSoon(openLinkId(id));
  };

  const duplicate = (row: InvoiceRow) => {
    const copy = duplicateInvoice(row.id);
    if (!copy.ok) {
      setPanel({ id: row.id, kind: "message", text: copy.message });
      return;
    }
    setPanel(null);
    announce(`Invoice ${copy.number} made, a copy of ${row.number} dated today.`);
    focusSoon(openLinkId(copy.id));
  };

  const unpay = (row: InvoiceRow) => {
    const result = markInvoiceOpen(row.id);
    if (!result.ok) setPanel({ id: row.id, kind: "message", text: result.message });
    else {
      setPanel(null);
      announce(`Invoice ${row.number} marked unpaid.`);
      focusSoon(openLinkId(row.id));
    }
  };

  const askDelete = (row: InvoiceRow) => {
    const check = checkDeletion(row.id);
    setPanel(check.ok ? { id: row.id, kind: "delete", confirm: check.confirm } : { id: row.id, kind: "cannot-delete", message: check.message });
    focusSoon(`panel-${row.id}`);
  };

  const panelFor = (row: InvoiceRow) => {
    if (panel?.id !== row.id) return null;
    switch (panel.kind) {
      case "paid":
        return (
          <form
            className="invoice-panel"
            noValidate
            aria-labelledby={`panel-${row.id}`}
            onSubmit={(event) => {
              event.preventDefault();
              const result = markInvoicePaid(row.id, panel.date);
              if (!result.ok) {
                setPanel({ ...panel, error: result.message });
                focusSoon(`paid-date-${row.id}`);
                return;
              }
              announce(`Invoice ${row.number} marked paid.`);
              close(row.id);
            }}
          >
            <p id={`panel-${row.id}`} tabIndex={-1} className="invoice-panel__question">
              <strong>When was invoice {row.number} paid?</strong>
            </p>
            <DateField
              id={`paid-date-${row.id}`}
              label="Date paid"
              value={panel.date}
              error={panel.error}
              onChange={(date) => setPanel({ ...panel, date })}
            />
            <div className="button-group">
              <button type="submit" className="button button--small">
                Mark as paid
              </button>
              <button type="button" className="button button--secondary button--small" onClick={() => close(row.id)}>
                Cancel
              </button>
            </div>
          </form>
        );
      case "void":
        return (
          <QuestionPanel
            id={`panel-${row.id}`}
            warning
            question={
              <strong>
                Void invoice {row.number}? It stays in the list marked void, so your numbering has no gap, and it can’t be made
                unpaid again.
              </strong>
            }
            onCancel={() => close(row.id)}
          >
            <button
              type="button"
              className="button button--warning button--small"
              onClick={() => {
                const result = voidInvoice(row.id);
                if (!result.ok) setPanel({ id: row.id, kind: "message", text: result.message });
                else {
                  announce(`Invoice ${row.number} is void.`);
                  close(row.id);
                }
              }}
            >
              Yes, void {row.number}
            </button>
          </QuestionPanel>
        );
      case "delete":
        return (
          <QuestionPanel id={`panel-${row.id}`} warning question={<strong>{panel.confirm}</strong>} onCancel={() => close(row.id)}>
            <button
              type="button"
              className="button button--warning button--small"
              onClick={() => {
                const result = deleteInvoice(row.id);
                if (!result.ok) {
                  setPanel({ id: row.id, kind: "message", text: result.message });
                  return;
                }
                setPanel(null);
                announce(result.message ?? `Invoice ${row.number} was deleted.`);
                focusSoon("invoice-heading");
              }}
            >
              Yes, delete {row.number}
            </button>
          </QuestionPanel>
        );
      case "cannot-delete":
        return (
          <QuestionPanel id={`panel-${row.id}`} question={panel.message} onCancel={() => close(row.id)}>
            {row.status.kind !== "void" ? (
              <button
                type="button"
                className="button button--warning button--small"
                onClick={() => {
                  setPanel({ id: row.id, kind: "void" });
                  focusSoon(`panel-${row.id}`);
                }}
              >
                Void {row.number} instead
              </button>
            ) : null}
          </QuestionPanel>
        );
      case "message":
        return (
          <div className="invoice-panel" role="group" aria-labelledby={`panel-${row.id}`}>
            <p id={`panel-${row.id}`} tabIndex={-1} className="invoice-panel__question status status--bad">
              {panel.text}
            </p>
            <button type="button" className="button button--secondary button--small" onClick={() => close(row.id)}>
              OK
            </button>
          </div>
        );
    }
  };

  return (
    <table className="invoice-table">
      <caption className="visually-hidden">Your invoices, newest number first</caption>
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Client</th>
          <th scope="col">Issued</th>
          <th scope="col">Due</th>
          <th scope="col" className="num">
            Total
          </th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const open = panelFor(row);
          return (
            <Fragment key={row.id}>
              <tr className={open ? "invoice-table__row invoice-table__row--open" : "invoice-table__row"}>
                <th scope="row" data-label="Number">
                  <a
                    id={openLinkId(row.id)}
                    href={`?id=${encodeURIComponent(row.id)}`}
                    onClick={(event) => {
                      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                      event.preventDefault();
                      openInvoice(row.id);
                    }}
                  >
                    <Hidden>Open invoice </Hidden>
                    {row.number}
                  </a>
                  {row.incomplete ? <span className="invoice-table__note">Not finished</span> : null}
                </th>
                <td data-label="Client" dir="auto">
                  {row.client || <span className="muted">No client yet</span>}
                </td>
                <td data-label="Issued">{row.issueDate}</td>
                <td data-label="Due">{row.dueDate}</td>
                <td data-label="Total" className="num">
                  {row.total}
                </td>
                <td data-label="Status">
                  <span className={STATUS_TAG[row.status.kind]}>{row.status.label}</span>
                </td>
                <td className="invoice-table__actions">
                  {readOnly ? null : (
                    <div className="invoice-actions">
                      {row.status.kind === "overdue" ? (
                        <a className="button button--small" href={`/get-paid?invoice=${encodeURIComponent(row.id)}`}>
                          <span>
                            Chase<Hidden>{` invoice ${row.number}`}</Hidden>
                          </span>
                        </a>
                      ) : null}
                      <button type="button" className="button button--secondary button--small" onClick={() => duplicate(row)}>
                        <span>
                          Duplicate<Hidden>{` invoice ${row.number}`}</Hidden>
                        </span>
                      </button>
                      {row.status.kind === "paid" ? (
                        <button type="button" className="button button--secondary button--small" onClick={() => unpay(row)}>
                          <span>
                            Mark unpaid<Hidden>{` invoice ${row.number}`}</Hidden>
                          </span>
                        </button>
                      ) : row.status.kind !== "void" ? (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-expanded={panel?.id === row.id && panel.kind === "paid"}
                          onClick={() => {
                            setPanel({ id: row.id, kind: "paid", date: todayInZone(new Date()) });
                            focusSoon(`paid-date-${row.id}`);
                          }}
                        >
                          <span>
                            Mark paid<Hidden>{` invoice ${row.number}`}</Hidden>
                          </span>
                        </button>
                      ) : null}
                      {row.status.kind !== "void" ? (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => {
                            setPanel({ id: row.id, kind: "void" });
                            focusSoon(`panel-${row.id}`);
                          }}
                        >
                          <span>
                            Void<Hidden>{` invoice ${row.number}`}</Hidden>
                          </span>
                        </button>
                      ) : null}
                      <button type="button" className="button button--warning button--small" onClick={() => askDelete(row)}>
                        <span>
                          Delete<Hidden>{` invoice ${row.number}`}</Hidden>
                        </span>
                      </button>
                    </div>
                  )}
                </td>
              </tr>
              {open ? (
                <tr className="invoice-table__panel">
                  <td colSpan={7}>{open}</td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
