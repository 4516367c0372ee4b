import { describe, expect, it } from "vitest";
import { buildEvidenceTimeline, sortedEntries } from "../../../../src/domain/document/get-paid/evidence-timeline";
import type { EvidenceEntry } from "../../../../src/domain/document/get-paid/letter-input";
import { sampleEvidenceTimeline } from "../../../fixtures/sample-letter-input";
import { allText, blocksOf, facts, section } from "./document-text";

const entry = (date: string, what: string): EvidenceEntry => ({ date, what, note: "" });

describe("sortedEntries", () => {
  it.each<[string, EvidenceEntry[], string[]]>([
    ["empty", [], []],
    ["already in order", [entry("2027-01-01", "a"), entry("2027-01-02", "b")], ["a", "b"]],
    ["reversed", [entry("2027-03-01", "c"), entry("2027-02-01", "b"), entry("2026-12-31", "a")], ["a", "b", "c"]],
    ["same day keeps the recorded order", [entry("2027-01-02", "x"), entry("2027-01-01", "first"), entry("2027-01-01", "second")], ["first", "second", "x"]],
  ])("%s", (_name, entries, order) => {
    expect(sortedEntries(entries).map((e) => e.what)).toEqual(order);
  });

  it("does not change the list it is given", () => {
    const entries = [entry("2027-02-01", "b"), entry("2027-01-01", "a")];
    sortedEntries(entries);
    expect(entries.map((e) => e.what)).toEqual(["b", "a"]);
  });
});

describe("buildEvidenceTimeline", () => {
  const doc = buildEvidenceTimeline(sampleEvidenceTimeline());

  it("puts the parties and the invoice facts at the top, with the amount now claimed", () => {
    expect(doc.title).toBe("Evidence timeline: invoice 2026-0042");
    expect(blocksOf(doc, "parties")[0]!.columns.map((c) => c.role)).toEqual(["Owed to", "Owed by"]);
    expect(facts(doc)).toMatchObject({ "Prepared on": "15 May 2027", "Invoice number": "2026-0042", "Balance unpaid": "£2,000.00", "Due date": "31 March 2027" });
    expect(blocksOf(doc, "totals")[0]!.rows.at(-1)).toEqual({ label: "Total now due", value: "£2,101.54", strong: true });
  });

  it("lists the entries by date in a table", () => {
    const table = blocksOf(doc, "table")[0]!;
    expect(table.columns.map((c) => c.header)).toEqual(["Date", "What happened", "Note"]);
    expect(table.rows).toEqual([
      ["7 April 2027", "Reminder sent", "By email"],
      ["7 April 2027", "Phone call", "Tom said the invoice was with finance."],
      ["10 April 2027", "Payment received", "Part payment by bank transfer"],
      ["21 April 2027", "Second reminder sent", "By email to accounts@acme.example"],
    ]);
    expect(doc.metadata.subject).toContain("4 entries");
  });

  it("says so when there are no entries, and leaves the claim out when there is none", () => {
    const empty = buildEvidenceTimeline(sampleEvidenceTimeline("en-GB", { entries: [], claim: null }));
    expect(blocksOf(empty, "table")).toEqual([]);
    expect(allText({ ...empty, sections: [section(empty, "timeline")!] })).toContain("No entries have been recorded yet.");
    expect(blocksOf(empty, "totals")).toEqual([]);
  });

  it("prints hostile notes literally", () => {
    const note = `"; DROP TABLE evidence; --\n<svg onload=alert(1)>`;
    const hostile = buildEvidenceTimeline(sampleEvidenceTimeline("en-GB", { entries: [{ date: "2027-04-01", what: "=1+1", note }] }));
    expect(blocksOf(hostile, "table")[0]!.rows).toEqual([["1 April 2027", "=1+1", note]]);
  });
});
