import type { Block } from "../document-model";

/** A section before numbering: clause numbers are filled in by the assembler. */
export type SectionDraft = {
  id: string;
  heading: string;
  blocks: (Block | { kind: "clause"; text: string })[];
};

export const clause = (text: string) => ({ kind: "clause" as const, text });
export const paragraph = (text: string): Block => ({ kind: "paragraph", text });
