import { useStore } from "@nanostores/react";
import { type ReactNode, Suspense, lazy, startTransition, useEffect, useMemo, useRef, useState } from "react";
import { CONTRACT_STEPS, type ContractStepId, fieldId } from "../../domain/contract/contract-steps";
import { $announcement } from "../../stores/announcer";
import { openPresetFromUrl } from "../../stores/contract-preset";
import { $draft, $readOnly } from "../../stores/contract-draft";
import { contractForm } from "../../stores/contract-form";
import type { DraftForm } from "../../stores/draft-form";
import { $failedContinues, $focusAfterStep, $shownErrors, $step, continueStep, goBack, stepIndex, stepTitle } from "../../stores/wizard-step";
import { StepForm } from "../wizard/step-form";
import { DraftNotices } from "./draft-notices";
import { DraftTools } from "./draft-tools";
import { PresetNotice } from "./preset-notice";
import { lazyStep, usePreloadOnFirstUse } from "../wizard/lazy-step";
import { useFirstViewReady } from "../wizard/first-view";
import { PartiesStep } from "./parties-step";
import { StepNav } from "./step-nav";
import "../../styles/contract-wizard.css";

// Only the first step comes with the page; the others follow once the user starts (lazy-step.ts).
const ScopeStep = lazyStep(() => import("./scope-step").then((m) => m.ScopeStep));
const PriceStep = lazyStep(() => import("./price-step").then((m) => m.PriceStep));
const PaymentStep = lazyStep(() => import("./payment-step").then((m) => m.PaymentStep));
const LateFeesStep = lazyStep(() => import("./late-fees-step").then((m) => m.LateFeesStep));
const ProtectionsStep = lazyStep(() => import("./protections-step").then((m) => m.ProtectionsStep));
const LATER_STEPS = [ScopeStep, PriceStep, PaymentStep, LateFeesStep, ProtectionsStep];

// The review step builds the whole document: loaded when it is first needed, not with the form.
const ReviewStep = lazy(() => import("./review/review-step").then((m) => ({ default: m.ReviewStep })));

/**
 * The contract wizard. The server can't know the saved draft or the step in the URL, so the island
 * sends a short loading line and the real form appears once the browser has both (no wrong-step
 * flash). A first visit sees ContractFirstView meanwhile (the page has it as HTML), and the loading
 * line stays hidden.
 */
export function ContractWizard() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // A guide's ?preset= link is read before the steps show, so the wizard opens at the preset's step.
    openPresetFromUrl();
    // A transition: React renders the whole form in slices and lets the browser in between, so a
    // slow phone's main thread is not blocked for the full first render.
    startTransition(() => setReady(true));
  }, []);
  if (!ready) {
    return (
      <p className="wizard-loading wizard-loading--view" aria-busy="true">
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
        <Suspense fallback={<p className="wizard-loading wizard-loading--view">Loading your answers…</p>}>
          <ReviewStep />
        </Suspense>
      );
  }
}

/** The first step of a new contract, drawn at build time as the page's HTML (client:first-use). */
export function ContractFirstView() {
  return <Wizard firstView />;
}

function Wizard({ firstView = false }: { firstView?: boolean }) {
  const step = useStore($step);
  const errors = useStore($shownErrors);
  const failedContinues = useStore($failedContinues);
  const hasErrors = errors !== null && errors.length > 0;
  const draft = useStore($draft);
  const readOnly = useStore($readOnly);
  const announcement = useStore($announcement);

  const index = stepIndex(step);
  const title = stepTitle(step);
  const form = useMemo(() => contractForm(draft, errors), [draft, errors]);
  usePreloadOnFirstUse(LATER_STEPS, step !== "review");
  const ref = useRef<HTMLDivElement>(null);
  useFirstViewReady(ref);

  useEffect(() => {
    document.title = `${hasErrors ? "Error: " : ""}${title} — Write a contract — Upfront`;
  }, [hasErrors, title]);

  return (
    <div className="wizard" data-ready={firstView ? undefined : "true"} ref={ref}>
      <div className="wizard__main">
        <DraftNotices />
        <PresetNotice />
        <StepForm
          step={step}
          $focusAfterStep={$focusAfterStep}
          review={step === "review"}
          first={index === 0}
          caption={
            <>
              Step {index + 1} of {CONTRACT_STEPS.length}
            </>
          }
          title={title}
          errors={errors && errors.map((e) => ({ targetId: fieldId(e.field), message: e.message }))}
          attempt={failedContinues}
          readOnly={readOnly}
          onContinue={continueStep}
          onBack={goBack}
          reviewButtonsClassName="button-group"
        >
          {stepContent(step, form)}
        </StepForm>
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
