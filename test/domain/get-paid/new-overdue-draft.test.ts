import { describe, expect, it } from "vitest";
import { caseIsBlank, newOverdueDraft } from "../../../src/domain/get-paid/new-overdue-draft";

describe("newOverdueDraft", () => {
  it.each([
    ["en-GB", "GBP", "1.5"],
    ["de-DE", "EUR", "1,5"],
    ["en-US", "USD", "1.5"],
  ])("%s %s: the number style and currency, no late fee claimed yet", (locale, currency, monthly) => {
    const d = newOverdueDraft(locale, currency);
    expect([d.invoice.numberLocale, d.invoice.currency, d.claim.lateFee.kind, d.claim.lateFee.percentPerMonth]).toEqual([locale, currency, "none", monthly]);
    expect([d.situation, d.asOf, d.steps, d.evidence]).toEqual(["silent", "", {}, []]);
  });
});

describe("caseIsBlank", () => {
  const blank = newOverdueDraft("en-GB", "GBP");
  it("a new case is blank, whatever its situation or claim rule", () => {
    expect(caseIsBlank(blank)).toBe(true);
    expect(caseIsBlank({ ...blank, situation: "dispute", claim: { ...blank.claim, regime: "uk" } })).toBe(true);
  });
  it.each([
    ["an invoice number", { ...blank, invoice: { ...blank.invoice, number: "2027-0001" } }],
    ["an amount", { ...blank, invoice: { ...blank.invoice, amount: "10" } }],
    ["a client", { ...blank, client: { ...blank.client, businessName: "Acme" } }],
    ["a step marked", { ...blank, steps: { "day-1-reminder": { state: "sent" as const, on: "2027-04-02" } } }],
    ["an evidence entry", { ...blank, evidence: [{ id: "e1", date: "2027-04-02", kind: "call" as const, note: "", stepId: "" }] }],
  ])("not blank with %s", (_what, draft) => {
    expect(caseIsBlank(draft)).toBe(false);
  });
});
