import { atom, computed, onMount } from "nanostores";
import type { InvoiceDraft } from "../domain/invoice/invoice-draft";
import { INVOICE_STEPS, type InvoiceStepId, invoiceFieldId, isInvoiceStepId } from "../domain/invoice/invoice-steps";
import { type InvoiceFieldError, readInvoice } from "../domain/invoice/read-invoice";
import { $invoiceBook } from "./invoice-book";

// Which invoice is open and on which step, kept in the address (?id=…&step=lines): reload keeps
// them, a link opens them, and the browser's Back and Forward move between the list and the steps.

const FIRST_STEP: InvoiceStepId = "parties";

function fromUrl(): { id: string | null; step: InvoiceStepId } {
  if (typeof location === "undefined") return { id: null, step: FIRST_STEP };
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  const step = params.get("step") ?? "";
  return { id: id ? id : null, step: isInvoiceStepId(step) ? step : FIRST_STEP };
}

/** The invoice being edited, or null for the list of invoices. */
export const $openInvoiceId = atom<string | null>(fromUrl().id);
export const $invoiceStep = atom<InvoiceStepId>(fromUrl().step);

/** The current step's messages as they were when Continue was last pressed; null before that. */
export const $invoiceErrors = atom<InvoiceFieldError[] | null>(null);
/** Counts the presses of Continue that found errors, so focus goes back to the summary each time. */
export const $failedInvoiceContinues = atom<number>(0);
/** A field to focus once the next step is shown, instead of the step's heading. */
export const $focusAfterInvoiceStep = atom<string | null>(null);

/** The open invoice as saved (undefined when the list is shown, or the id is not in this browser). */
export const $openInvoice = computed([$invoiceBook, $openInvoiceId], (book, id) =>
  id === null ? undefined : book.invoices.find((inv) => inv.id === id),
);

function showFromUrl(): void {
  const { id, step } = fromUrl();
  $invoiceErrors.set(null);
  $openInvoiceId.set(id);
  $invoiceStep.set(step);
}

onMount($openInvoiceId, () => {
  if (typeof window === "undefined") return;
  window.addEventListener("popstate", showFromUrl);
  return () => window.removeEventListener("popstate", showFromUrl);
});

function pushUrl(id: string | null, step: InvoiceStepId | null): void {
  if (typeof history === "undefined" || typeof location === "undefined") return;
  const url = new URL(location.href);
  url.search = "";
  if (id !== null) url.searchParams.set("id", id);
  if (id !== null && step !== null) url.searchParams.set("step", step);
  history.pushState({ id, step }, "", url);
}

/** Opens an invoice in the editor, on its first step unless told otherwise. */
export function openInvoice(id: string, step: InvoiceStepId = FIRST_STEP): void {
  $invoiceErrors.set(null);
  $openInvoiceId.set(id);
  $invoiceStep.set(step);
  pushUrl(id, step);
}

/** Back to the list of invoices. */
export function showInvoiceList(): void {
  if ($openInvoiceId.get() === null) return;
  $invoiceErrors.set(null);
  $openInvoiceId.set(null);
  $invoiceStep.set(FIRST_STEP);
  pushUrl(null, null);
}

export function invoiceStepIndex(id: InvoiceStepId): number {
  return INVOICE_STEPS.findIndex((s) => s.id === id);
}

export function invoiceStepTitle(id: InvoiceStepId): string {
  return INVOICE_STEPS[invoiceStepIndex(id)]!.title;
}

/** Shows a step of the open invoice and records it in the history (nothing happens if it is already shown). */
export function goToInvoiceStep(step: InvoiceStepId): void {
  if (step === $invoiceStep.get()) return;
  $invoiceErrors.set(null);
  $invoiceStep.set(step);
  pushUrl($openInvoiceId.get(), step);
}

/** Every message about a draft (the number does not change what is checked). */
export function invoiceDraftErrors(draft: InvoiceDraft): InvoiceFieldError[] {
  const read = readInvoice(draft, "");
  return read.ok ? [] : read.errors;
}

/** The steps of the open invoice that still have something to fix, for the ticks in the step list. */
export const $invoiceStepsToFix = computed($openInvoice, (saved) =>
  saved ? new Set(invoiceDraftErrors(saved.draft).map((e) => e.step)) : new Set<InvoiceStepId>(),
);

/** The step of a field path, for links from the review step ("lines.l3.taxRate" → lines). */
export function stepOfField(field: string): InvoiceStepId {
  const head = field.split(".")[0] ?? "";
  if (head === "seller" || head === "buyer") return "parties";
  if (head === "lines" || head === "discountMode" || head === "discountValue") return "lines";
  if (head === "payment") return "payment";
  if (head === "lateFee" || head === "earlyDiscount" || head === "taxNote" || head === "notes" || head === "thankYou") return "terms";
  return "details";
}

/** Opens the step of a field with its messages shown and the field focused (from the review step). */
export function fixInvoiceField(field: string, step: InvoiceStepId = stepOfField(field)): void {
  goToInvoiceStep(step);
  const saved = $openInvoice.get();
  const errors = saved ? invoiceDraftErrors(saved.draft).filter((e) => e.step === step) : [];
  $invoiceErrors.set(errors.length > 0 ? errors : null);
  $focusAfterInvoiceStep.set(invoiceFieldId(field));
}

/** Checks the current step: with errors it stays and shows them; otherwise it moves on. Returns true when it moved. */
export function continueInvoiceStep(): boolean {
  const saved = $openInvoice.get();
  if (!saved) return false;
  const step = $invoiceStep.get();
  const all = invoiceDraftErrors(saved.draft);
  const errors = all.filter((e) => e.step === step);
  if (errors.length > 0) {
    $invoiceErrors.set(errors);
    $failedInvoiceContinues.set($failedInvoiceContinues.get() + 1);
    return false;
  }
  // Nothing later can be read without a currency and number style: back to where they are chosen.
  if (all.some((e) => e.field === "currency" || e.field === "numberLocale") && invoiceStepIndex(step) > invoiceStepIndex("details")) {
    goToInvoiceStep("details");
    $invoiceErrors.set(all.filter((e) => e.step === "details"));
    $failedInvoiceContinues.set($failedInvoiceContinues.get() + 1);
    return false;
  }
  const next = INVOICE_STEPS[invoiceStepIndex(step) + 1];
  if (!next) return false;
  goToInvoiceStep(next.id);
  return true;
}

/** The step before the current one (no checks: going back never loses anything). */
export function invoiceStepBack(): void {
  const previous = INVOICE_STEPS[invoiceStepIndex($invoiceStep.get()) - 1];
  if (previous) goToInvoiceStep(previous.id);
}

/** Forgets the shown messages about a removed line (its fields are gone). */
export function forgetLineErrors(lineId: string): void {
  const errors = $invoiceErrors.get();
  if (!errors) return;
  const kept = errors.filter((e) => !e.field.startsWith(`lines.${lineId}.`));
  if (kept.length !== errors.length) $invoiceErrors.set(kept);
}

/** The address of a step of the open invoice, for links ("?id=inv-1&step=lines"). */
export function invoiceStepHref(step: InvoiceStepId): string {
  const id = $openInvoiceId.get();
  return `?${new URLSearchParams(id === null ? { step } : { id, step })}`;
}
