import { atom } from "nanostores";
import type { SavedInvoice } from "../domain/invoice/invoice-book";
import { type GetPaidPreset, findGetPaidPreset } from "../domain/presets/get-paid-presets";
import { announce } from "./announcer";
import { sharedStorage } from "./storage-engine";
import { INVOICE_BOOK_KEY } from "./storage-keys";
import { $overdue, $overdueReadOnly, caseIsBlank, setSituation, startFromSavedInvoice } from "./overdue-draft";

// Links can start the assistant somewhere: a guide's button (/get-paid?preset=get-paid-dispute)
// or the invoice list's "Chase" (/get-paid?invoice=inv-3). A blank case takes it at once; a case
// with answers only changes when the user says so. Either way the parameter leaves the address,
// so a reload never applies it again.

export type StartState =
  | { kind: "none" }
  | { kind: "preset-applied"; preset: GetPaidPreset }
  | { kind: "preset-asking"; preset: GetPaidPreset }
  | { kind: "preset-unknown"; id: string }
  | { kind: "invoice-applied"; number: string }
  | { kind: "invoice-asking"; invoice: SavedInvoice }
  | { kind: "invoice-missing" }
  | { kind: "invoice-refused"; message: string };

export const $startState = atom<StartState>({ kind: "none" });

function takeParam(name: string): string | null {
  const url = new URL(location.href);
  const value = url.searchParams.get(name);
  if (value === null) return null;
  url.searchParams.delete(name);
  history.replaceState(history.state, "", url);
  return value;
}

/** Reads ?preset= and ?invoice= once, when the page starts. The invoice list is loaded only for ?invoice=. */
export async function readStartFromUrl(): Promise<void> {
  if (typeof location === "undefined") return;
  const presetId = takeParam("preset");
  const invoiceId = takeParam("invoice");
  if ($overdueReadOnly.get()) return;
  if (invoiceId !== null) {
    const { findInvoice } = await import("./invoice-book");
    const invoice = findInvoice(invoiceId);
    if (!invoice) $startState.set({ kind: "invoice-missing" });
    else if ($overdue.get().invoice.savedInvoiceId === invoice.id) $startState.set({ kind: "none" });
    else if (caseIsBlank($overdue.get())) await takeInvoice(invoice);
    else $startState.set({ kind: "invoice-asking", invoice });
    return;
  }
  if (presetId === null) return;
  const preset = findGetPaidPreset(presetId);
  if (!preset) $startState.set({ kind: "preset-unknown", id: presetId.slice(0, 60) });
  else if (caseIsBlank($overdue.get()) || $overdue.get().situation === preset.situation) takePreset(preset);
  else $startState.set({ kind: "preset-asking", preset });
}

export function takePreset(preset: GetPaidPreset): void {
  setSituation(preset.situation);
  $startState.set({ kind: "preset-applied", preset });
  announce(`Started from: ${preset.label}.`);
}

/** Starts a new case from a saved invoice; the current case is kept as a backup. */
export async function takeInvoice(invoice: SavedInvoice): Promise<void> {
  const started = await startFromSavedInvoice(invoice);
  if (!started.ok) {
    $startState.set({ kind: "invoice-refused", message: started.message });
    return;
  }
  $startState.set({ kind: "invoice-applied", number: invoice.number });
  announce(`Started from invoice ${invoice.number}.`);
}

/**
 * Whether this browser has an invoice list with invoices, read without loading it (the list and
 * the invoice domain are loaded only when the user chooses to start from one of its invoices).
 */
export function hasInvoiceList(): boolean {
  const text = sharedStorage().read(INVOICE_BOOK_KEY);
  return typeof text === "string" && text.includes('"invoices":[{');
}

export function dismissStart(): void {
  $startState.set({ kind: "none" });
}
