import { describe, expect, it } from "vitest";
import { readContract } from "../../../src/domain/contract/read-contract";
import { changedSinceCreated, savedForContract, upcomingNumbers } from "../../../src/domain/invoice/contract-invoice-set";
import { contractInvoiceSource } from "../../../src/domain/invoice/contract-invoice-source";
import { createInvoices, newInvoiceBook, setPrefix, voidInvoice, type InvoiceBook, type SavedInvoice } from "../../../src/domain/invoice/invoice-book";
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

describe("changedSinceCreated: what no longer matches the contract", () => {
  const TODAY = "2026-11-21";
  const saved = () => savedForContract(withSet(newInvoiceBook("2026-11-21"), ["a", "b", "c"]), contract);
  const edit = (list: SavedInvoice[], index: number, change: (inv: SavedInvoice) => SavedInvoice) => list.map((inv, i) => (i === index ? change(inv) : inv));
  const price = (inv: SavedInvoice, unitPrice: string, taxRate = "") => ({ ...inv, draft: { ...inv.draft, lines: [{ ...inv.draft.lines[0]!, unitPrice, taxRate }] } });

  it("the set as made: nothing", () => {
    expect(plans).toHaveLength(3);
    expect(changedSinceCreated(saved(), plans, TODAY)).toEqual([]);
  });

  it("VAT added since is not a change: amounts are compared before tax", () => {
    expect(changedSinceCreated(edit(saved(), 1, (inv) => price(inv, inv.draft.lines[0]!.unitPrice, "20")), plans, TODAY)).toEqual([]);
  });

  it.each<{ name: string; list: () => SavedInvoice[]; plans: () => typeof plans; messages: RegExp[] }>([
    {
      name: "an amount changed in the invoice",
      list: () => edit(saved(), 1, (inv) => price(inv, "1")),
      plans: () => plans,
      messages: [/^Invoice 2026-0002 \(.+\) is for \$1\.00 before tax; the contract now says \$[\d,]+\.\d\d\.$/],
    },
    {
      name: "an amount changed in the contract",
      list: saved,
      plans: () => plans.map((p, i) => (i === 2 ? { ...p, amount: p.amount + 1 } : p)),
      messages: [/^Invoice 2026-0003 \(.+\) is for \$[\d,.]+ before tax; the contract now says \$[\d,.]+\.$/],
    },
    {
      name: "a payment without an invoice",
      list: () => saved().slice(0, 2),
      plans: () => plans,
      messages: [new RegExp(`^${plans[2]!.name} has no invoice yet\\.$`)],
    },
    {
      name: "an invoice for a payment the contract no longer has",
      list: saved,
      plans: () => plans.slice(0, 2),
      messages: [/^Invoice 2026-0003 is for a payment the contract no longer has\.$/],
    },
    {
      name: "an invoice that can't be read is not compared",
      list: () => edit(saved(), 1, (inv) => ({ ...inv, draft: { ...inv.draft, issueDate: "not a date" } })),
      plans: () => plans,
      messages: [],
    },
  ])("$name", ({ list, plans: planned, messages }) => {
    const found = changedSinceCreated(list(), planned(), TODAY);
    expect(found).toHaveLength(messages.length);
    found.forEach((text, i) => expect(text).toMatch(messages[i]!));
  });
});
