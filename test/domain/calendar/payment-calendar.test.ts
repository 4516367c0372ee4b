import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CalendarInvoice,
  calendarEventUid,
  calendarInvoiceFromInvoice,
  calendarInvoiceFromPlan,
  paymentCalendar,
} from "../../../src/domain/calendar/payment-calendar";
import { readContract } from "../../../src/domain/contract/read-contract";
import type { Invoice } from "../../../src/domain/invoice/invoice";
import { invoicesFromContract } from "../../../src/domain/invoice/invoices-from-contract";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

function sampleContract() {
  const result = readContract(sampleContractDraft());
  if (!result.ok) throw new Error("the sample draft should read");
  return result.contract;
}

const standalone: CalendarInvoice = {
  number: "2026-0043",
  clientName: "Acme Ltd",
  amount: 700_000,
  currency: "USD",
  locale: "en-US",
  issueDate: "2026-05-04",
  dueDate: "2026-06-03",
  earlyDiscount: { basisPoints: 200, withinDays: 10 },
  work: null,
  status: "open",
};

describe("paymentCalendar: the sample contract's invoices", () => {
  const contract = sampleContract();
  const plans = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-15" });
  const numbers = ["2027-0001", "2027-0002", "2027-0003"];
  const events = paymentCalendar(plans.map((p, i) => calendarInvoiceFromPlan(p, numbers[i]!, contract)));

  it("has every due date, every discount deadline and every milestone's start, in date order", () => {
    expect(events.map((e) => [e.date, e.kind, e.invoiceNumber])).toEqual([
      ["2027-02-22", "discount-deadline", "2027-0001"],
      ["2027-02-28", "due", "2027-0001"],
      ["2027-03-01", "work-start", "2027-0002"],
      ["2027-03-27", "work-start", "2027-0003"],
      ["2027-04-02", "discount-deadline", "2027-0002"],
      ["2027-04-09", "due", "2027-0002"],
      ["2027-06-04", "discount-deadline", "2027-0003"],
      ["2027-06-11", "due", "2027-0003"],
    ]);
  });

  it("titles name the invoice and the amount", () => {
    expect(events.map((e) => e.title)).toEqual([
      "Last day for the 2% early-payment discount on invoice 2027-0001",
      "Invoice 2027-0001 due: $3,000.00 from Acme Ltd",
      "Start work on Design approved (invoice 2027-0002, $3,333.00)",
      "Start work on Launch (invoice 2027-0003, $3,667.00)",
      "Last day for the 2% early-payment discount on invoice 2027-0002",
      "Invoice 2027-0002 due: $3,333.00 from Acme Ltd",
      "Last day for the 2% early-payment discount on invoice 2027-0003",
      "Invoice 2027-0003 due: $3,667.00 from Acme Ltd",
    ]);
  });

  it("descriptions give both figures of the discount and the due date", () => {
    expect(events[0]!.description).toBe(
      "Acme Ltd can pay $2,940.00 instead of $3,000.00 for invoice 2027-0001 if the payment is made by today. After today the full amount is due by February 28, 2027.",
    );
    expect(events[1]!.description).toBe(
      "Invoice 2027-0001 of February 15, 2027 to Acme Ltd for $3,000.00 is due today. If it has not been paid, send a friendly reminder.",
    );
    expect(events[2]!.description).toBe(
      "Work on “Design approved” for Website redesign starts today. When it is done, invoice 2027-0002 asks Acme Ltd for $3,333.00.",
    );
  });

  it("gives every event its own stable id", () => {
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids[1]).toBe("invoice-2027-0001-due@upfront");
    const again = paymentCalendar(plans.map((p, i) => calendarInvoiceFromPlan(p, numbers[i]!, contract)));
    expect(again.map((e) => e.uid)).toEqual(uids);
  });

  it("a deposit whose discount was left off has no discount deadline", () => {
    const late = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-25" });
    const kinds = paymentCalendar([calendarInvoiceFromPlan(late[0]!, "2027-0001", contract)]).map((e) => e.kind);
    expect(kinds).toEqual(["due"]);
  });
});

