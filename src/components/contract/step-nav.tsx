import { useStore } from "@nanostores/react";
import { CONTRACT_STEPS } from "../../domain/contract/contract-steps";
import { $step, $stepsToFix, goToStep } from "../../stores/wizard-step";
import { StepList } from "../wizard/step-list";

/** The contract's steps, each a link back once it is behind. */
export function StepNav() {
  const step = useStore($step);
  const toFix = useStore($stepsToFix);
  return (
    <StepList label="Contract steps" steps={CONTRACT_STEPS} current={step} toFix={toFix} href={(id) => `?step=${id}`} goTo={goToStep} />
  );
}
