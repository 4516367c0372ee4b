import { describe, expect, it } from "vitest";
import { newOverdueDraft } from "../../../src/domain/get-paid/new-overdue-draft";

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
