import { atom } from "nanostores";
import { draftHasAnswers } from "../domain/contract/new-contract-draft";
import { contractPreset, type ContractPreset } from "../domain/presets/contract-presets";
import { announce } from "./announcer";
import { $draft, $readOnly, startFrom } from "./contract-draft";
import { replaceStep } from "./wizard-step";

// A guide's "put it into practice" link opens the wizard with ?preset=<id>. Answers the user has
// given are never silently overwritten: with answers, the wizard asks first, and "Yes" keeps the
// current answers as a backup in this browser.

export const PRESET_PARAM = "preset";

/** A preset waiting for "Yes" or "Cancel" because the draft already has answers. */
export const $presetQuestion = atom<{ id: string; label: string } | null>(null);

/** What the top of the wizard says about the preset link: where it started from, or why nothing changed. */
export const $presetMessage = atom<{ kind: "started" | "unknown"; text: string } | null>(null);

function presetFromUrl(): string | null {
  if (typeof location === "undefined") return null;
  return new URLSearchParams(location.search).get(PRESET_PARAM);
}

function apply(preset: ContractPreset, replaceAnswers: boolean): void {
  startFrom(preset.apply, { replaceAnswers });
  replaceStep(preset.step, [PRESET_PARAM]);
  // The wizard shows this near its top and announces it (preset-notice.tsx).
  $presetMessage.set({ kind: "started", text: `Started from: ${preset.label}` });
}

/** Reads ?preset= once when the wizard opens: applies it, asks first, or says the id is unknown. */
export function openPresetFromUrl(): void {
  const id = presetFromUrl();
  if (id === null) return;
  const preset = contractPreset(id);
  if (!preset) {
    // Shown as typed but cut short: the address is the user's (or a link's) text, not ours.
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
    $presetMessage.set({
      kind: "unknown",
      text: `This link asks for a starting point called “${shown}”, which Upfront doesn't have. Nothing was changed: your answers are as you left them.`,
    });
    return;
  }
  if (draftHasAnswers($draft.get()) || $readOnly.get()) {
    $presetQuestion.set({ id: preset.id, label: preset.label });
    return;
  }
  apply(preset, false);
}

/** "Yes": a new contract from the preset; the answers it replaces are kept as a backup. */
export function confirmPreset(): void {
  const question = $presetQuestion.get();
  $presetQuestion.set(null);
  const preset = question && contractPreset(question.id);
  if (preset) apply(preset, true);
}

/** "Cancel": nothing changes, and the link is forgotten so a reload doesn't ask again. */
export function cancelPreset(): void {
  $presetQuestion.set(null);
  if (typeof history !== "undefined" && typeof location !== "undefined") {
    const url = new URL(location.href);
    url.searchParams.delete(PRESET_PARAM);
    history.replaceState(history.state, "", url);
  }
  announce("Nothing was changed: your answers are as you left them.");
}

export function dismissPresetMessage(): void {
  $presetMessage.set(null);
}
