import { describe, expect, it } from "vitest";
import type { OverdueDraft } from "../../../src/domain/get-paid/overdue-draft";
import { overdueStepErrors, readOverdue } from "../../../src/domain/get-paid/read-overdue";
import { SAMPLE_TODAY, sampleOverdueDraft } from "../../fixtures/sample-overdue-draft";

function changed(change: (d: OverdueDraft) => void): OverdueDraft {
  const draft = structuredClone(sampleOverdueDraft());
  change(draft);
  return draft;
}

function errorsOf(draft: OverdueDraft, today = SAMPLE_TODAY) {
  const result = readOverdue(draft, today);
  return result.ok ? [] : result.errors.map((e) => [e.step, e.field, e.message]);
}

describe("readOverdue: the sample case", () => {
  const result = readOverdue(sampleOverdueDraft(), SAMPLE_TODAY);

  it("is valid and overdue by 19 days, with the partial payment taken off", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const c = result.overdue;
    expect(c.invoice.amount).toBe(240_000);
    expect(c.paid).toBe(40_000);
    expect(c.balance).toBe(200_000);
    expect(c.status).toBe("overdue");
    expect(c.daysOverdue).toBe(19);
    expect(c.daysUntilDue).toBe(0);
    expect(c.asOf).toBe(SAMPLE_TODAY);
    expect(c.claim).toEqual({ regime: "contract", businessClient: true, soleTrader: false, referenceRateOverrideBp: null, usState: null, lateFee: { kind: "none" } });
    expect(c.dispute).toBeNull();
    expect(c.paymentPlan).toBeNull();
  });

  it("plans for asOf when it is given instead of today", () => {
    const r = readOverdue(changed((d) => (d.asOf = "2027-05-01")), SAMPLE_TODAY);
    expect(r.ok && [r.overdue.asOf, r.overdue.daysOverdue]).toEqual(["2027-05-01", 30]);
  });
});

describe("readOverdue: not overdue, or paid, is a status, not an error", () => {
  it.each([
    { name: "due in 10 days", today: "2027-03-22", status: "not-due", daysOverdue: 0, daysUntilDue: 10, pay: [] },
    { name: "due today", today: "2027-04-01", status: "not-due", daysOverdue: 0, daysUntilDue: 0, pay: [] },
    { name: "one day late", today: "2027-04-02", status: "overdue", daysOverdue: 1, daysUntilDue: 0, pay: [] },
    { name: "paid in full by two payments", today: SAMPLE_TODAY, status: "paid", daysOverdue: 19, daysUntilDue: 0, pay: [{ id: "p1", date: "2027-04-10", amount: "400" }, { id: "p2", date: "2027-04-15", amount: "2,000.00" }] },
  ])("$name", ({ today, status, daysOverdue, daysUntilDue, pay }) => {
    const r = readOverdue(changed((d) => (d.invoice.partialPayments = pay)), today);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect([r.overdue.status, r.overdue.daysOverdue, r.overdue.daysUntilDue]).toEqual([status, daysOverdue, daysUntilDue]);
  });
});

