import { computed } from "nanostores";
import { escalationPlan } from "../domain/get-paid/escalation-plan";
import { footingCheck } from "../domain/get-paid/footing";
import { smallClaimsLimit } from "../domain/get-paid/small-claims-limits";
import { $checkedCase } from "./get-paid-case";
import { $overdue } from "./overdue-draft";

// The footing check and the dated plan, apart from get-paid-case.ts: only the later steps show
// them, so the page's first step doesn't load the plan's rules.

export const $footingCheck = computed($overdue, (draft) => footingCheck(draft.footing));

export const $plan = computed([$checkedCase, $overdue], (overdue, draft) =>
  overdue
    ? escalationPlan(overdue, {
        steps: draft.steps,
        pauseWorkAfterDays: overdue.pauseWorkAfterDays,
        smallClaims: overdue.smallClaims ? smallClaimsLimit(overdue.smallClaims) : null,
      })
    : null,
);
