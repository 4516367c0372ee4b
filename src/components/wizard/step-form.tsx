import type { WritableAtom } from "nanostores";
import { type ReactNode, type SubmitEvent, Suspense, useRef } from "react";
import { ErrorSummary, type SummaryError } from "../form/error-summary";
import { LoadFailure } from "./load-failure";
import { WhenShown } from "./when-shown";

type Props = {
  /** The current step's id: a new one moves focus to its heading (or to a field to fix). */
  step: string;
  /** A field to focus once the next step is shown, instead of the step's heading; cleared once used. */
  $focusAfterStep: WritableAtom<string | null>;
  /** The last step: nothing to continue to, so no form, only Back. */
  review: boolean;
  /** The first step: no Back. */
  first: boolean;
  caption: ReactNode;
  title: string;
  /** The messages shown since Continue was last pressed, or null. */
  errors: readonly SummaryError[] | null;
  /** Changes each time Continue finds errors. */
  attempt: unknown;
  /** Answers are shown but can't be changed (a newer version's save). */
  readOnly: boolean;
  onContinue: () => void;
  onBack: () => void;
  reviewButtonsClassName: string;
  children: ReactNode;
};

/** One step of a wizard: error summary, caption, heading, the step's questions, Continue and Back. */
export function StepForm(props: Props) {
  const { step, $focusAfterStep, review, first, caption, title, errors, attempt, readOnly, onContinue, onBack, children } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  /** The step whose questions are on the page: Continue does nothing while they are still loading. */
  const shownStep = useRef<string | null>(null);

  // A new step starts at the top with its heading focused, so a screen reader reads where it is.
  // Not on first load: the page's own focus order starts at the top. Runs once the step's
  // questions are on the page (a step's code may still be loading), so a field to fix can be found.
  const shown = () => {
    shownStep.current = step;
    const firstLoad = firstStep.current;
    firstStep.current = false;
    const field = $focusAfterStep.get();
    const target = field ? document.getElementById(field) : null;
    $focusAfterStep.set(null);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "center" });
      return;
    }
    if (firstLoad) return;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0, behavior: "instant" });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    // A second Enter while the next step loads must not check (or skip) questions nobody has seen.
    if (shownStep.current !== step) return;
    onContinue();
  };

  // Steps after the first are loaded on demand: until a step's code has arrived, a short line
  // stands in for its questions (the heading, Continue and Back stay where they are). The boundary
  // keeps its place whether or not the answers are read-only, so a change there moves no focus.
  const body = (
    <>
      {errors !== null && errors.length > 0 ? <ErrorSummary attempt={attempt} errors={errors} /> : null}
      <p className="wizard-caption">{caption}</p>
      <h1 id="step-heading" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <LoadFailure key={step}>
        <Suspense fallback={<p className="wizard-loading wizard-loading--view" aria-busy="true">Loading this step…</p>}>
          {readOnly && !review ? (
            <fieldset className="fieldset" disabled>
              <legend className="visually-hidden">Read-only answers</legend>
              {children}
            </fieldset>
          ) : (
            children
          )}
          <WhenShown onShown={shown} />
        </Suspense>
      </LoadFailure>
    </>
  );

  return review ? (
    <div className="wizard-step">
      {body}
      <div className={props.reviewButtonsClassName}>
        <button type="button" className="button button--secondary" onClick={onBack}>
          Back
        </button>
      </div>
    </div>
  ) : (
    <form className="wizard-step" noValidate onSubmit={submit} aria-labelledby="step-heading">
      {body}
      <div className="button-group wizard-buttons">
        <button type="submit" className="button">
          Continue
        </button>
        {first ? null : (
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back
          </button>
        )}
      </div>
    </form>
  );
}
