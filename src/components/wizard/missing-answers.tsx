import type { FieldError } from "../../domain/contract/field-errors";
import { ActionLink } from "./action-link";
import type { WizardStep } from "./step-list";

type Props<Id extends string> = {
  /** "The contract can be made once these are done:" */
  intro: string;
  steps: readonly WizardStep<Id>[];
  errors: readonly FieldError<Id>[];
  fixHref: (step: Id, field: string) => string;
  /** Opens the step with the field focused and its message shown. */
  fix: (step: Id, field: string) => void;
};

/** The review step before everything is answered: each message, by step, a link to its field. */
export function MissingAnswers<Id extends string>({ intro, steps, errors, fixHref, fix }: Props<Id>) {
  const withErrors = steps.filter((s) => errors.some((e) => e.step === s.id));
  return (
    <div className="stack">
      <div className="notice" role="region" aria-labelledby="review-incomplete">
        <h2 id="review-incomplete" className="notice__title">
          Some answers are missing or need fixing
        </h2>
        <p>{intro}</p>
        <ul className="stack stack--small">
          {withErrors.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong>
              <ul>
                {errors
                  .filter((e) => e.step === s.id)
                  .map((e) => (
                    <li key={e.field}>
                      <ActionLink href={fixHref(s.id, e.field)} action={() => fix(s.id, e.field)}>
                        {e.message}
                      </ActionLink>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
