import { describe, expect, it } from "vitest";
import { contractCalendar } from "../../../src/domain/calendar/contract-calendar";
import { readContract } from "../../../src/domain/contract/read-contract";
import { contractInvoiceSource } from "../../../src/domain/invoice/contract-invoice-source";
import { createInvoices, newInvoiceBook, type SavedInvoice } from "../../../src/domain/invoice/invoice-book";
import { invoicesFromContract } from "../../../src/domain/invoice/invoices-from-contract";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

const read = readContract(sampleContractDraft());
if (!read.ok) throw new Error("the sample contract must be complete");
const contract = read.contract;
const plans = invoicesFromContract(contract, { depositInvoiceDate: "2026-11-21" });

function saved(): SavedInvoice[] {
  const made = createInvoices(
    newInvoiceBook("2026-11-21"),
    plans.map((p, i) => ({ id: `i${i}`, draft: p.draft, source: contractInvoiceSource(contract, p.paymentIndex) })),
    "2026-11-21T10:00:00.000Z",
  );
  if (!made.ok) throw new Error(made.message);
  return made.invoices;
}

describe("contractCalendar", () => {
  it("has a due date per invoice and the start of each milestone's work", () => {
    const events = contractCalendar(contract, plans, saved());
    const due = events.filter((e) => e.kind === "due");
    expect(due.map((e) => [e.invoiceNumber, e.date])).toEqual(plans.map((p, i) => [`2026-000${i + 1}`, p.dueDate]));
    expect(events.filter((e) => e.kind === "work-start").map((e) => e.date)).toEqual(plans.filter((p) => p.workStarts).map((p) => p.workStarts));
  });

  it("follows a saved invoice's own dates once the user has moved them", () => {
    const list = saved();
    const moved = list.map((inv, i) => (i === 1 ? { ...inv, draft: { ...inv.draft, issueDate: "2027-04-01" } } : inv));
    const due = contractCalendar(contract, plans, moved).find((e) => e.kind === "due" && e.invoiceNumber === "2026-0002");
    expect(due?.date).toBe("2027-04-15");
  });

  it.each([
    { name: "paid", status: { kind: "paid" as const, on: "2027-03-01" }, kinds: ["work-start"] },
    { name: "void", status: { kind: "void" as const, on: "2027-03-01" }, kinds: [] },
    { name: "paid, and can't be read (the plan stands in)", status: { kind: "paid" as const, on: "2027-03-01" }, kinds: ["work-start"], broken: true },
  ])("a $name invoice gets no due or discount reminder", ({ status, kinds, broken }) => {
    const list = saved().map((inv, i) =>
      i === 1 ? { ...inv, status, draft: broken ? { ...inv.draft, issueDate: "not a date" } : inv.draft } : inv,
    );
    const events = contractCalendar(contract, plans, list);
    expect(events.filter((e) => e.invoiceNumber === "2026-0002").map((e) => e.kind)).toEqual(kinds);
    // The others keep theirs.
    expect(events.filter((e) => e.kind === "due").map((e) => e.invoiceNumber)).toEqual(
      plans.map((_, i) => `2026-000${i + 1}`).filter((n) => n !== "2026-0002"),
    );
  });

  it("falls back to the plan for an invoice that can't be read, and skips invoices of no payment", () => {
    const list = saved();
    const broken = list.map((inv, i) => (i === 1 ? { ...inv, draft: { ...inv.draft, issueDate: "not a date" } } : inv));
    const due = contractCalendar(contract, plans, broken).find((e) => e.kind === "due" && e.invoiceNumber === "2026-0002");
    expect(due?.date).toBe(plans[1]!.dueDate);
    expect(contractCalendar(contract, [], list)).toEqual([]);
  });
});
