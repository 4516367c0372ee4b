import { useStore } from "@nanostores/react";
import { useMemo, useState } from "react";
import { caseLetters } from "../../domain/get-paid/case-letters";
import { $caseInterest, $checkedCase } from "../../stores/get-paid-case";
import { $plan } from "../../stores/get-paid-plan";
import { getPaidFieldId } from "../../domain/get-paid/get-paid-steps";
import { $overdue, $overdueReadOnly, overdueMaxLength, setOverdueField } from "../../stores/overdue-draft";
import { DocumentPreview } from "../document/document-preview";
import { DownloadPdfButton } from "../document/download-pdf-button";
import { PrintDocumentButton } from "../document/print-document-button";
import { SelectField } from "../form/select-field";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";

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
  // Rebuilt when what the letters print changes, not on every keystroke in a message.
  const { evidence, letters: letterAnswers } = draft;
  const agreedScope = draft.footing.agreedScope;
  const letters = useMemo(
    () => (overdue && plan ? caseLetters(overdue, interest, plan, { ...draft, evidence, letters: letterAnswers }) : []),
    [overdue, interest, plan, evidence, letterAnswers, agreedScope],
  );
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
      <SelectField
        id={getPaidFieldId("letters.finalDemandNext")}
        label="What the final demand says you will do next"
        hint="Only name a step you are ready to take."
        value={draft.letters.finalDemandNext}
        onChange={(value) => setOverdueField("letters.finalDemandNext", value)}
        options={NEXT_STEPS}
      />
      <ul className="letters__list">
        {letters.map((letter) => (
          <li key={letter.id} className="letters__item" data-testid={`letter-${letter.id}`}>
            <h3 className="letters__title">{letter.title}</h3>
            {letter.id === "work-suspension" ? (
              <>
                <LetterField path="letters.pausedWork" label="The work you are pausing" hint="For example: “Phase 3: the booking system”. Empty: all work under the agreement." value={draft.letters.pausedWork} readOnly={readOnly} multiline />
                <LetterField path="letters.contractTerm" label="Where your contract allows the pause" hint="For example: “clause 11 of our agreement of 1 March 2027”. Empty: “our agreement”." value={draft.letters.contractTerm} readOnly={readOnly} />
              </>
            ) : null}
            {letter.id === "late-fee-invoice" ? (
              <LetterField
                path="letters.lateFeeInvoiceNumber"
                label="Number of this invoice"
                hint={`The next number of your invoice series, if you keep one. Empty: ${overdue.invoice.number}-LF.`}
                value={draft.letters.lateFeeInvoiceNumber}
                readOnly={readOnly}
              />
            ) : null}
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
                    <PrintDocumentButton target={`letter-document-${letter.id}`} label={`Print the ${letter.title.toLowerCase()}`} />
                    <DocumentPreview model={letter.document.model} headingLevel={3} id={`letter-document-${letter.id}`} />
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

type LetterFieldProps = { path: string; label: string; hint: string; value: string; readOnly: boolean; multiline?: boolean };

/** One answer only a letter needs, saved with the case as it is typed. */
function LetterField({ path, label, hint, value, readOnly, multiline = false }: LetterFieldProps) {
  const props = { id: getPaidFieldId(path), label, hint, value, maxLength: overdueMaxLength(path), onChange: (text: string) => setOverdueField(path, text) };
  return multiline ? <TextArea {...props} rows={2} /> : <TextField {...props} readOnly={readOnly} />;
}
