import type { ContractDraft } from "../contract/contract-draft";
import { readContract } from "../contract/read-contract";
import type { AgreedScope } from "../document/get-paid/letter-input";

export type ScopeFromContract = { ok: true; scope: AgreedScope } | { ok: false; reason: string };

/**
 * What a dispute response restates from a contract written in the contract wizard: the project,
 * each deliverable with its acceptance criteria, the review days, what was left out, the revision
 * rounds and whether changes had to be in writing. Only a complete contract is used: an
 * unfinished draft is not what the client agreed to.
 */
export function agreedScopeFromContract(draft: ContractDraft, acceptedOn: string | null = null): ScopeFromContract {
  const read = readContract(draft);
  if (!read.ok) {
    return { ok: false, reason: "That contract is not finished: complete it in the contract wizard to restate its scope here." };
  }
  const s = read.contract.scope;
  return {
    ok: true,
    scope: {
      projectTitle: s.title,
      deliverables: s.deliverables.map((d) => ({ title: d.title, acceptanceCriteria: d.acceptanceCriteria })),
      acceptanceDays: s.acceptanceDays,
      acceptedOn,
      exclusions: s.exclusions,
      revisionRounds: s.revisionRounds,
      changesInWriting: s.changeRequestsInWriting,
    },
  };
}