describe("paymentCalendar: a standalone invoice", () => {
  it("has its discount deadline and due date, no work start", () => {
    expect(paymentCalendar([standalone]).map((e) => [e.date, e.kind, e.title])).toEqual([
      ["2026-05-14", "discount-deadline", "Last day for the 2% early-payment discount on invoice 2026-0043"],
      ["2026-06-03", "due", "Invoice 2026-0043 due: $7,000.00 from Acme Ltd"],
    ]);
  });

  it.each([
    { name: "no discount", change: { earlyDiscount: null }, kinds: ["due"] },
    { name: "a discount period ending on the due date", change: { earlyDiscount: { basisPoints: 200, withinDays: 30 } }, kinds: ["due"] },
    { name: "a discount period ending after the due date", change: { earlyDiscount: { basisPoints: 200, withinDays: 45 } }, kinds: ["due"] },
    { name: "a discount period ending the day before", change: { earlyDiscount: { basisPoints: 150, withinDays: 29 } }, kinds: ["discount-deadline", "due"] },
  ])("$name", ({ change, kinds }) => {
    expect(paymentCalendar([{ ...standalone, ...change }]).map((e) => e.kind)).toEqual(kinds);
  });

  it("writes amounts in the invoice's number style: 1.234,56 € in de-DE, ¥ without decimals", () => {
    const [, due] = paymentCalendar([{ ...standalone, currency: "EUR", locale: "de-DE", amount: 123_456 }]);
    expect(due!.title).toBe("Invoice 2026-0043 due: 1.234,56\u00a0€ from Acme Ltd");
    const [, yen] = paymentCalendar([{ ...standalone, currency: "JPY", amount: 123_456 }]);
    expect(yen!.title).toBe("Invoice 2026-0043 due: ¥123,456 from Acme Ltd");
  });

  it("reads a checked invoice with its total", () => {
    const invoice = {
      number: "2026-0042",
      buyer: { name: "Minh", businessName: "", address: "", email: "", taxId: "", country: "" },
      currency: "EUR",
      locale: "fr-FR",
      issueDate: "2026-05-01",
      due: { kind: "net", days: 14, date: "2026-05-15" },
      earlyDiscount: { basisPoints: 300, withinDays: 5 },
    } as unknown as Invoice;
    expect(calendarInvoiceFromInvoice(invoice, 119_000)).toEqual({
      number: "2026-0042",
      clientName: "Minh",
      amount: 119_000,
      currency: "EUR",
      locale: "fr-FR",
      issueDate: "2026-05-01",
      dueDate: "2026-05-15",
      earlyDiscount: { basisPoints: 300, withinDays: 5 },
      work: null,
      status: "open",
    });
    expect(calendarInvoiceFromInvoice(invoice, 119_000, { kind: "paid", on: "2026-05-03" }).status).toBe("paid");
    expect(calendarInvoiceFromInvoice(invoice, 119_000, { kind: "void", on: "2026-05-03" }).status).toBe("void");
  });

  it.each([
    { status: "open" as const, kinds: ["discount-deadline", "due"] },
    { status: "paid" as const, kinds: [] },
    { status: "void" as const, kinds: [] },
  ])("a $status invoice: $kinds", ({ status, kinds }) => {
    expect(paymentCalendar([{ ...standalone, status }]).map((e) => e.kind)).toEqual(kinds);
  });

  it.each([
    { status: "open" as const, kinds: ["work-start", "discount-deadline", "due"], says: /asks Acme Ltd for \$7,000\.00/ },
    { status: "paid" as const, kinds: ["work-start"], says: /Acme Ltd has already paid invoice 2026-0043 \(\$7,000\.00\)/ },
    { status: "void" as const, kinds: [], says: null },
  ])("a milestone's $status invoice: $kinds", ({ status, kinds, says }) => {
    const milestone = { ...standalone, status, work: { name: "Design", project: "Website", starts: "2026-05-01" } };
    const events = paymentCalendar([milestone]);
    expect(events.map((e) => e.kind)).toEqual(kinds);
    if (says) expect(events[0]!.description).toMatch(says);
  });

  it("no invoices, no events", () => {
    expect(paymentCalendar([])).toEqual([]);
  });

  it("the same invoice twice gives its events once", () => {
    expect(paymentCalendar([standalone, standalone])).toHaveLength(2);
  });
});

describe("calendarEventUid", () => {
  it.each([
    ["2026-0042", "due", "invoice-2026-0042-due@upfront"],
    ["INV/2026/7", "discount-deadline", "invoice-INV_2f_2026_2f_7-discount-deadline@upfront"],
    ["Ø 1", "work-start", "invoice-_d8__20_1-work-start@upfront"],
    ["", "due", "invoice--due@upfront"],
  ] as const)("%j %s → %s", (number, kind, uid) => {
    expect(calendarEventUid(number, kind)).toBe(uid);
  });

  it("different numbers never share an id, and ids are plain ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 12 }), (a, b) => {
        fc.pre(a !== b);
        const [x, y] = [calendarEventUid(a, "due"), calendarEventUid(b, "due")];
        expect(x).not.toBe(y);
        expect(x).toMatch(/^[A-Za-z0-9_@-]+$/);
      }),
    );
  });
});
