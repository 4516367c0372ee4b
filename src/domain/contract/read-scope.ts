import { parseMoney } from "../money/parse-money";
import { cleanLine, cleanLines, cleanText } from "../text/clean-text";
import type { Contract } from "./contract";
import type { ContractDraft } from "./contract-draft";
import type { FieldErrors } from "./field-errors";
import { parseWholeNumber } from "./parse-whole-number";

export function readScope(draft: ContractDraft, currency: string, locale: string, errors: FieldErrors): Contract["scope"] {
  errors.at("scope");
  const s = draft.scope;
  const title = cleanLine(s.title);
  if (title === "") errors.add("scope.title", "Enter a project title");
  const summary = cleanText(s.summary);
  if (summary === "") errors.add("scope.summary", "Describe the project in a sentence or two");

  if (s.deliverables.length === 0) errors.add("scope.deliverables", "Add at least one deliverable");
  const deliverables = s.deliverables.map((d, i) => {
    const item = {
      id: d.id,
      title: cleanLine(d.title),
      description: cleanText(d.description),
      acceptanceCriteria: cleanText(d.acceptanceCriteria),
    };
    if (item.title === "") errors.add(`scope.deliverables.${i}.title`, `Enter a name for deliverable ${i + 1}`);
    return item;
  });

  const revisionRounds = errors.take("scope.revisionRounds", parseWholeNumber(s.revisionRounds, 0, 20, "the number of revision rounds")) ?? 0;
  const extraRoundRate =
    cleanLine(s.extraRoundRate) === ""
      ? null
      : (errors.take("scope.extraRoundRate", parseMoney(s.extraRoundRate, currency, locale, { allowZero: false, label: "the rate for an extra round" })) ?? null);
  const acceptanceDays = errors.take("scope.acceptanceDays", parseWholeNumber(s.acceptanceDays, 1, 90, "the acceptance window in days")) ?? 5;

  return {
    title,
    summary,
    deliverables,
    exclusions: cleanLines(s.exclusions),
    clientResponsibilities: cleanLines(s.clientResponsibilities),
    revisionRounds,
    extraRoundRate,
    acceptanceDays,
    changeRequestsInWriting: s.changeRequestsInWriting,
  };
}
