import { describe, expect, it } from "vitest";
import { escalationPlan, type PlanStep } from "../../../src/domain/get-paid/escalation-plan";
import { prefilledMessage, stepMessage } from "../../../src/domain/get-paid/messages";
import type { OverdueCase } from "../../../src/domain/get-paid/overdue-case";
import { overdueCase } from "../../support/overdue-case";

const stepOf = (c: OverdueCase, id: string): PlanStep => {
  const step = escalationPlan(c).steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};
const message = (c: OverdueCase, id: string, ctx = {}) => prefilledMessage(stepOf(c, id), c, ctx)!;

describe("prefilledMessage: the silent sequence", () => {
  const c = overdueCase();
  const ids = ["day-1-reminder", "day-7-follow-up", "day-14-payments-contact", "day-21-formal-notice", "final-demand"];

  it.each(ids)("%s names the invoice, the amount owed, the due date, the days late, how to pay and the user", (id) => {
    const m = message(c, id);
    expect(m.subject).toContain("UF-0042");
    for (const part of ["UF-0042", "£2,000.00", "1 April 2027", "days overdue", "sort code 12-34-56", "Zoë Łukasiewicz"]) expect(m.body).toContain(part);
    expect(m.body).not.toMatch(/[<>*_#]|undefined|NaN/);
  });

  it("the tone goes from friendly to formal", () => {
    expect(message(c, "day-1-reminder").body).toMatch(/^Hello Nguyễn Thị Minh,\n\nA quick reminder about invoice UF-0042 \(Website redesign, milestone 2\): £2,000.00 was due on 1 April 2027 and is now 19 days overdue\./);
    expect(message(c, "day-1-reminder").body).toContain("Best wishes,");
    expect(message(c, "day-21-formal-notice").body).toMatch(/^Dear Nguyễn Thị Minh,/);
    expect(message(c, "day-21-formal-notice").body).toContain("Yours sincerely,");
  });

  it("the day-7 follow-up asks for a payment date", () => {
    expect(message(c, "day-7-follow-up").body).toContain("Please let me know by return the date on which you will pay.");
  });

  it("the day-14 message is addressed to the payments contact, with the client in copy", () => {
    const step = stepOf(c, "day-14-payments-contact");
    const m = stepMessage(step, c)!;
    expect(m.body).toMatch(/^Hello Sam Patel,/);
    expect([m.to, m.cc]).toEqual(["accounts@acme.example", ["minh@acme.example"]]);
    const noContact = overdueCase((d) => Object.assign(d.client, { paymentsContactName: "", paymentsContactEmail: "" }));
    const m2 = stepMessage(stepOf(noContact, "day-14-payments-contact"), noContact)!;
    expect([m2.to, m2.cc, m2.body.split("\n")[0]]).toEqual(["minh@acme.example", [], "Hello,"]);
  });

  it("the formal notice names the deadline, the claim text and only the facts the footing supports", () => {
    const m = message(c, "day-21-formal-notice", { claimText: "You also owe interest of £12.00 under our contract." });
    expect(m.body).toContain("Please pay £2,000.00 by 6 May 2027.");
    expect(m.body).toContain("You also owe interest of £12.00 under our contract.");
    expect(m.body).toContain("The work was agreed in writing and delivered in full, and you accepted it in writing.");
    const noAcceptance = overdueCase((d) => Object.assign(d.footing, { accepted: "no", delivered: "partly" }));
    const body = message(noAcceptance, "day-21-formal-notice").body;
    expect(body).not.toMatch(/accepted|delivered/);
    expect(body).toContain("The work was agreed in writing.");
  });

  it("nothing paid yet: no line about payments so far", () => {
    const unpaid = overdueCase((d) => (d.invoice.partialPayments = []));
    expect(message(unpaid, "day-1-reminder").body).not.toContain("paid so far");
    expect(message(unpaid, "day-1-reminder").subject).toBe("Friendly reminder: invoice UF-0042 (£2,400.00)");
  });

  it("no payment details: points to the invoice", () => {
    const plain = overdueCase((d) => (d.invoice.howToPay = ""));
    expect(message(plain, "day-1-reminder").body).toContain("You can pay using the payment details on the invoice.");
  });

  it("options have no message", () => {
    expect(prefilledMessage(stepOf(c, "small-claims"), c)).toBeNull();
    expect(stepMessage(stepOf(c, "lawyer"), c)).toBeNull();
  });

  it("the work-suspension notice", () => {
    const plan = escalationPlan(c, { pauseWorkAfterDays: 14 });
    const step = plan.steps.find((s) => s.id === "pause-work")!;
    expect(prefilledMessage(step, c, { pauseWorkAfterDays: 14 })!.body).toContain("Our contract allows me to pause work while an invoice is more than 14 days overdue, so I am pausing work from 15 April 2027.");
  });

  it("formats money in the invoice's currency and number style", () => {
    const de = overdueCase((d) => Object.assign(d.invoice, { currency: "EUR", numberLocale: "de-DE", amount: "2.400,00", partialPayments: [] }));
    expect(message(de, "day-1-reminder").body).toMatch(/2\.400,00\s€ was due/u);
  });
});

describe("stepMessage: the user's edits", () => {
  const c = overdueCase();
  const step = stepOf(c, "day-1-reminder");

  it("replace the prefilled subject and body field by field; empty fields keep the prefilled text", () => {
    const edited = stepMessage(step, c, { "day-1-reminder": { subject: "", body: "Hi Minh,\r\nAny news?\u202e" } })!;
    expect(edited.subject).toBe(prefilledMessage(step, c)!.subject);
    expect(edited.body).toBe("Hi Minh,\nAny news?");
    expect(edited.edited).toBe(true);
    const untouched = stepMessage(step, c, { "other-step": { subject: "x", body: "y" } })!;
    expect(untouched.edited).toBe(false);
    expect(stepMessage(step, c, { "day-1-reminder": { subject: "Invoice\r\nBcc: x@y.z", body: "" } })!.subject).toBe("Invoice Bcc: x@y.z");
  });
});

describe("prefilledMessage: dispute and hardship", () => {
  const dispute = overdueCase((d) => {
    d.situation = "dispute";
    d.dispute = { complaint: "The contact form doesn't send e-mails.", undisputedAmount: "1,500", offer: "fix", offerDetails: "I will repair the contact form within 5 working days." };
  });

  it("asks what is wrong, quoting the complaint", () => {
    expect(message(dispute, "dispute-ask").body).toContain("You mentioned: “The contact form doesn't send e-mails.”");
    expect(message(dispute, "dispute-ask").body).toContain("exactly what is wrong or missing");
  });

  it("proposes paying the undisputed part now", () => {
    expect(message(dispute, "dispute-undisputed").body).toContain("I propose that you pay £1,500.00 now and settle the remaining £500.00 once the points you raised are resolved.");
    expect(message(dispute, "undisputed-reminder").body).toContain("£1,500.00 was due on 1 April 2027");
  });

  it("the response restates the facts and the offer", () => {
    const body = message(dispute, "dispute-response").body;
    expect(body).toContain("The work was agreed in writing and delivered in full, and you accepted it in writing.");
    expect(body).toContain("I will put right what is genuinely missing: I will repair the contact form within 5 working days.");
  });

  it("the hardship offer proposes the plan, and instalment reminders name the instalment", () => {
    const hardship = overdueCase((d) => {
      d.situation = "hardship";
      d.paymentPlan = { ...d.paymentPlan, instalments: "7", firstDate: "2027-05-31" };
      d.invoice.partialPayments = [{ id: "p1", date: "2027-04-10", amount: "2,300" }];
    });
    const offer = message(hardship, "plan-offer", { waivedText: "the late fee of £40.00" }).body;
    expect(offer).toContain("The balance of £100.00 on invoice UF-0042 is paid in 6 instalments of £14.28 and a last one of £14.32, every month from 31 May 2027 to 30 November 2027.");
    expect(offer).toContain("If every instalment is paid on time, the late fee of £40.00 will be waived.");
    const reminder = message(hardship, "instalment-7-reminder");
    expect(reminder.subject).toBe("Instalment 7 of 7 for invoice UF-0042: £14.32 due on 30 November 2027");
  });
});
