import { describe, expect, it } from "vitest";
import { readContract } from "../../../src/domain/contract/read-contract";
import { contractInvoiceSource, savedForContract, upcomingNumbers } from "../../../src/domain/invoice/contract-invoice-set";
import { createInvoices, newInvoiceBook, setPrefix, voidInvoice, type InvoiceBook } from "../../../src/domain/invoice/invoice-book";
import { invoicesFromContract } from "../../../src/domain/invoice/invoices-from-contract";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

const NOW = "2026-11-21T10:00:00.000Z";
const read = readContract(sampleContractDraft());
if (!read.ok) throw new Error("the sample contract must be complete");
const contract = read.contract;
const plans = invoicesFromContract(contract, { depositInvoiceDate: "2026-11-21" });

function withSet(book: InvoiceBook, ids: string[], now = NOW): InvoiceBook {
  const made = createInvoices(book, plans.map((p, i) => ({ id: ids[i]!, draft: p.draft, source: contractInvoiceSource(contract, p.paymentIndex) })), now);
  if (!made.ok) throw new Error(made.message);
  return made.book;
}

describe("upcomingNumbers", () => {
  it.each([
    [0, []],
    [1, ["2026-0001"]],
    [3, ["2026-0001", "2026-0002", "2026-0003"]],
  ])("%i numbers from an empty book", (count, expected) => {
    expect(upcomingNumbers(newInvoiceBook("2026-11-21"), count)).toEqual(expected);
  });

  it("continues the series and follows a chosen start", () => {
    const started = setPrefix(newInvoiceBook("2026-11-21"), "INV/", 42);
    if (!started.ok) throw new Error(started.message);
    expect(upcomingNumbers(started.book, 2)).toEqual(["INV/0042", "INV/0043"]);
    expect(upcomingNumbers(withSet(newInvoiceBook("2026-11-21"), ["a", "b", "c"]), 1)).toEqual(["2026-0004"]);
  });
});

describe("savedForContract", () => {
  it("finds the contract's invoices in payment order, and nothing for another contract", () => {
    const book = withSet(newInvoiceBook("2026-11-21"), ["a", "b", "c"]);
    expect(savedForContract(book, contract).map((i) => [i.number, i.source?.paymentIndex])).toEqual([
      ["2026-0001", 0],
      ["2026-0002", 1],
      ["2026-0003", 2],
    ]);
    const other = { ...contract, scope: { ...contract.scope, title: "Another project" } };
    expect(savedForContract(book, other)).toEqual([]);
    const otherClient = { ...contract, client: { ...contract.client, businessName: "Other Ltd" } };
    expect(savedForContract(book, otherClient)).toEqual([]);
  });

  it("leaves out void invoices and takes the newest of a set made twice", () => {
    let book = withSet(newInvoiceBook("2026-11-21"), ["a", "b", "c"]);
    const voided = voidInvoice(book, "a", "2026-11-22", NOW);
    if (!voided.ok) throw new Error(voided.message);
    book = voided.book;
    expect(savedForContract(book, contract).map((i) => i.number)).toEqual(["2026-0002", "2026-0003"]);
    book = withSet(book, ["d", "e", "f"], "2026-11-23T10:00:00.000Z");
    expect(savedForContract(book, contract).map((i) => i.number)).toEqual(["2026-0004", "2026-0005", "2026-0006"]);
  });

  it("follows the contract's id: a renamed client keeps its invoices, another contract of the same name has none", () => {
    const withId = { ...contract, id: "contract-1" };
    const made = createInvoices(
      newInvoiceBook("2026-11-21"),
      plans.map((p, i) => ({ id: `x${i}`, draft: p.draft, source: contractInvoiceSource(withId, p.paymentIndex) })),
      NOW,
    );
    if (!made.ok) throw new Error(made.message);
    const renamed = { ...withId, client: { ...withId.client, businessName: "Acme Limited" } };
    expect(savedForContract(made.book, renamed)).toHaveLength(plans.length);
    expect(savedForContract(made.book, { ...withId, id: "contract-2" })).toEqual([]);
  });

  it("invoices made before contracts had ids are still found by project and client", () => {
    const book = withSet(newInvoiceBook("2026-11-21"), ["a", "b", "c"]);
    expect(savedForContract(book, { ...contract, id: "contract-1" })).toHaveLength(plans.length);
  });
});
