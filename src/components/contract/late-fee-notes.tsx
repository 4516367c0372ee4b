import { useStore } from "@nanostores/react";
import { $lateFeeNotes } from "../../stores/contract-preview";
import { useSettled } from "../form/use-settled";

/** Legal notes on the chosen late fee under the chosen law: warnings first, then background. */
export function LateFeeNotes() {
  const notes = useStore($lateFeeNotes);
  const warnings = notes.filter((n) => !n.code.startsWith("info-"));
  const info = notes.filter((n) => n.code.startsWith("info-"));
  // One short sentence is read out when the choice settles; the notes themselves are read on demand.
  const summary = useSettled(
    warnings.length === 0 ? "No legal warnings for this late fee." : `${warnings.length} legal ${warnings.length === 1 ? "warning" : "warnings"} for this late fee, below.`,
  );
  return (
    <section className="late-fee-notes" aria-labelledby="late-fee-notes-title">
      <span className="visually-hidden" role="status">
        {summary}
      </span>
      <h2 id="late-fee-notes-title">What the law says about this</h2>
      {notes.length === 0 ? (
        <p className="field__hint">
          Nothing to flag for this choice. Notes appear here when the law you chose on the first step has rules about late fees.
        </p>
      ) : null}
      {warnings.map((w) => (
        <div key={w.code} className="warning-text">
          <span className="visually-hidden">Warning:</span> {w.message}
          <span className="late-fee-notes__source">Source: {w.source}</span>
        </div>
      ))}
      {info.map((n) => (
        <div key={n.code} className="notice late-fee-notes__info">
          <p>{n.message}</p>
          <p className="late-fee-notes__source">Source: {n.source}</p>
        </div>
      ))}
      <p className="field__hint">These notes flag common risks. They are not legal advice.</p>
    </section>
  );
}
