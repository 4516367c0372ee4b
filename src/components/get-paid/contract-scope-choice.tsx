import { useStore } from "@nanostores/react";
import { useState } from "react";
import { getPaidFieldId } from "../../domain/get-paid/get-paid-steps";
import { $overdue, linkContract } from "../../stores/overdue-draft";
import { readSavedContract } from "../../stores/saved-contract";
import { Checkbox } from "../form/checkbox";

/**
 * In a dispute: link the case to the contract written in this browser. A copy of its scope is kept
 * with the case, so the dispute response restates what was agreed then, whatever the contract
 * wizard is used for afterwards.
 */
export function ContractScopeChoice() {
  const { footing } = useStore($overdue);
  // Read once when the question shows: the contract is written on another page.
  const [saved] = useState(readSavedContract);
  const linked = footing.contractId !== "";
  if (!saved && !linked) return null;

  const title = footing.agreedScope?.projectTitle ?? saved?.title ?? "the contract";
  const hint = linked
    ? footing.agreedScope
      ? "The dispute response restates its deliverables and how each is accepted, the review days, what was left out and the revision rounds, as they were when you ticked this box. Untick and tick it again to take the contract as it is now."
      : "That contract was not finished when you ticked this box, so there is nothing to restate. Finish it in the contract wizard, then untick and tick this box again."
    : saved!.scope.ok
      ? "The dispute response then lists its deliverables and how each is accepted, the review days, what was left out and the revision rounds."
      : saved!.scope.reason;
  return (
    <Checkbox
      id={getPaidFieldId("footing.contractId")}
      label={`Restate what was agreed in “${title}”, the contract you wrote here`}
      hint={hint}
      checked={linked}
      onChange={(on) => linkContract(on && saved ? { contractId: saved.id, scope: saved.scope.ok ? saved.scope.scope : null } : null)}
    />
  );
}
