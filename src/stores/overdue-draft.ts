import { todayInZone } from "../domain/dates/calendar-date";
import { AgreedScopeCopy, type EvidenceEntryDraft, MAX_EVIDENCE_ENTRIES, MAX_PARTIAL_PAYMENTS, type OverdueDraft, SITUATIONS } from "../domain/get-paid/overdue-draft";
import { MAX_OVERDUE_BYTES, openOverdueDraft, wrapOverdueDraft } from "../domain/get-paid/overdue-envelope";
import type { PlanStep } from "../domain/get-paid/escalation-plan";
import { markStepSent, markStepSkipped, markStepTodo } from "../domain/get-paid/evidence-log";
import { nextId } from "../domain/drafts/list-items";
import { caseIsBlank, newOverdueDraft } from "../domain/get-paid/new-overdue-draft";
import type { SavedInvoice } from "../domain/invoice/invoice-book";
import { currencyForLocale } from "../domain/money/currency-for-locale";
import { type DraftValue, maxLengthIn, withValueAt } from "./draft-path";
import { MessageEditDraft, OverdueDraft as OverdueDraftSchema } from "../domain/get-paid/overdue-draft";
import { browserNumberLocale, randomId } from "./browser";
import { createSavedStore } from "./saved-store";
import { OVERDUE_CASE_KEY } from "./storage-keys";

// The overdue invoice the user is chasing and what they have done about it, saved in this browser
// as it is typed, with the same protections as the contract draft (saved-store.ts).

export const OVERDUE_KEY = OVERDUE_CASE_KEY;

export type CaseImportResult = { ok: true } | { ok: false; message: string };

const browserLocale = () => browserNumberLocale("en-GB");
const newCaseId = () => randomId("case");

function freshCase(): OverdueDraft {
  const locale = browserLocale();
  return { ...newOverdueDraft(locale, currencyForLocale(locale)), id: newCaseId() };
}

/** Today where the user is: the day a step is marked sent, unless they say otherwise. */
export function today(): string {
  return todayInZone(new Date());
}

const saved = createSavedStore<OverdueDraft>({
  key: OVERDUE_KEY,
  open(text) {
    const opened = openOverdueDraft(text);
    if (opened.status === "ok") return { status: "ok", value: opened.value.id ? opened.value : { ...opened.value, id: newCaseId() }, migratedFrom: opened.migratedFrom };
    return opened;
  },
  encode: (draft, savedAt) => JSON.stringify(wrapOverdueDraft(draft, savedAt)),
  fresh: freshCase,
  damagedMessage: (kept) =>
    kept
      ? "Your saved case is damaged and could not be opened, so you are starting afresh. A copy of the damaged one was kept in this browser."
      : "Your saved case is damaged and could not be opened, so you are starting afresh. There was no room to keep a copy: download it now if you need it.",
  newerMessage: (version) =>
    `This case was saved by a newer version of Upfront (version ${version}), so it is open read-only and will not be changed here. ` +
    "Reload the page to get the latest version, or download it to keep a copy.",
});

export const $overdue = saved.$value;
export const $overdueSaveStatus = saved.$saveStatus;
export const $overdueRestoreProblem = saved.$restoreProblem;
export const $overdueReadOnly = saved.$readOnly;
export const $overdueReadOnlyMessage = saved.$readOnlyMessage;
export const $overdueOtherTabChange = saved.$otherTabChange;
export const keepThisTabsCase = saved.keepThisTab;
export const loadOtherTabsCase = saved.loadOtherTab;
export const dismissOverdueRestoreProblem = saved.dismissRestoreProblem;
export const flushOverdue = saved.flush;
export const overdueBackupPrefix = saved.backupPrefix;

function update(change: (draft: OverdueDraft) => OverdueDraft): void {
  saved.update(change);
}

/**
 * The index path of a field named by item id, as messages name them
 * ("invoice.partialPayments.p2.amount" → "invoice.partialPayments.1.amount"); null when the item is gone.
 */
export function overdueIndexPath(draft: OverdueDraft, path: string): string | null {
  const match = /^(invoice\.partialPayments|evidence)\.([^.]+)\.(.+)$/.exec(path);
  if (!match || /^\d+$/.test(match[2]!)) return path;
  const list = match[1] === "evidence" ? draft.evidence : draft.invoice.partialPayments;
  const at = list.findIndex((item) => item.id === match[2]);
  return at < 0 ? null : `${match[1]}.${at}.${match[3]}`;
}

/** The longest text a field takes (from the schema; list items by any id or index). */
export function overdueMaxLength(path: string): number | undefined {
  return maxLengthIn(OverdueDraftSchema, path.replace(/^(invoice\.partialPayments|evidence)\.[^.]+\./, "$1.0."));
}

/** Sets one answer by its path ("client.email", "invoice.partialPayments.p1.amount"). Text longer than the field allows is cut. */
export function setOverdueField(path: string, value: DraftValue): void {
  const max = overdueMaxLength(path);
  const clipped = typeof value === "string" && max !== undefined && value.length > max ? value.slice(0, max) : value;
  update((draft) => {
    const at = overdueIndexPath(draft, path);
    return at === null ? draft : withValueAt(draft, at, clipped);
  });
}

/** Adds an empty partial payment; returns its id, or null when the list is full. */
export function addPartialPayment(): string | null {
  const list = $overdue.get().invoice.partialPayments;
  if ($overdueReadOnly.get() || list.length >= MAX_PARTIAL_PAYMENTS) return null;
  const id = nextId("p", list);
  update((draft) => ({ ...draft, invoice: { ...draft.invoice, partialPayments: [...draft.invoice.partialPayments, { id, date: "", amount: "" }] } }));
  return id;
}

