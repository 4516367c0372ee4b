import { nextId } from "../drafts/list-items";
import { formatDate, isValidCalendarDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import { cleanText } from "../text/clean-text";
import type { PlanStep } from "./escalation-plan";
import { type EvidenceEntryDraft, MAX_EVIDENCE_ENTRIES, type OverdueDraft } from "./overdue-draft";

// The evidence log: every reminder, call, reply, promise and payment, dated, so the user can show
// what happened and when (to the client's finance team, a collection agency or a court). Marking
// a plan step sent adds its entry; undoing it removes that entry again.

export const EVIDENCE_KIND_LABELS: Record<EvidenceEntryDraft["kind"], string> = {
  "reminder-sent": "Reminder sent",
  call: "Call",
  "client-reply": "Client replied",
  "promise-to-pay": "Promise to pay",
  payment: "Payment received",
  "letter-sent": "Letter sent",
  other: "Note",
};

/** Entries by date, oldest first (entries with the same date keep their order); undated ones last. */
export function sortEvidence(entries: readonly EvidenceEntryDraft[]): EvidenceEntryDraft[] {
  const key = (e: EvidenceEntryDraft) => (isValidCalendarDate(e.date) ? e.date : "\uffff");
  return entries.map((e, i) => ({ e, i })).sort((a, b) => (key(a.e) < key(b.e) ? -1 : key(a.e) > key(b.e) ? 1 : a.i - b.i)).map(({ e }) => e);
}

const KIND_OF_STEP: Record<PlanStep["kind"], EvidenceEntryDraft["kind"]> = { message: "reminder-sent", call: "call", letter: "letter-sent", option: "other" };

/** The log entry for a step done on `date`, with the next free id ("e1", "e2"…). */
export function evidenceFromStep(step: Pick<PlanStep, "id" | "kind" | "title">, date: string, existing: readonly { id: string }[] = []): EvidenceEntryDraft {
  return { id: nextId("e", existing), date, kind: KIND_OF_STEP[step.kind], note: step.title, stepId: step.id };
}

export type StepChange = { draft: OverdueDraft; message: string | null };

/** Marks a step sent on `date` and logs it (once: marking again only moves the entry's date). */
export function markStepSent(draft: OverdueDraft, step: Pick<PlanStep, "id" | "kind" | "title">, date: string): StepChange {
  const steps = { ...draft.steps, [step.id]: { state: "sent" as const, on: date } };
  const at = draft.evidence.findIndex((e) => e.stepId === step.id);
  if (at >= 0) {
    const evidence = draft.evidence.map((e, i) => (i === at ? { ...e, date } : e));
    return { draft: { ...draft, steps, evidence }, message: null };
  }
  if (draft.evidence.length >= MAX_EVIDENCE_ENTRIES) {
    return { draft: { ...draft, steps }, message: `The evidence log is full (${MAX_EVIDENCE_ENTRIES} entries), so this step was not added to it.` };
  }
  return { draft: { ...draft, steps, evidence: [...draft.evidence, evidenceFromStep(step, date, draft.evidence)] }, message: null };
}

/** Marks a step skipped on `date`; nothing is logged. */
export function markStepSkipped(draft: OverdueDraft, stepId: string, date: string): OverdueDraft {
  return { ...draft, steps: { ...draft.steps, [stepId]: { state: "skipped", on: date } } };
}

/** Back to "to do" (a mistake): the entry that marking it sent added is removed. */
export function markStepTodo(draft: OverdueDraft, stepId: string): OverdueDraft {
  const steps = { ...draft.steps };
  delete steps[stepId];
  return { ...draft, steps, evidence: draft.evidence.filter((e) => e.stepId !== stepId) };
}

export type EvidenceRow = { date: string; what: string; note: string };

/** The timeline as table rows for a document: dated entries only, oldest first, dates written out. */
export function evidenceTimeline(entries: readonly EvidenceEntryDraft[], locale: string): EvidenceRow[] {
  return sortEvidence(entries)
    .filter((e) => isValidCalendarDate(e.date))
    .map((e) => ({ date: formatDate(e.date, documentDateLocale(locale)), what: EVIDENCE_KIND_LABELS[e.kind], note: cleanText(e.note) }));
}
