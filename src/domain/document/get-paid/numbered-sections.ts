import type { Block, Section } from "../document-model";
import type { SectionDraft } from "../contract/section-draft";

/**
 * Numbers an agreement's sections 1, 2, 3… and their clauses 1.1, 1.2…, as the contract does;
 * sections whose id is in `unnumbered` (the parties, the signatures) keep no number.
 */
export function numberedSections(drafts: SectionDraft[], unnumbered: readonly string[]): Section[] {
  let n = 0;
  return drafts.map((draft) => {
    const number = unnumbered.includes(draft.id) ? "" : String(++n);
    let clauseNo = 0;
    const blocks = draft.blocks.map((block): Block =>
      block.kind === "clause" && !("number" in block) ? { kind: "clause", number: `${number}.${++clauseNo}`, text: block.text } : block,
    );
    return { id: draft.id, number, heading: draft.heading, blocks };
  });
}
