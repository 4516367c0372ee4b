import { useStore } from "@nanostores/react";
import { useState } from "react";
import { formatDate } from "../../domain/dates/calendar-date";
import { documentDateLocale } from "../../domain/dates/document-date-locale";
import { parseDate } from "../../domain/dates/parse-date";
import { EVIDENCE_KIND_LABELS, sortEvidence } from "../../domain/get-paid/evidence-log";
import { EVIDENCE_KINDS } from "../../domain/get-paid/overdue-draft";
import { announce } from "../../stores/announcer";
import { userToday } from "../../stores/get-paid-case";
import { $overdue, $overdueReadOnly, addEvidence, overdueMaxLength, removeEvidence } from "../../stores/overdue-draft";
import { DateField } from "../form/date-field";
import { SelectField } from "../form/select-field";
import { TextArea } from "../form/text-area";

type Kind = (typeof EVIDENCE_KINDS)[number];

/** The dated record of what happened: steps marked sent, calls, replies, promises, payments. */
export function EvidenceLog() {
  const draft = useStore($overdue);
  const readOnly = useStore($overdueReadOnly);
  const [date, setDate] = useState(draft.asOf || userToday());
  const [kind, setKind] = useState<Kind>("call");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const locale = documentDateLocale(draft.invoice.numberLocale);
  const entries = sortEvidence(draft.evidence);

  const add = () => {
    const read = parseDate(date, "the date");
    if (!read.ok) {
      setError(read.error);
      document.getElementById("evidence-date")?.focus();
      return;
    }
    setError(null);
    const id = addEvidence({ date: read.value, kind, note });
    if (id === null) {
      setError("The log is full. Download the timeline, then remove entries you no longer need.");
      return;
    }
    setNote("");
    announce(`Added to your evidence log: ${EVIDENCE_KIND_LABELS[kind]}, ${formatDate(read.value, locale)}.`);
  };

  return (
    <section aria-labelledby="evidence-title" className="evidence-log">
      <h2 id="evidence-title">Evidence log</h2>
      <p>
        Keep a dated note of every contact: a collector, a mediator or a court will ask what happened and when. Steps you mark sent
        are added here; add calls, replies and promises yourself. Download it as the evidence timeline under Letters.
      </p>
      {entries.length === 0 ? (
        <p>Nothing logged yet.</p>
      ) : (
        <div className="doc-table-wrap" tabIndex={0} role="region" aria-labelledby="evidence-caption">
          <table className="doc-table">
            <caption id="evidence-caption" className="visually-hidden">
              Your evidence log, oldest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What happened</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{/^\d{4}-\d{2}-\d{2}$/.test(e.date) ? formatDate(e.date, locale) : e.date}</td>
                  <th scope="row">{EVIDENCE_KIND_LABELS[e.kind]}</th>
                  <td dir="auto" className="evidence-log__note">
                    {e.note}
                  </td>
                  <td>
                    {readOnly ? null : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`Remove: ${EVIDENCE_KIND_LABELS[e.kind]}, ${e.date}`}
                        onClick={() => {
                          removeEvidence(e.id);
                          announce("Entry removed from your evidence log.");
                        }}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {readOnly ? null : (
        <fieldset className="fieldset evidence-log__add">
          <legend className="fieldset__legend fieldset__legend--medium">Add an entry</legend>
          <DateField id="evidence-date" label="Date" error={error ?? undefined} value={date} onChange={setDate} />
          <SelectField
            id="evidence-kind"
            label="What happened"
            value={kind}
            onChange={(value) => setKind(value as Kind)}
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))}
          />
          <TextArea
            id="evidence-note"
            label="Note"
            hint="Who, what was said or promised, any reference. For example: “Spoke to Priya in accounts: paying in the run of 26 March.”"
            rows={3}
            maxLength={overdueMaxLength("evidence.0.note")}
            value={note}
            onChange={setNote}
          />
          <button type="button" className="button button--secondary" onClick={add}>
            Add to the log
          </button>
        </fieldset>
      )}
    </section>
  );
}