export function removePartialPayment(id: string): void {
  update((draft) => ({ ...draft, invoice: { ...draft.invoice, partialPayments: draft.invoice.partialPayments.filter((p) => p.id !== id) } }));
}

/**
 * Links the case to a contract written here and keeps a copy of its scope (null unlinks). A scope
 * that is unfinished or too big to keep links the contract without one: the letter then restates nothing.
 */
export function linkContract(link: { contractId: string; scope: unknown } | null): void {
  const copy = link ? AgreedScopeCopy.safeParse(link.scope) : null;
  update((draft) => ({
    ...draft,
    footing: { ...draft.footing, contractId: link?.contractId ?? "", agreedScope: copy?.success ? copy.data : null },
  }));
}

export function setSituation(situation: string): void {
  if (!(SITUATIONS as readonly string[]).includes(situation)) return;
  update((draft) => ({ ...draft, situation: situation as OverdueDraft["situation"] }));
}

/** Marks a plan step sent on a date and logs it in the evidence; returns a message when the log is full. */
export function markSent(step: Pick<PlanStep, "id" | "kind" | "title">, on: string): string | null {
  let message: string | null = null;
  update((draft) => {
    const changed = markStepSent(draft, step, on);
    message = changed.message;
    return changed.draft;
  });
  return message;
}

/** Marks steps skipped on a date (one change, so one save and one undo-able state). */
export function markSkipped(stepIds: string | readonly string[], on: string): void {
  const ids = typeof stepIds === "string" ? [stepIds] : stepIds;
  update((draft) => ids.reduce((d, id) => markStepSkipped(d, id, on), draft));
}

/** Back to do (marked by mistake): its automatic log entry goes too. */
export function markToDo(stepId: string): void {
  update((draft) => markStepTodo(draft, stepId));
}

/** The longest subject and body a message keeps. Messages are a record by step id, which the path walk can't enter: ask their own schema. */
export const MESSAGE_LIMITS = { subject: maxLengthIn(MessageEditDraft, "subject"), body: maxLengthIn(MessageEditDraft, "body") };

/**
 * Keeps the user's own wording of one part of a step's message. The first edit keeps the other
 * part as it is shown (`shown`), so typing in the subject never empties the body on screen.
 */
export function editMessage(stepId: string, part: "subject" | "body", text: string, shown: { subject: string; body: string }): void {
  const max = MESSAGE_LIMITS[part];
  const clipped = max !== undefined ? text.slice(0, max) : text;
  update((draft) => {
    const current = Object.hasOwn(draft.messages, stepId) ? draft.messages[stepId]! : { subject: shown.subject, body: shown.body };
    return { ...draft, messages: { ...draft.messages, [stepId]: { ...current, [part]: clipped } } };
  });
}

/** Back to the prefilled message for a step. */
export function resetMessage(stepId: string): void {
  update((draft) => {
    const messages = { ...draft.messages };
    delete messages[stepId];
    return { ...draft, messages };
  });
}

/** Adds an entry to the evidence log; returns its id, or null when the log is full. */
export function addEvidence(entry: Omit<EvidenceEntryDraft, "id" | "stepId">): string | null {
  const list = $overdue.get().evidence;
  if ($overdueReadOnly.get() || list.length >= MAX_EVIDENCE_ENTRIES) return null;
  const id = nextId("e", list);
  const max = overdueMaxLength("evidence.0.note") ?? 2_000;
  update((draft) => ({ ...draft, evidence: [...draft.evidence, { ...entry, note: entry.note.slice(0, max), id, stepId: "" }] }));
  return id;
}

export function removeEvidence(id: string): void {
  update((draft) => ({ ...draft, evidence: draft.evidence.filter((e) => e.id !== id) }));
}

/** Starts a new case. Whatever was there is kept as a backup in this browser first. */
export function startNewCase(from?: OverdueDraft): void {
  saved.replace(from ? { ...from, id: newCaseId() } : freshCase(), { keepCurrent: true });
}

/**
 * Starts a new case from an invoice of the invoice list (its parties, amount, dates and late-fee
 * terms). Reading an invoice needs the invoice domain, loaded only now.
 */
export async function startFromSavedInvoice(invoice: SavedInvoice): Promise<CaseImportResult> {
  const { overdueDraftFromSavedInvoice } = await import("../domain/get-paid/overdue-from-invoice");
  const made = overdueDraftFromSavedInvoice(invoice);
  if (!made.ok) return made;
  startNewCase(made.draft);
  return { ok: true };
}

export { caseIsBlank };

/** The case as the text of a .json file (the same envelope as the saved one). */
export function exportCase(): string {
  return saved.exportText(true);
}

/** Opens a case from a file's text; on any problem the current case is left as it was. */
export function importCase(text: string): CaseImportResult {
  const opened = openOverdueDraft(text);
  if (opened.status === "damaged") return { ok: false, message: opened.message };
  if (opened.status === "newer") {
    return { ok: false, message: `This case was saved by a newer version of Upfront (version ${opened.version}). Reload the page to get the latest version, then import it again.` };
  }
  saved.replace(opened.value.id ? opened.value : { ...opened.value, id: newCaseId() }, { keepCurrent: true });
  return { ok: true };
}

/** Checks the file's size before reading it, so a huge file is refused without loading it. */
export async function importCaseFile(file: Blob): Promise<CaseImportResult> {
  if (file.size > MAX_OVERDUE_BYTES) return { ok: false, message: "This file is too large to be an Upfront case. Choose the .json file you downloaded from Upfront." };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: "The file could not be read. Try choosing it again." };
  }
  return importCase(text);
}
