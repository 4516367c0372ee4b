import { useStore } from "@nanostores/react";
import { type SubmitEvent, type ReactNode, Suspense, lazy, useEffect, useMemo, useRef, useState } from "react";
import { CONTRACT_STEPS, type ContractStepId, fieldId } from "../../domain/contract/contract-steps";
import { $announcement } from "../../stores/announcer";
import { $draft, $readOnly } from "../../stores/contract-draft";
import { type DraftForm, draftForm } from "../../stores/draft-form";
import { $failedContinues, $focusAfterStep, $shownErrors, $step, continueStep, goBack, stepIndex, stepTitle } from "../../stores/wizard-step";
import { ErrorSummary } from "../form/error-summary";
import { DraftNotices } from "./draft-notices";
import { DraftTools } from "./draft-tools";
import { LateFeesStep } from "./late-fees-step";
import { PartiesStep } from "./parties-step";
import { PaymentStep } from "./payment-step";
import { PriceStep } from "./price-step";
import { ProtectionsStep } from "./protections-step";
import { ScopeStep } from "./scope-step";
import { StepNav } from "./step-nav";
import "../../styles/contract-wizard.css";

// The review step builds the whole document: loaded when it is first needed, not with the form.
const ReviewStep = lazy(() => import("./review/review-step").then((m) => ({ default: m.ReviewStep })));

/**
 * The contract wizard. The server can't know the saved draft or the step in the URL, so it sends
 * a short loading line and the real form appears once the browser has both (no wrong-step flash).
 */
export function ContractWizard() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) {
    return (
      <p className="wizard-loading" aria-busy="true">
        Loading the contract form…
      </p>
    );
  }
  return <Wizard />;
}

function stepContent(step: ContractStepId, form: DraftForm): ReactNode {
  switch (step) {
    case "parties":
      return <PartiesStep form={form} />;
    case "scope":
      return <ScopeStep form={form} />;
    case "price":
      return <PriceStep form={form} />;
    case "payment":
      return <PaymentStep form={form} />;
    case "late-fees":
      return <LateFeesStep form={form} />;
    case "protections":
      return <ProtectionsStep form={form} />;
    case "review":
      return (
        <Suspense fallback={<p className="wizard-loading">Loading your answers…</p>}>
          <ReviewStep />
        </Suspense>
      );
  }
}

function Wizard() {
  const step = useStore($step);
  const errors = useStore($shownErrors);
  const failedContinues = useStore($failedContinues);
  const hasErrors = errors !== null && errors.length > 0;
  const draft = useStore($draft);
  const readOnly = useStore($readOnly);
  const announcement = useStore($announcement);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  const index = stepIndex(step);
  const title = stepTitle(step);
  const form = useMemo(() => draftForm(draft, errors), [draft, errors]);

  useEffect(() => {
    document.title = `${hasErrors ? "Error: " : ""}${title} — Write a contract — Upfront`;
  }, [hasErrors, title]);

  // A new step starts at the top with its heading focused, so a screen reader reads where it is.
  // Not on first load: the page's own focus order starts at the top anyway.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    const field = $focusAfterStep.get();
    const target = field ? document.getElementById(field) : null;
    $focusAfterStep.set(null);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "center" });
      return;
    }
    heading.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0, behavior: "instant" });
  }, [step]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    continueStep();
  };

  const isReview = step === "review";
  const body = (
    <>
      {hasErrors ? (
        <ErrorSummary attempt={failedContinues} errors={errors.map((e) => ({ targetId: fieldId(e.field), message: e.message }))} />
      ) : null}
      <p className="wizard-caption">
        Step {index + 1} of {CONTRACT_STEPS.length}
      </p>
      <h1 id="step-heading" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {readOnly && !isReview ? (
        <fieldset className="fieldset" disabled>
          <legend className="visually-hidden">Read-only answers</legend>
          {stepContent(step, form)}
        </fieldset>
      ) : (
        stepContent(step, form)
      )}
    </>
  );

  return (
    <div className="wizard" data-ready="true">
      <div className="wizard__main">
        <DraftNotices />
        {isReview ? (
          <div className="wizard-step">
            {body}
            <div className="button-group">
              <button type="button" className="button button--secondary" onClick={goBack}>
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
              {index > 0 ? (
                <button type="button" className="button button--secondary" onClick={goBack}>
                  Back
                </button>
              ) : null}
            </div>
          </form>
        )}
      </div>
      <aside className="wizard__aside" aria-label="Your progress and draft">
        <StepNav />
        <DraftTools />
      </aside>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
