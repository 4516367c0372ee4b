import { useStore } from "@nanostores/react";
import { useState } from "react";
import { getPaidFieldId } from "../../domain/get-paid/get-paid-steps";
import { $overdue, setOverdueField } from "../../stores/overdue-draft";
import { readSavedContract } from "../../stores/saved-contract";
import { Checkbox } from "../form/checkbox";

/**
 * In a dispute: link the case to the contract written in this browser, so that the dispute
 * response restates what was agreed (deliverables, acceptance, exclusions, revisions).
 */
export function ContractScopeChoice() {
  const draft = useStore($overdue);
  // Read once when the question shows: the contract is written on another page.
  const [saved] = useState(readSavedContract);
  if (!saved) return null;
  const linked = draft.footing.contractId === saved.id;
  return (
    <Checkbox
      id={getPaidFieldId("footing.contractId")}
      label={`Restate what was agreed in “${saved.title}”, the contract you wrote here`}
      hint={
        saved.scope.ok
          ? "The dispute response then lists its deliverables and how each is accepted, the review days, what was left out and the revision rounds."
          : saved.scope.reason
      }
      checked={linked}
      onChange={(on) => setOverdueField("footing.contractId", on ? saved.id : "")}
    />
  );
}
