import type { OverdueDraft } from "../get-paid/overdue-draft";
import { type Preset, findPreset } from "./preset-index";

// Where a guide's "put it into practice" button starts the overdue-invoice assistant: the
// situation the reader is in. Applying one changes that answer only. Ids and labels are the
// preset index's.

export type GetPaidPreset = Preset & { situation: OverdueDraft["situation"] };

const SITUATION_OF: Record<string, OverdueDraft["situation"]> = {
  "get-paid-silent": "silent",
  "get-paid-dispute": "dispute",
  "get-paid-hardship": "hardship",
};

/** The get-paid preset of that id, or undefined (unknown, or another wizard's). */
export function findGetPaidPreset(id: string): GetPaidPreset | undefined {
  const preset = findPreset(id);
  // Own keys only: an id from a link ("constructor", "__proto__") never reaches Object.prototype.
  const situation = Object.hasOwn(SITUATION_OF, id) ? SITUATION_OF[id] : undefined;
  return preset && preset.wizard === "get-paid" && situation ? { ...preset, situation } : undefined;
}