describe("readOverdue: failure cases and their messages", () => {
  it.each([
    { name: "no amount", change: (d: OverdueDraft) => (d.invoice.amount = "  "), expected: ["invoice", "invoice.amount", "Enter the invoice amount"] },
    { name: "amount 0", change: (d: OverdueDraft) => (d.invoice.amount = "0"), expected: ["invoice", "invoice.amount", "The invoice amount must be more than 0"] },
    { name: "negative amount (U+2212)", change: (d: OverdueDraft) => (d.invoice.amount = "−500"), expected: ["invoice", "invoice.amount", "Enter an amount of 0 or more for the invoice amount"] },
    { name: "1e308", change: (d: OverdueDraft) => (d.invoice.amount = "1e308"), expected: ["invoice", "invoice.amount", "Enter the invoice amount using digits 0–9 only, for example 1,234.50"] },
    { name: "three decimals in GBP", change: (d: OverdueDraft) => (d.invoice.amount = "12.345"), expected: ["invoice", "invoice.amount", "GBP has 2 decimal places: enter the invoice amount with no more than 2, for example 1,234.50"] },
    { name: "30 February", change: (d: OverdueDraft) => (d.invoice.dueDate = "2026-02-30"), expected: ["invoice", "invoice.dueDate", "The due date must be a real day of that month"] },
    { name: "31/02/2026", change: (d: OverdueDraft) => (d.invoice.issueDate = "31/02/2026"), expected: ["invoice", "invoice.issueDate", "Enter the invoice date as a real date, for example 2027-03-12"] },
    { name: "due before issue", change: (d: OverdueDraft) => (d.invoice.dueDate = "2027-03-01"), expected: ["invoice", "invoice.dueDate", "The due date can't be before the invoice date"] },
    { name: "no invoice number", change: (d: OverdueDraft) => (d.invoice.number = "\u200b"), expected: ["invoice", "invoice.number", "Enter the invoice number, as printed on the invoice"] },
    { name: "no name", change: (d: OverdueDraft) => (d.you.name = ""), expected: ["invoice", "you.name", "Enter your name, as it should sign the messages"] },
    { name: "no client", change: (d: OverdueDraft) => Object.assign(d.client, { name: "", businessName: " " }), expected: ["invoice", "client.name", "Enter your client's name or business name"] },
    { name: "unknown currency", change: (d: OverdueDraft) => (d.invoice.currency = "XXQ"), expected: ["invoice", "invoice.currency", "Choose the currency of the invoice"] },
    { name: "payment of 0", change: (d: OverdueDraft) => (d.invoice.partialPayments[0]!.amount = "0"), expected: ["invoice", "invoice.partialPayments.p1.amount", "The amount of payment 1 must be more than 0"] },
    { name: "payment with no date", change: (d: OverdueDraft) => (d.invoice.partialPayments[0]!.date = ""), expected: ["invoice", "invoice.partialPayments.p1.date", "Enter the date of payment 1"] },
    { name: "payment after asOf", change: (d: OverdueDraft) => (d.invoice.partialPayments[0]!.date = "2027-04-21"), expected: ["invoice", "invoice.partialPayments.p1.date", "The date of payment 1 can't be after 20 April 2027, the day the plan is worked out for"] },
    { name: "payments over the amount", change: (d: OverdueDraft) => (d.invoice.partialPayments[0]!.amount = "2,400.01"), expected: ["invoice", "invoice.partialPayments", "The payments add up to £2,400.01, more than the invoice amount of £2,400.00"] },
    { name: "asOf 2026-13-01", change: (d: OverdueDraft) => (d.asOf = "2026-13-01"), expected: ["invoice", "asOf", "The date to plan for must have a month from 1 to 12"] },
    { name: "asOf year 0000", change: (d: OverdueDraft) => (d.asOf = "0000-01-01"), expected: ["invoice", "asOf", "Enter the date to plan for with a year between 1900 and 2200"] },
  ])("$name", ({ change, expected }) => {
    expect(errorsOf(changed(change))).toEqual([expected]);
  });

  it.each([
    ["a@b.com\r\nBcc: x@y.z", "Enter the e-mail address on one line: line breaks and control characters are not allowed"],
    ["a@b.com\nBcc: x@y.z", "Enter the e-mail address on one line: line breaks and control characters are not allowed"],
    ["a@b.com\u2028Bcc: x@y.z", "Enter the e-mail address on one line: line breaks and control characters are not allowed"],
    ["a@b.com?cc=x@y.z", "An e-mail address can't contain “?” or “&”"],
    ["a@b.com&bcc=x@y.z", "An e-mail address can't contain “?” or “&”"],
    ["a@b.com, x@y.z", "Enter one e-mail address only, without commas or semicolons"],
    ["a@b.com;x@y.z", "Enter one e-mail address only, without commas or semicolons"],
    ["a b@c.com", "An e-mail address can't contain spaces"],
    ["not-an-address", "Enter an e-mail address in the correct format, like name@example.com"],
    ["<script>@x.com", "Enter an e-mail address in the correct format, like name@example.com"],
  ])("refuses the client e-mail %j", (email, message) => {
    expect(errorsOf(changed((d) => (d.client.email = email)))).toEqual([["invoice", "client.email", message]]);
  });

  it("checks the payments contact's and your own e-mail the same way; empty ones are fine", () => {
    expect(errorsOf(changed((d) => (d.client.paymentsContactEmail = "x@y.z\r\nBcc: a@b.c")))[0]?.[1]).toBe("client.paymentsContactEmail");
    expect(errorsOf(changed((d) => (d.you.email = "me@x.com?subject=hi")))[0]?.[1]).toBe("you.email");
    expect(errorsOf(changed((d) => Object.assign(d.client, { email: "", paymentsContactEmail: "" })))).toEqual([]);
  });

  it("reads the contract's late-fee terms under the contract regime, with the claim's field paths", () => {
    const r = readOverdue(changed((d) => (d.claim.lateFee = { ...d.claim.lateFee, kind: "flat", flatFee: "40", graceDays: "0" })), SAMPLE_TODAY);
    expect(r.ok && r.overdue.claim.lateFee).toEqual({ kind: "flat", amount: 4_000, graceDays: 0, cap: null });
    expect(errorsOf(changed((d) => (d.claim.lateFee = { ...d.claim.lateFee, kind: "flat", flatFee: "" })))).toEqual([["interest", "claim.lateFee.flatFee", "Enter the late fee"]]);
    const statute = readOverdue(changed((d) => Object.assign(d.claim, { regime: "uk", lateFee: { kind: "flat", flatFee: "" } })), SAMPLE_TODAY);
    expect(statute.ok && statute.overdue.claim.lateFee).toBeNull();
    const override = readOverdue(changed((d) => Object.assign(d.claim, { regime: "de", referenceRateOverride: "-0.88" })), SAMPLE_TODAY);
    expect(override.ok && override.overdue.claim.referenceRateOverrideBp).toBe(-88);
    // The override is for statutes only: under the contract's terms it is not read.
    const ignored = readOverdue(changed((d) => Object.assign(d.claim, { referenceRateOverride: "four" })), SAMPLE_TODAY);
    expect(ignored.ok && ignored.overdue.claim.referenceRateOverrideBp).toBeNull();
  });

  it("keeps the first message per field and reports every section", () => {
    const d = changed((x) => {
      x.invoice.amount = "";
      x.asOf = "2026-02-30";
      Object.assign(x.claim, { regime: "uk", referenceRateOverride: "four" });
    });
    expect(overdueStepErrors(d, "interest", SAMPLE_TODAY).map((e) => e.field)).toEqual(["claim.referenceRateOverride"]);
    expect(overdueStepErrors(d, "invoice", SAMPLE_TODAY).map((e) => e.field)).toEqual(["invoice.amount", "asOf"]);
    expect(overdueStepErrors(d, "footing", SAMPLE_TODAY)).toEqual([]);
  });

  it("refuses a today that is not a date (a programming error)", () => {
    expect(() => readOverdue(sampleOverdueDraft(), "2027-02-30")).toThrow(RangeError);
  });
});

