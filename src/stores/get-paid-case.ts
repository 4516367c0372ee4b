import { computed } from "nanostores";
import { todayInZone } from "../domain/dates/calendar-date";
import { caseInterest } from "../domain/get-paid/interest-claim";
import type { OverdueDraft } from "../domain/get-paid/overdue-draft";
import { readOverdue } from "../domain/get-paid/read-overdue";
import { $overdue } from "./overdue-draft";

// What the assistant works out from the saved case: the checked case and the interest (the footing
// check and the dated plan, needed by later steps only, are in get-paid-plan.ts). Everything is a
// pure domain function of the draft and today's date.

/** Today where the user is; a case with no "date to plan for" is worked out for this day. */
export function userToday(): string {
  return todayInZone(new Date());
}

export type CaseMessage = { field: string; message: string };

/** Every message about the case: its answers, then what the interest calculator can't work out. */
export function overdueErrors(draft: OverdueDraft): CaseMessage[] {
  const read = readOverdue(draft, userToday());
  if (!read.ok) return read.errors;
  const interest = caseInterest(read.overdue);
  return interest.kind === "problem" ? [{ field: interest.field, message: interest.message }] : [];
}

export const $caseRead = computed($overdue, (draft) => readOverdue(draft, userToday()));

/** The checked case, or null while an answer is missing or wrong. */
export const $checkedCase = computed($caseRead, (read) => (read.ok ? read.overdue : null));

export const $caseInterest = computed($checkedCase, (overdue) => (overdue ? caseInterest(overdue) : null));
