import { useStore } from "@nanostores/react";
import { useMemo, useState } from "react";
import { caseLetters } from "../../domain/get-paid/case-letters";
import { $caseInterest, $checkedCase, $plan } from "../../stores/get-paid-case";
import { $overdue, $overdueReadOnly, setOverdueField } from "../../stores/overdue-draft";
import { DocumentPreview } from "../document/document-preview";
import { DownloadPdfButton } from "../document/download-pdf-button";

const NEXT_STEPS = [
  { value: "small-claims-court", label: "Claim in a small claims court" },
  { value: "collection-agency", label: "Pass the debt to a collection agency" },
  { value: "lawyer", label: "Ask a lawyer to act" },
] as const;

/** The formal letters of this case as PDFs (and readable here), each made from the same answers as the plan. */
export function LettersPanel() {
  const overdue = useStore($checkedCase);
  const interest = useStore($caseInterest);
  const plan = useStore($plan);
  const draft = useStore($overdue);
  const readOnly = useStore($overdueReadOnly);
  const [shown, setShown] = useState<string | null>(null);
  const letters = useMemo(() => (overdue && plan ? caseLetters(overdue, interest, plan, draft) : []), [overdue, interest, plan, draft]);
  if (!overdue || !plan) return null;

  // Built again at the moment of the click, from the latest answers.
  const documentOf = (id: string) => () => {
    const current = $checkedCase.get();
    const currentPlan = $plan.get();
    if (!current || !currentPlan) return null;
    const letter = caseLetters(current, $caseInterest.get(), currentPlan, $overdue.get()).find((l) => l.id === id);
    return letter?.ready ? letter.document : null;
  };

  return (
    <section aria-labelledby="letters-title" className="letters">
      <h2 id="letters-title">Letters</h2>
      <p>
        Formal letters from your answers, with the amounts, the interest rule and the dates filled in. Read each one before you
        send it: they are templates, not legal advice.
      </p>
      <div className="field">
        <label className="field__label" htmlFor="field-letters-finalDemandNext">
          What the final demand says you will do next
        </label>
        <p className="field__hint" id="field-letters-finalDemandNext-hint">
          Only name a step you are ready to take.
        </p>
        <select
          id="field-letters-finalDemandNext"
          className="input"
          aria-describedby="field-letters-finalDemandNext-hint"
          value={draft.letters.finalDemandNext}
          disabled={readOnly}
          onChange={(event) => setOverdueField("letters.finalDemandNext", event.target.value)}
        >
          {NEXT_STEPS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <ul className="letters__list">
        {letters.map((letter) => (
          <li key={letter.id} className="letters__item" data-testid={`letter-${letter.id}`}>
            <h3 className="letters__title">{letter.title}</h3>
            {letter.ready ? (
              <>
                <DownloadPdfButton label={`Download the ${letter.title.toLowerCase()} (PDF)`} document={documentOf(letter.id)} />
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-expanded={shown === letter.id}
                  onClick={() => setShown(shown === letter.id ? null : letter.id)}
                >
                  {shown === letter.id ? "Hide" : "Read"} the {letter.title.toLowerCase()} here
                </button>
                {shown === letter.id ? (
                  <div className="letters__preview">
                    <DocumentPreview model={letter.document.model} headingLevel={3} />
                  </div>
                ) : null}
              </>
            ) : (
              <p className="field__hint">{letter.reason}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
