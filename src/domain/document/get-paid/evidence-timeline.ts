import { compareDates } from "../../dates/calendar-date";
import type { Block, DocumentModel, Section } from "../document-model";
import { claimTotals } from "./claim-blocks";
import { invoiceSummary } from "./invoice-summary";
import { letterContext } from "./letter-context";
import { letterDocument } from "./letter-document";
import { recipientColumn, senderColumn } from "./letter-head";
import type { EvidenceEntry, EvidenceTimelineInput } from "./letter-input";
import { templateNotice } from "./template-notice";

/** Oldest first; entries of the same day keep the order they were recorded in. */
export function sortedEntries(entries: readonly EvidenceEntry[]): EvidenceEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => compareDates(a.entry.date, b.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * The record of an unpaid invoice for a collector, a mediator or a court: who is owed by whom,
 * the invoice facts (and the interest claimed, when there is a claim) at the top, then every
 * dated entry in date order: Date | What happened | Note.
 */
export function buildEvidenceTimeline(input: EvidenceTimelineInput): DocumentModel {
  const ctx = letterContext(input);
  const entries = sortedEntries(input.entries);
  const title = `Evidence timeline: invoice ${ctx.invoice.number}`;
  const timeline: Block =
    entries.length === 0
      ? { kind: "paragraph", text: "No entries have been recorded yet." }
      : {
          kind: "table",
          columns: [
            { header: "Date", align: "left", weight: 2 },
            { header: "What happened", align: "left", weight: 3 },
            { header: "Note", align: "left", weight: 5 },
          ],
          rows: entries.map((entry) => [ctx.date(entry.date), entry.what, entry.note]),
        };
  const sections: Section[] = [
    {
      id: "parties",
      number: "",
      heading: "",
      blocks: [
        { kind: "parties", columns: [{ ...senderColumn(ctx), role: "Owed to" }, recipientColumn(ctx, "Owed by")] },
        { kind: "facts", items: [{ term: "Prepared on", value: ctx.date(input.letterDate) }] },
      ],
    },
    {
      id: "invoice",
      number: "",
      heading: "The invoice",
      blocks: [invoiceSummary(ctx), ...(input.claim ? [claimTotals(ctx, input.claim)] : [])],
    },
    { id: "timeline", number: "", heading: "Timeline", blocks: [timeline, templateNotice("timeline")] },
  ];
  return letterDocument(ctx, {
    title,
    subtitle: `${ctx.senderName} and ${ctx.recipientName} · prepared ${ctx.date(input.letterDate)}`,
    subject: `Evidence timeline of unpaid invoice ${ctx.invoice.number} from ${ctx.senderName} to ${ctx.recipientName}: ${entries.length} ${entries.length === 1 ? "entry" : "entries"}`,
    keywords: ["evidence", "timeline", "unpaid invoice"],
    sections,
  });
}
