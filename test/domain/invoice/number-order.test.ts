import { describe, expect, it } from "vitest";
import { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";
import { type InvoiceBook, type SavedInvoice, createInvoice, newInvoiceBook, setPrefix, voidInvoice } from "../../../src/domain/invoice/invoice-book";
import { numberOrderMessage, numberOrderProblems } from "../../../src/domain/invoice/number-order";

const NOW = "2026-11-21T10:00:00.000Z";

/** A book with one invoice per issue date, numbered in the order given; a "|" switches to the INV/ series. */
function book(dates: readonly string[]): InvoiceBook {
  let current = newInvoiceBook("2026-01-01");
  dates.forEach((issueDate, i) => {
    if (issueDate === "|") {
      const moved = setPrefix(current, "INV/");
      if (!moved.ok) throw new Error(moved.message);
      current = moved.book;
      return;
    }
    const made = createInvoice(current, InvoiceDraft.parse({ issueDate, lines: [{ id: "l1" }] }), { id: `i${i}`, now: NOW });
    if (!made.ok) throw new Error(made.message);
    current = made.book;
  });
  return current;
}
const summary = (b: InvoiceBook) => numberOrderProblems(b).map((p) => [p.number, p.issueDate, p.previousNumber, p.previousIssueDate]);

describe("numberOrderProblems (France: CGI annexe II art. 242 nonies A, I-7°)", () => {
  it.each<{ name: string; dates: string[]; problems: string[][] }>([
    { name: "an empty book", dates: [], problems: [] },
    { name: "dates in number order", dates: ["2026-03-01", "2026-03-01", "2026-03-02", "2026-04-10"], problems: [] },
    {
      name: "a later number dated before an earlier one",
      dates: ["2026-03-01", "2027-03-26", "2026-11-21"],
      problems: [["2026-0003", "2026-11-21", "2026-0002", "2027-03-26"]],
    },
    {
      name: "each invoice is compared with the latest date below it, not only its neighbour",
      dates: ["2026-05-01", "2026-04-01", "2026-04-15", "2026-06-01"],
      problems: [
        ["2026-0002", "2026-04-01", "2026-0001", "2026-05-01"],
        ["2026-0003", "2026-04-15", "2026-0001", "2026-05-01"],
      ],
    },
    { name: "each series on its own", dates: ["2026-05-01", "|", "2026-01-01", "2026-02-01"], problems: [] },
    {
      name: "a problem in the second series",
      dates: ["2026-05-01", "|", "2026-02-01", "2026-01-01"],
      problems: [["INV/0002", "2026-01-01", "INV/0001", "2026-02-01"]],
    },
    { name: "a draft with no readable issue date is left out", dates: ["2026-05-01", "", "2026-05-02"], problems: [] },
  ])("$name", ({ dates, problems }) => {
    expect(summary(book(dates))).toEqual(problems);
  });

  it("void invoices are left out: neither flagged nor compared with", () => {
    const b = book(["2026-03-01", "2027-03-26", "2026-11-21"]);
    const voided = voidInvoice(b, "i1", "2026-11-21", NOW);
    if (!voided.ok) throw new Error(voided.message);
    expect(summary(voided.book)).toEqual([]);
    const flaggedVoid = voidInvoice(b, "i2", "2026-11-21", NOW);
    expect(flaggedVoid.ok && summary(flaggedVoid.book)).toEqual([]);
  });

  it("works in number order, whatever the order of the list", () => {
    const b = book(["2026-03-01", "2027-03-26", "2026-11-21"]);
    const shuffled: SavedInvoice[] = [b.invoices[2]!, b.invoices[0]!, b.invoices[1]!];
    expect(summary({ ...b, invoices: shuffled })).toEqual(summary(b));
  });
});

describe("numberOrderMessage", () => {
  const problem = { prefix: "2026-", number: "2026-0004", issueDate: "2026-11-21", previousNumber: "2026-0003", previousIssueDate: "2027-03-26" };

  it("names both invoices and their dates, and what to do", () => {
    expect(numberOrderMessage(problem)).toBe(
      "Invoice 2026-0004 is dated 21 November 2026, before 2026-0003 (26 March 2027). Some countries (France, for one) require invoice numbers to follow the order of their dates: check the dates, or void the invoice and issue it again under the next number.",
    );
  });

  it("writes dates in the locale asked for", () => {
    expect(numberOrderMessage(problem, "en-US")).toMatch(/^Invoice 2026-0004 is dated November 21, 2026, before 2026-0003 \(March 26, 2027\)\./);
  });
});
