// Every starting point a guide can link to ("put it into practice"). A guide names a preset by
// id; the build and the content check refuse an id that is not here or belongs to another wizard.

export const WIZARDS = ["contract", "invoice", "get-paid"] as const;
export type Wizard = (typeof WIZARDS)[number];

/** Where each wizard lives. /get-paid is the overdue-invoice assistant. */
export const WIZARD_PATHS: Record<Wizard, string> = {
  contract: "/contract",
  invoice: "/invoice",
  "get-paid": "/get-paid",
};

export type Preset = {
  id: string;
  wizard: Wizard;
  /** Reads after "Started from: " and "Start a new contract from ". */
  label: string;
};

export const PRESETS = [
  { id: "deposit-three-milestones", wizard: "contract", label: "a 30% deposit and three milestones" },
  { id: "scope-first", wizard: "contract", label: "the scope step" },
  { id: "late-fee-and-discount", wizard: "contract", label: "a late fee and an early-payment discount" },
  { id: "good-better-best", wizard: "contract", label: "good, better and best options" },
  { id: "get-paid-silent", wizard: "get-paid", label: "a client who has gone quiet" },
  { id: "get-paid-dispute", wizard: "get-paid", label: "a disputed invoice" },
  { id: "get-paid-hardship", wizard: "get-paid", label: "a client who can't pay yet" },
] as const satisfies readonly Preset[];

export type PresetId = (typeof PRESETS)[number]["id"];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The link a "put it into practice" button points at: /contract?preset=deposit-three-milestones. */
export function actionHref(wizard: Wizard, preset?: string): string {
  const path = WIZARD_PATHS[wizard];
  return preset ? `${path}?preset=${encodeURIComponent(preset)}` : path;
}
