import type { OverdueCase } from "../../src/domain/get-paid/overdue-case";
import type { OverdueDraft } from "../../src/domain/get-paid/overdue-draft";
import { readOverdue } from "../../src/domain/get-paid/read-overdue";
import { SAMPLE_TODAY, sampleOverdueDraft } from "../fixtures/sample-overdue-draft";

/** The sample overdue case with one change made to a copy of its draft; throws if it doesn't read. */
export function overdueCase(change: (d: OverdueDraft) => void = () => {}, today = SAMPLE_TODAY): OverdueCase {
  const draft = structuredClone(sampleOverdueDraft());
  change(draft);
  const read = readOverdue(draft, today);
  if (!read.ok) throw new Error(`the case should read: ${JSON.stringify(read.errors)}`);
  return read.overdue;
}
