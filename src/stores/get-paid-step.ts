import { atom, computed, onMount } from "nanostores";
import { GET_PAID_STEPS, type GetPaidStepId, getPaidFieldId, getPaidStepOfField, isGetPaidStepId } from "../domain/get-paid/get-paid-steps";
import type { OverdueDraft } from "../domain/get-paid/overdue-draft";
import { overdueErrors } from "./get-paid-case";
import { $overdue } from "./overdue-draft";

// The assistant's current step lives in the URL (?step=plan), like the other wizards': reload
// keeps it, and Back and Forward move between steps.

export type GetPaidError = { step: GetPaidStepId; field: string; message: string };

const FIRST_STEP: GetPaidStepId = "invoice";

function stepFromUrl(): GetPaidStepId {
  if (typeof location === "undefined") return FIRST_STEP;
  const id = new URLSearchParams(location.search).get("step") ?? "";
  return isGetPaidStepId(id) ? id : FIRST_STEP;
}

export const $getPaidStep = atom<GetPaidStepId>(stepFromUrl());
/** The current step's messages as they were when Continue was last pressed; null before that. */
export const $getPaidErrors = atom<GetPaidError[] | null>(null);
export const $failedGetPaidContinues = atom<number>(0);
export const $focusAfterGetPaidStep = atom<string | null>(null);

onMount($getPaidStep, () => {
  if (typeof window === "undefined") return;
  const onPopState = () => {
    $getPaidErrors.set(null);
    $getPaidStep.set(stepFromUrl());
  };
  window.addEventListener("popstate", onPopState);
  return () => window.removeEventListener("popstate", onPopState);
});

/** Every message about the case, each under the step that asks for its field. */
export function caseErrors(draft: OverdueDraft): GetPaidError[] {
  return overdueErrors(draft).map((e) => ({ step: getPaidStepOfField(e.field), field: e.field, message: e.message }));
}

export const $getPaidStepsToFix = computed($overdue, (draft) => new Set(caseErrors(draft).map((e) => e.step)));

export function getPaidStepIndex(id: GetPaidStepId): number {
  return GET_PAID_STEPS.findIndex((s) => s.id === id);
}

export function getPaidStepTitle(id: GetPaidStepId): string {
  return GET_PAID_STEPS[getPaidStepIndex(id)]!.title;
}

export function goToGetPaidStep(id: GetPaidStepId): void {
  if (id === $getPaidStep.get()) return;
  $getPaidErrors.set(null);
  $getPaidStep.set(id);
  if (typeof history !== "undefined" && typeof location !== "undefined") {
    const url = new URL(location.href);
    url.searchParams.set("step", id);
    history.pushState({ step: id }, "", url);
  }
}

/** Opens the step of a field with its messages shown and the field focused. */
export function fixCaseField(field: string): void {
  const step = getPaidStepOfField(field);
  goToGetPaidStep(step);
  $getPaidErrors.set(caseErrors($overdue.get()).filter((e) => e.step === step));
  $focusAfterGetPaidStep.set(getPaidFieldId(field));
}

/** Checks the current step: with errors it stays and shows them; otherwise it moves on. */
export function continueGetPaidStep(): boolean {
  const step = $getPaidStep.get();
  const errors = caseErrors($overdue.get()).filter((e) => e.step === step);
  if (errors.length > 0) {
    $getPaidErrors.set(errors);
    $failedGetPaidContinues.set($failedGetPaidContinues.get() + 1);
    return false;
  }
  const next = GET_PAID_STEPS[getPaidStepIndex(step) + 1];
  if (!next) return false;
  goToGetPaidStep(next.id);
  return true;
}

export function getPaidStepBack(): void {
  const previous = GET_PAID_STEPS[getPaidStepIndex($getPaidStep.get()) - 1];
  if (previous) goToGetPaidStep(previous.id);
}

/** Forgets shown messages about a removed list item (its fields are gone, or moved up). */
export function forgetCaseListErrors(listPath: string): void {
  const errors = $getPaidErrors.get();
  if (!errors) return;
  const kept = errors.filter((e) => !e.field.startsWith(`${listPath}.`));
  if (kept.length !== errors.length) $getPaidErrors.set(kept);
}
