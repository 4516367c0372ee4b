import { describe, expect, it } from "vitest";
import type { PlanInstalment } from "../../../../src/domain/document/get-paid/letter-input";
import { buildPaymentPlanAgreement } from "../../../../src/domain/document/get-paid/payment-plan-agreement";
import { parseMoney } from "../../../../src/domain/money/parse-money";
import { type SampleLocale, sampleClaim, samplePaymentPlan } from "../../../fixtures/sample-letter-input";
import { allText, blocksOf, notices, section } from "./document-text";

const schedule = (doc: ReturnType<typeof buildPaymentPlanAgreement>) => blocksOf(doc, "table").find((t) => t.caption === "Payment schedule")!;

describe("buildPaymentPlanAgreement: the sample (down payment and three instalments)", () => {
  const doc = buildPaymentPlanAgreement(samplePaymentPlan());
  const text = allText(doc);

  it("is titled and numbered like an agreement", () => {
    expect(doc.title).toBe("Payment plan agreement: invoice 2026-0042");
    expect(doc.subtitle).toBe("Lopez Design Ltd and Acme Ltd · 15 May 2027");
    expect(doc.sections.map((s) => [s.id, s.number])).toEqual([
      ["parties", ""],
      ["debt", "1"],
      ["schedule", "2"],
      ["missed", "3"],
      ["interest", "4"],
      ["general", "5"],
      ["signatures", ""],
    ]);
    expect(blocksOf(doc, "clause").map((c) => c.number)).toEqual(["1.1", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2"]);
  });

  it("names the parties and has the client acknowledge the debt", () => {
    expect(text).toContain("between Lopez Design Ltd (“the Freelancer”) and Acme Ltd (“the Client”)");
    expect(text).toContain("The Client owes the Freelancer £2,000.00, the unpaid balance of invoice 2026-0042, which was due on 31 March 2027. The Client accepts that this amount is owed.");
  });

  it("lists the down payment and each instalment, the total row equal to the balance", () => {
    const table = schedule(doc);
    expect(table.columns.map((c) => c.header)).toEqual(["Payment", "Due date", "Amount"]);
    expect(table.rows).toEqual([
      ["Down payment", "20 May 2027", "£500.00"],
      ["Instalment 1", "15 June 2027", "£500.00"],
      ["Instalment 2", "15 July 2027", "£500.00"],
      ["Instalment 3", "15 August 2027", "£500.00"],
    ]);
    expect(table.footer).toEqual(["Total", "", "£2,000.00"]);
    expect(text).toContain("The Client will pay a down payment of £500.00 by 20 May 2027.");
    expect(text).toContain("the rest of the balance in 3 instalments");
  });

  it("makes the whole balance due after the grace period, and waives interest only if every payment is kept", () => {
    expect(text).toContain("has not reached the Freelancer within 7 days after its due date, the whole of the balance still unpaid becomes due at once");
    expect(text).toContain("If every payment under this plan is made on time, the Freelancer waives the interest, fees and compensation");
    expect(text).toContain("(so far £31.54 in interest and £70.00 in compensation, under the Late Payment of Commercial Debts (Interest) Act 1998)");
    expect(text).toContain("If a payment is missed (see the previous section), the waiver ends");
  });

  it("ends with signature blocks for both parties and the agreement's template notice", () => {
    expect(blocksOf(doc, "signatures")[0]!.parties).toEqual([
      { role: "Freelancer", name: "Ana Lopez", business: "Lopez Design Ltd" },
      { role: "Client", name: "Tom Baker", business: "Acme Ltd" },
    ]);
    expect(notices(doc)[0]).toContain("It is not legal advice");
  });
});

describe("buildPaymentPlanAgreement: the schedule totals exactly", () => {
  // Uneven splits (a third of 2,000.00) and no down payment: the footer is the balance, and the
  // rows, read back as numbers, add up to it.
  const plans: [string, SampleLocale, PlanInstalment | null, PlanInstalment[]][] = [
    ["thirds, en-GB", "en-GB", null, [
      { dueDate: "2027-06-01", amountMinor: 66_667 },
      { dueDate: "2027-07-01", amountMinor: 66_667 },
      { dueDate: "2027-08-01", amountMinor: 66_666 },
    ]],
    ["one instalment, de-DE", "de-DE", null, [{ dueDate: "2027-06-01", amountMinor: 200_000 }]],
    ["odd cents with a down payment, fr-FR", "fr-FR", { dueDate: "2027-05-16", amountMinor: 1 }, [
      { dueDate: "2027-06-01", amountMinor: 99_999 },
      { dueDate: "2027-06-15", amountMinor: 100_000 },
    ]],
  ];
  it.each(plans)("%s", (_name, locale, downPayment, instalments) => {
    const doc = buildPaymentPlanAgreement(samplePaymentPlan(locale, { downPayment, instalments }));
    const table = schedule(doc);
    expect(table.rows).toHaveLength(instalments.length + (downPayment ? 1 : 0));
    const minor = (text: string) => {
      const parsed = parseMoney(text.replace(/[£€\s\u00a0\u202f]/g, ""), "EUR", locale);
      if (!parsed.ok) throw new Error(`unreadable amount ${text}`);
      return parsed.value;
    };
    const sum = table.rows.reduce((total, row) => total + minor(row[2]!), 0);
    expect(sum).toBe(200_000);
    expect(minor(table.footer![2]!)).toBe(200_000);
  });
});

describe("buildPaymentPlanAgreement: options", () => {
  it("a flat late fee alone: named once, and no interest said to run on", () => {
    const claim = { ...sampleClaim(), interestMinor: 0, segments: [], compensationMinor: 0, compensationRule: "", lateFeeMinor: 5_000, lateFeeRule: "the contract's late-fee clause" };
    for (const waiveInterestIfKept of [true, false]) {
      const text = allText(buildPaymentPlanAgreement(samplePaymentPlan("en-GB", { claim, waiveInterestIfKept })));
      expect(text).toContain("(so far £50.00 as a late fee, under the Late Payment of Commercial Debts (Interest) Act 1998)");
      expect(text).not.toMatch(/interest continu/i);
    }
  });

  it("without a waiver, keeps the right to interest and fees", () => {
    const text = allText(buildPaymentPlanAgreement(samplePaymentPlan("en-GB", { waiveInterestIfKept: false })));
    expect(text).toContain("This plan does not waive the interest, fees or compensation");
    expect(text).not.toContain("waiver ends");
  });

  it("with no grace, the balance falls due when a payment misses its due date", () => {
    const text = allText(buildPaymentPlanAgreement(samplePaymentPlan("en-GB", { graceDays: 0 })));
    expect(text).toContain("has not reached the Freelancer by its due date, the whole of the balance");
  });

  it("without a claim, states the waiver without figures; without payment details, has no payment clause", () => {
    const doc = buildPaymentPlanAgreement(samplePaymentPlan("en-GB", { claim: null, paymentDetails: "" }));
    const text = allText(doc);
    expect(text).toContain("waives the interest, fees and compensation for the late payment of invoice 2026-0042.");
    expect(text).not.toContain("Payments go to");
    expect(section(doc, "schedule")!.blocks.filter((b) => b.kind === "clause")).toHaveLength(3);
  });

  it("shows a hostile client name literally, in the parties and the signature block", () => {
    const hostile = "<b>Acme</b> & Co; DROP TABLE clients";
    const base = samplePaymentPlan();
    const doc = buildPaymentPlanAgreement(samplePaymentPlan("en-GB", { recipient: { ...base.recipient, businessName: hostile } }));
    expect(blocksOf(doc, "signatures")[0]!.parties[1]).toEqual({ role: "Client", name: "Tom Baker", business: hostile });
    expect(allText(doc)).toContain(`and ${hostile} (“the Client”)`);
  });
});
