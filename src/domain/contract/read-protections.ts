import { parsePercent } from "../percent/parse-percent";
import type { Protections } from "./contract";
import type { ContractDraft } from "./contract-draft";
import type { FieldErrors } from "./field-errors";
import { parseWholeNumber } from "./parse-whole-number";

export function readProtections(draft: ContractDraft, errors: FieldErrors): Protections {
  errors.at("protections");
  const p = draft.protections;
  const days = (field: string, raw: string, min: number, max: number, label: string) =>
    errors.take(field, parseWholeNumber(raw, min, max, label)) ?? min;
  let killFee: Protections["killFee"] = null;
  if (p.killFee.enabled) {
    killFee =
      p.killFee.mode === "by-phase"
        ? { mode: "by-phase" }
        : {
            mode: "percent-of-remaining",
            basisPoints: errors.take("protections.killFee.percent", parsePercent(p.killFee.percent, draft.numberLocale, { label: "the kill fee" })) ?? 0,
          };
  }
  return {
    killFee,
    pauseWork: p.pauseWork.enabled ? { overdueDays: days("protections.pauseWork.overdueDays", p.pauseWork.overdueDays, 1, 365, "the number of days overdue") } : null,
    ownershipOnFullPayment: p.ownershipOnFullPayment.enabled,
    confidentiality: p.confidentiality.enabled,
    termination: p.termination.enabled ? { noticeDays: days("protections.termination.noticeDays", p.termination.noticeDays, 1, 365, "the notice period in days") } : null,
    disputeResolution: p.disputeResolution.enabled ? { talkDays: days("protections.disputeResolution.talkDays", p.disputeResolution.talkDays, 1, 90, "the days to talk it through") } : null,
    independentContractor: p.independentContractor.enabled,
    limitationOfLiability: p.limitationOfLiability.enabled,
  };
}
