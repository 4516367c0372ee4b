// The wizard's steps in order; ids appear in the URL (?step=scope).
export const CONTRACT_STEPS = [
  { id: "parties", title: "You and your client" },
  { id: "scope", title: "Scope of work" },
  { id: "price", title: "Timeline and price" },
  { id: "payment", title: "Deposit and milestones" },
  { id: "late-fees", title: "Late fees and incentives" },
  { id: "protections", title: "Protections" },
  { id: "review", title: "Check your answers" },
] as const;

export type ContractStepId = (typeof CONTRACT_STEPS)[number]["id"];

export function isContractStepId(id: string): id is ContractStepId {
  return CONTRACT_STEPS.some((s) => s.id === id);
}

/** The DOM id of the input behind a field path, e.g. "client.name" → "field-client-name". */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}