describe("readOverdue: dispute and hardship", () => {
  const dispute = (amount: string) => changed((d) => {
    d.situation = "dispute";
    d.dispute = { complaint: "The contact form doesn't send e-mails.", undisputedAmount: amount, offer: "fix", offerDetails: "" };
  });

  it("reads the undisputed part, at most the balance", () => {
    const r = readOverdue(dispute("1,500"), SAMPLE_TODAY);
    expect(r.ok && r.overdue.dispute?.undisputedAmount).toBe(150_000);
    const none = readOverdue(dispute(""), SAMPLE_TODAY);
    expect(none.ok && none.overdue.dispute?.undisputedAmount).toBeNull();
    expect(errorsOf(dispute("2,000.01"))).toEqual([["situation", "dispute.undisputedAmount", "The undisputed part can't be more than what is still owed (£2,000.00)"]]);
  });

  const hardship = (plan: Partial<OverdueDraft["paymentPlan"]>) => changed((d) => {
    d.situation = "hardship";
    d.paymentPlan = { ...d.paymentPlan, firstDate: "2027-05-01", ...plan };
  });

  it("reads the payment plan's terms", () => {
    const r = readOverdue(hardship({ downPayment: "500", instalments: "3" }), SAMPLE_TODAY);
    expect(r.ok && r.overdue.paymentPlan).toEqual({ downPayment: 50_000, count: 3, firstDate: "2027-05-01", every: "month", graceDays: 7, waiveInterestIfKept: true });
  });

  it.each([
    { plan: { instalments: "1" }, expected: ["situation", "paymentPlan.instalments", "Enter the number of instalments between 2 and 24"] },
    { plan: { instalments: "25" }, expected: ["situation", "paymentPlan.instalments", "Enter the number of instalments between 2 and 24"] },
    { plan: { instalments: "2.5" }, expected: ["situation", "paymentPlan.instalments", "Enter the number of instalments as a whole number, like 2"] },
    { plan: { downPayment: "2,000" }, expected: ["situation", "paymentPlan.downPayment", "The down payment must be less than what is still owed (£2,000.00), so something is left to pay in instalments"] },
    { plan: { downPayment: "1,999.99", instalments: "2" }, expected: ["situation", "paymentPlan.instalments", "£0.01 can't be split into 2 instalments: choose fewer"] },
    { plan: { firstDate: "2027-02-29" }, expected: ["situation", "paymentPlan.firstDate", "The date of the first instalment must be a real day of that month"] },
    { plan: { graceDays: "61" }, expected: ["situation", "paymentPlan.graceDays", "Enter the days of grace between 0 and 60"] },
  ])("refuses a plan with $plan", ({ plan, expected }) => {
    expect(errorsOf(hardship(plan))).toEqual([expected]);
  });

  it("ignores the plan and dispute answers of another situation", () => {
    const r = readOverdue(changed((d) => (d.paymentPlan.instalments = "99")), SAMPLE_TODAY);
    expect(r.ok).toBe(true);
  });
});
