import { describe, expect, it } from "vitest";
import { NO_TAX } from "../../../../src/domain/document/invoice/lines-table";
import { NO_VAT_NOTE, buildLateFeeInvoice } from "../../../../src/domain/document/get-paid/late-fee-invoice";
import { type SampleLocale, sampleClaim, sampleLateFeeInvoice } from "../../../fixtures/sample-letter-input";
import { allText, blocksOf, facts, section } from "./document-text";

describe("buildLateFeeInvoice: one interest line listing the periods", () => {
  const doc = buildLateFeeInvoice(sampleLateFeeInvoice());

  it("has its own number, and refers to the unpaid invoice", () => {
    expect(doc.title).toBe("Late-payment invoice 2026-0050");
    expect(doc.subtitle).toBe("£101.54 due 29 May 2027 · late payment of invoice 2026-0042");
    expect(doc.runningFooter).toBe("Lopez Design Ltd · VAT ID GB123456789");
    expect(blocksOf(doc, "facts")[0]!.items).toEqual([
      { term: "Invoice number", value: "2026-0050" },
      { term: "Issue date", value: "15 May 2027" },
      { term: "Due date", value: "29 May 2027" },
      { term: "Reference", value: "Late payment of invoice 2026-0042" },
    ]);
    expect(section(doc, "original")!.heading).toBe("Invoice 2026-0042, paid late");
    expect(facts(doc)).toMatchObject({ "Balance unpaid": "£2,000.00", "Amount invoiced": "£2,400.00" });
  });

  it("bills the interest and the compensation, with no tax column, and totals them", () => {
    const table = blocksOf(doc, "table")[0]!;
    expect(table.columns.map((c) => c.header)).toEqual(["Description", "Qty", "Unit price", "Amount"]);
    expect(table.rows).toEqual([
      [
        "Interest for late payment of invoice 2026-0042\n1 April 2027 – 10 April 2027: 10 days on £2,400.00 at 12.25% a year\n11 April 2027 – 15 May 2027: 35 days on £2,000.00 at 12.25% a year",
        "1",
        "£31.54",
        "£31.54",
      ],
      ["Fixed compensation for the cost of recovering invoice 2026-0042 (section 5A of the Act)", "1", "£70.00", "£70.00"],
    ]);
    expect(allText(doc)).not.toContain(NO_TAX);
    expect(blocksOf(doc, "totals")[0]!.rows).toEqual([{ label: "Total due", value: "£101.54", strong: true }]);
  });

  it("says why there is no VAT, naming the source", () => {
    expect(NO_VAT_NOTE).toContain("outside the scope of VAT");
    expect(NO_VAT_NOTE).toContain("case 222/81 BAZ Bausystem");
    expect(NO_VAT_NOTE).toContain("C-277/05");
    expect(blocksOf(doc, "paragraph").map((p) => p.text)).toContain(NO_VAT_NOTE);
  });

  it("names the rule, and asks for this invoice's number as the payment reference", () => {
    const text = allText(doc);
    expect(text).toContain("This invoice charges the interest and compensation for the late payment of invoice 2026-0042, under the Late Payment of Commercial Debts (Interest) Act 1998");
    expect(text).toContain("Please quote invoice 2026-0050 with your payment");
  });
});

describe("buildLateFeeInvoice: a line per interest period", () => {
  it("bills each period on its own line; the lines add up to the total", () => {
    const doc = buildLateFeeInvoice(sampleLateFeeInvoice("en-GB", { linePerSegment: true }));
    const rows = blocksOf(doc, "table")[0]!.rows;
    expect(rows.map((r) => r[3])).toEqual(["£8.05", "£23.49", "£70.00"]);
    expect(rows[0]![0]).toBe("Interest on invoice 2026-0042, 1 April 2027 – 10 April 2027: 10 days on £2,400.00 at 12.25% a year");
    expect(blocksOf(doc, "totals")[0]!.rows.at(-1)!.value).toBe("£101.54");
  });
});

describe("buildLateFeeInvoice: says only what it charges", () => {
  it.each([
    ["a late fee alone", { interestMinor: 0, segments: [], compensationMinor: 0, compensationRule: "", lateFeeMinor: 5_000, lateFeeRule: "the contract's late-fee clause" }, "This invoice charges the late fee for the late payment"],
    ["interest without compensation", { compensationMinor: 0, compensationRule: "" }, "This invoice charges the interest for the late payment"],
  ])("%s", (_name, change, sentence) => {
    const doc = buildLateFeeInvoice(sampleLateFeeInvoice("en-GB", { claim: { ...sampleClaim(), ...change } }));
    expect(allText(doc)).toContain(sentence);
    expect(doc.metadata.subject).not.toMatch(/interest and compensation/);
  });
});

describe("buildLateFeeInvoice: what is claimed", () => {
  it.each<[string, Partial<ReturnType<typeof sampleClaim>>, string[]]>([
    ["compensation only", { interestMinor: 0, segments: [] }, ["£70.00"]],
    ["interest only", { compensationMinor: 0, compensationRule: "" }, ["£31.54"]],
    ["a contract's late fee, on its own line before the compensation", { lateFeeMinor: 5_000, lateFeeRule: "the contract's late-fee clause" }, ["£31.54", "£50.00", "£70.00"]],
    ["a late fee alone", { interestMinor: 0, segments: [], compensationMinor: 0, compensationRule: "", lateFeeMinor: 5_000, lateFeeRule: "" }, ["£50.00"]],
  ])("%s", (_name, change, amounts) => {
    const doc = buildLateFeeInvoice(sampleLateFeeInvoice("en-GB", { claim: { ...sampleClaim(), ...change } }));
    expect(blocksOf(doc, "table")[0]!.rows.map((r) => r[3])).toEqual(amounts);
  });

  it.each<[SampleLocale, string]>([
    ["en-GB", "£101.54"],
    ["de-DE", "101,54\u00a0€"],
    ["fr-FR", "101,54\u00a0€"],
  ])("%s total: %s", (locale, total) => {
    expect(blocksOf(buildLateFeeInvoice(sampleLateFeeInvoice(locale)), "totals")[0]!.rows).toEqual([{ label: "Total due", value: total, strong: true }]);
  });

  it("a sender with no tax id has a plain footer", () => {
    const input = sampleLateFeeInvoice();
    const doc = buildLateFeeInvoice({ ...input, sender: { ...input.sender, taxId: "" } });
    expect(doc.runningFooter).toBe("Lopez Design Ltd");
  });
});
