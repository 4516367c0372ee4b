import { describe, expect, it } from "vitest";
import { readContract } from "../../src/domain/contract/read-contract";
import { formatDate } from "../../src/domain/dates/calendar-date";
import { buildInvoiceDocument } from "../../src/domain/document/build-invoice-document";
import { invoiceTotals } from "../../src/domain/invoice/invoice-totals";
import { invoicesFromContract } from "../../src/domain/invoice/invoices-from-contract";
import { readInvoice } from "../../src/domain/invoice/read-invoice";
import { formatMoney } from "../../src/domain/money/format-money";
import { lateFeeClause } from "../../src/domain/terms/late-fee-wording";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { readPdf, squash } from "./support/pdf-text";
import { renderDocumentPdfNode } from "./support/render-document-pdf-node";

// A contract's invoice schedule as PDFs: each invoice carries the schedule's amount, its dates and
// the contract's own late-fee and discount terms, read back from the file.

const read = readContract(sampleContractDraft());
if (!read.ok) throw new Error("the sample contract must be complete");
const contract = read.contract;
const plans = invoicesFromContract(contract, { depositInvoiceDate: "2026-11-21" });
const money = (minor: number) => formatMoney(minor, contract.currency, contract.locale);
const date = (d: string) => formatDate(d, "en-US");

describe("the invoices of a contract, as PDFs", () => {
  it.each(plans.map((plan, i) => [plan.name, plan, i] as const))("%s", async (_, plan, i) => {
    const number = `2026-000${i + 1}`;
    const result = readInvoice(plan.draft, number);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { invoice } = result;
    const totals = invoiceTotals(invoice);
    expect(totals.total).toBe(contract.schedule.payments[i]!.amount);

    const pdf = await readPdf(await renderDocumentPdfNode(buildInvoiceDocument(invoice, totals, { kind: "open" }, { today: "2026-11-21" })));
    const text = squash(pdf.pages.join("\n"));
    const has = (s: string) => expect(text).toContain(squash(s));
    has(`Invoice ${number}`);
    has(`Total due ${money(plan.amount)}`);
    has(date(plan.issueDate));
    has(date(plan.dueDate));
    // The same late-fee words as the contract, for this invoice's due date.
    has(lateFeeClause(contract.lateFee, { currency: contract.currency, locale: contract.locale, dueDate: date(plan.dueDate) }).slice(40, 160));
    if (plan.earlyDiscount) has(`or ${money(plan.amount)} by ${date(plan.dueDate)}`);
    expect(pdf.metadata.title).toBe(`Invoice ${number}`);
  });
});
