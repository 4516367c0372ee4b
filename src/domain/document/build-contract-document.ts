import type { Contract } from "../contract/contract";
import { formatDate } from "../dates/calendar-date";
import type { DocumentModel, Section } from "./document-model";
import { buildSection, contractOutline, isNumberedSection } from "./contract/contract-outline";
import { contractContext } from "./contract/contract-context";
import { documentDateLocale } from "../dates/document-date-locale";
import type { SectionDraft } from "./contract/section-draft";
import { displayName } from "../text/display-name";

/**
 * The contract as a document: a pure function of the checked contract, read top to bottom.
 * The HTML preview and the PDF both render what this returns, so the wording exists once.
 * `prepared` is the calendar date printed as the date the document was prepared.
 */
export function buildContractDocument(contract: Contract, prepared: string): DocumentModel {
  const ids = contractOutline(contract);
  const ctx = contractContext(contract, ids.filter(isNumberedSection));
  const drafts: SectionDraft[] = ids.map((id) => buildSection(id, ctx));
  const sections = numberSections(drafts);
  const you = displayName(contract.you);
  const client = displayName(contract.client);
  const title = "Services agreement";
  return {
    title,
    subtitle: `${contract.scope.title} · ${you} and ${client} · prepared ${formatDate(prepared, documentDateLocale(contract.locale))}`,
    runningHeader: `${title}: ${contract.scope.title}`,
    runningFooter: `${you} and ${client}`,
    sections,
    metadata: {
      title: `${title}: ${contract.scope.title}`,
      author: you,
      subject: `Services agreement between ${you} and ${client} for ${contract.scope.title}`,
      keywords: "services agreement, contract, deposit, milestones, payment schedule",
      language: "en",
      creator: "Upfront",
    },
  };
}

function numberSections(drafts: SectionDraft[]): Section[] {
  let n = 0;
  return drafts.map((d) => {
    const number = isNumberedSection(d.id) ? String(++n) : "";
    let clauseNo = 0;
    return {
      id: d.id,
      number,
      heading: d.heading,
      blocks: d.blocks.map((b) => (b.kind === "clause" && !("number" in b) ? { kind: "clause", number: `${number}.${++clauseNo}`, text: b.text } : b)),
    } as Section;
  });
}
