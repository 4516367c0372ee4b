import { useStore } from "@nanostores/react";
import { type ReactNode, Suspense, lazy, startTransition, useEffect, useMemo, useRef, useState } from "react";
import { GET_PAID_STEPS, type GetPaidStepId, getPaidFieldId } from "../../domain/get-paid/get-paid-steps";
import { $announcement } from "../../stores/announcer";
import type { DraftForm } from "../../stores/draft-form";
import { overdueForm } from "../../stores/get-paid-form";
import {
  $failedGetPaidContinues,
  $focusAfterGetPaidStep,
  $getPaidErrors,
  $getPaidStep,
  $getPaidStepsToFix,
  continueGetPaidStep,
  getPaidStepBack,
  getPaidStepIndex,
  getPaidStepTitle,
  goToGetPaidStep,
} from "../../stores/get-paid-step";
import { $overdue, $overdueReadOnly } from "../../stores/overdue-draft";
import { StepForm } from "../wizard/step-form";
import { StepList } from "../wizard/step-list";
import { CaseNotices } from "./case-notices";
import { lazyStep, usePreloadOnFirstUse } from "../wizard/lazy-step";
import { useFirstViewReady } from "../wizard/first-view";
import { CaseTools } from "./case-tools";
import { InvoiceStep } from "./invoice-step";
import { StartNotice } from "./start-notice";
import "../../styles/contract-wizard.css";
import "../../styles/invoice.css";
import "../../styles/get-paid.css";

// Only the first step comes with the page; the others follow once the user starts (lazy-step.ts).
const FootingStep = lazyStep(() => import("./footing-step").then((m) => m.FootingStep));
const SituationStep = lazyStep(() => import("./situation-step").then((m) => m.SituationStep));
const InterestStep = lazyStep(() => import("./interest-step").then((m) => m.InterestStep));
const LATER_STEPS = [FootingStep, SituationStep, InterestStep];

// The plan step writes the messages and offers the letters: loaded when first needed.
const PlanStep = lazy(() => import("./plan-step").then((m) => ({ default: m.PlanStep })));

function stepContent(step: GetPaidStepId, form: DraftForm): ReactNode {
  switch (step) {
    case "invoice":
      return <InvoiceStep form={form} />;
    case "footing":
      return <FootingStep form={form} />;
    case "situation":
      return <SituationStep form={form} />;
    case "interest":
      return <InterestStep form={form} />;
    case "plan":
      return (
        <Suspense fallback={<p className="wizard-loading wizard-loading--view">Writing your plan…</p>}>
          <PlanStep />
        </Suspense>
      );
  }
}

/**
 * The overdue-invoice assistant. The server can't know the saved case or the address, so the island
 * sends a short loading line and the assistant appears once the browser has both. A first visit
 * sees GetPaidFirstView meanwhile (the page has it as HTML), and the loading line stays hidden.
 */
export function GetPaidApp() {
  const [ready, setReady] = useState(false);
  // A transition: React renders the assistant in slices and lets the browser in between, so a slow
  // phone's main thread is not blocked for the full first render.
  useEffect(() => startTransition(() => setReady(true)), []);
  if (!ready) {
    return (
      <p className="wizard-loading wizard-loading--view" aria-busy="true">
        Loading your case…
      </p>
    );
  }
  return <Assistant />;
}

/** The first step of a new case, drawn at build time as the page's HTML (client:first-use). */
export function GetPaidFirstView() {
  return <Assistant firstView />;
}

function Assistant({ firstView = false }: { firstView?: boolean }) {
  const step = useStore($getPaidStep);
  const errors = useStore($getPaidErrors);
  const failedContinues = useStore($failedGetPaidContinues);
  const draft = useStore($overdue);
  const readOnly = useStore($overdueReadOnly);
  const toFix = useStore($getPaidStepsToFix);
  const announcement = useStore($announcement);
  const form = useMemo(() => overdueForm(draft, errors), [draft, errors]);
  usePreloadOnFirstUse(LATER_STEPS, step !== "plan");
  const ref = useRef<HTMLDivElement>(null);
  useFirstViewReady(ref);
  const index = getPaidStepIndex(step);
  const title = getPaidStepTitle(step);
  const hasErrors = errors !== null && errors.length > 0;

  useEffect(() => {
    document.title = `${hasErrors ? "Error: " : ""}${title} — Get paid — Upfront`;
  }, [hasErrors, title]);

  return (
    <div className="wizard get-paid" data-ready={firstView ? undefined : "true"} ref={ref}>
      <div className="wizard__main">
        <CaseNotices />
        <StartNotice />
        <StepForm
          step={step}
          $focusAfterStep={$focusAfterGetPaidStep}
          review={step === "plan"}
          first={index === 0}
          caption={
            <>
              Get paid · Step {index + 1} of {GET_PAID_STEPS.length}
            </>
          }
          title={title}
          errors={errors && errors.map((e) => ({ targetId: getPaidFieldId(e.field), message: e.message }))}
          attempt={failedContinues}
          readOnly={readOnly}
          onContinue={continueGetPaidStep}
          onBack={getPaidStepBack}
          reviewButtonsClassName="button-group wizard-buttons"
        >
          {stepContent(step, form)}
        </StepForm>
      </div>
      <aside className="wizard__aside" aria-label="Your progress and this case">
        <StepList label="Get paid steps" steps={GET_PAID_STEPS} current={step} toFix={toFix} href={(id) => `?step=${id}`} goTo={goToGetPaidStep} />
        <CaseTools />
      </aside>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
