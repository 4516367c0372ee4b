import { atom, computed, onMount } from "nanostores";
import type { ContractDraft } from "../domain/contract/contract-draft";
import { CONTRACT_STEPS, fieldId, type ContractStepId, isContractStepId } from "../domain/contract/contract-steps";
import type { FieldError } from "../domain/contract/field-errors";
import { readContract } from "../domain/contract/read-contract";
import { $draft } from "./contract-draft";

// The wizard's current step lives in the URL (?step=scope), so reload keeps it and the
// browser's Back and Forward buttons move between steps.

const FIRST_STEP: ContractStepId = "parties";

function stepFromUrl(): ContractStepId {
  if (typeof location === "undefined") return FIRST_STEP;
  const id = new URLSearchParams(location.search).get("step") ?? "";
  return isContractStepId(id) ? id : FIRST_STEP;
}

export const $step = atom<ContractStepId>(stepFromUrl());

/**
 * The current step's errors as they were when Continue was last pressed, or null before that:
 * messages appear on Continue, not while typing, and change only when Continue is pressed again.
 */
export const $shownErrors = atom<FieldError[] | null>(null);

/** Counts the presses of Continue that found errors, so focus goes back to the summary each time. */
export const $failedContinues = atom<number>(0);

onMount($step, () => {
  if (typeof window === "undefined") return;
  const onPopState = () => {
    $shownErrors.set(null);
    $step.set(stepFromUrl());
  };
  window.addEventListener("popstate", onPopState);
  return () => window.removeEventListener("popstate", onPopState);
});

/** Every error in the draft (readContract itself copes with an unknown currency or number style). */
export function draftErrors(draft: ContractDraft): FieldError[] {
  const result = readContract(draft);
  return result.ok ? [] : result.errors;
}

/** The steps that still have something to fix, for the ticks in the step list. */
export const $stepsToFix = computed($draft, (draft) => new Set(draftErrors(draft).map((e) => e.step)));

export function stepIndex(id: ContractStepId): number {
  return CONTRACT_STEPS.findIndex((s) => s.id === id);
}

export function stepTitle(id: ContractStepId): string {
  return CONTRACT_STEPS[stepIndex(id)]!.title;
}

/** Shows a step and records it in the browser history (nothing happens if it is already shown). */
export function goToStep(id: ContractStepId): void {
  if (id === $step.get()) return;
  $shownErrors.set(null);
  $step.set(id);
  if (typeof history !== "undefined" && typeof location !== "undefined") {
    const url = new URL(location.href);
    url.searchParams.set("step", id);
    history.pushState({ step: id }, "", url);
  }
}

/**
 * Shows a step without a new history entry, and drops the given query parameters from the address
 * (a preset link's ?preset=…, so a reload does not apply it again).
 */
export function replaceStep(id: ContractStepId, dropParams: readonly string[] = []): void {
  $shownErrors.set(null);
  $step.set(id);
  if (typeof history !== "undefined" && typeof location !== "undefined") {
    const url = new URL(location.href);
    url.searchParams.set("step", id);
    for (const name of dropParams) url.searchParams.delete(name);
    history.replaceState({ step: id }, "", url);
  }
}

/** A field to focus once the next step is shown, instead of the step's heading. */
export const $focusAfterStep = atom<string | null>(null);

/**
 * From the review step's list of missing answers: opens the step with its messages shown and
 * the field to fix focused.
 */
export function fixAnswer(step: ContractStepId, field: string): void {
  goToStep(step);
  $shownErrors.set(draftErrors($draft.get()).filter((e) => e.step === step));
  $focusAfterStep.set(fieldId(field));
}

/** Checks the current step: with errors it stays and shows them; otherwise it moves on. Returns true when it moved. */
export function continueStep(): boolean {
  const step = $step.get();
  const all = draftErrors($draft.get());
  const errors = all.filter((e) => e.step === step);
  if (errors.length > 0) {
    $shownErrors.set(errors);
    $failedContinues.set($failedContinues.get() + 1);
    return false;
  }
  // Nothing later can be read without a currency: send the user back to where it is chosen.
  if (all.some((e) => e.field === "currency" || e.field === "numberLocale")) {
    goToStep("parties");
    $shownErrors.set(all.filter((e) => e.step === "parties"));
    $failedContinues.set($failedContinues.get() + 1);
    return false;
  }
  const next = CONTRACT_STEPS[stepIndex(step) + 1];
  if (!next) {
    $shownErrors.set(null);
    return false;
  }
  goToStep(next.id);
  return true;
}

/**
 * Forgets the shown messages about the items of a list ("scope.deliverables") after an item was
 * moved or removed: they name items by position, which would now point at the wrong ones.
 */
export function forgetItemErrors(listPath: string): void {
  const errors = $shownErrors.get();
  if (!errors) return;
  const kept = errors.filter((e) => !e.field.startsWith(`${listPath}.`));
  if (kept.length !== errors.length) $shownErrors.set(kept);
}

/** The step before the current one (no checks: going back never loses anything). */
export function goBack(): void {
  const previous = CONTRACT_STEPS[stepIndex($step.get()) - 1];
  if (previous) goToStep(previous.id);
}
