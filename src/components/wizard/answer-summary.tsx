import { ChangeLink } from "./action-link";
import type { WizardStep } from "./step-list";

export type AnswerRow<Id extends string> = { step: Id; key: string; value: string };

type Props<Id extends string> = {
  /** The steps to show, in order, each with its rows. */
  groups: readonly WizardStep<Id>[];
  rows: readonly AnswerRow<Id>[];
  /** "auto" where values are the user's own text, in any script. */
  valueDir?: "auto";
  stepHref: (step: Id) => string;
  goToStep: (step: Id) => void;
};

/** The answers in short, a section per step, each with a link back to change it. */
export function AnswerSummary<Id extends string>({ groups, rows, valueDir, stepHref, goToStep }: Props<Id>) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`review-${group.id}`} className="stack stack--small">
          <h2 id={`review-${group.id}`} className="heading-m">
            {group.title}
          </h2>
          <dl className="summary-list">
            {rows
              .filter((r) => r.step === group.id)
              .map((r) => (
                <div key={r.key} className="summary-list__row">
                  <dt className="summary-list__key">{r.key}</dt>
                  <dd className="summary-list__value doc-text" dir={valueDir}>
                    {r.value}
                  </dd>
                  <dd className="summary-list__actions">
                    <ChangeLink href={stepHref(group.id)} action={() => goToStep(group.id)} what={r.key.toLowerCase()} />
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  );
}
