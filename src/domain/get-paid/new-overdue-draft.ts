import { OverdueDraft } from "./overdue-draft";

/**
 * A fresh draft in a number style and currency (the browser's, like newContractDraft). The
 * claim's late fee starts at "none": only terms the client agreed to may be claimed, so the user
 * picks them. Decimal defaults are written the way the number style writes them ("1,5" in de-DE).
 */
export function newOverdueDraft(numberLocale = "en-GB", currency = "GBP"): OverdueDraft {
  const decimal = (n: number) => new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 2 }).format(n);
  return OverdueDraft.parse({
    invoice: { numberLocale, currency },
    claim: { lateFee: { kind: "none", percentPerMonth: decimal(1.5) } },
  });
}

/** True while the case holds nothing the user typed about an invoice: a preset or a saved invoice may replace it without asking. */
export function caseIsBlank(draft: OverdueDraft): boolean {
  const { invoice, client } = draft;
  return !invoice.number && !invoice.amount && !invoice.dueDate && !client.name && !client.businessName && draft.evidence.length === 0 && Object.keys(draft.steps).length === 0;
}
