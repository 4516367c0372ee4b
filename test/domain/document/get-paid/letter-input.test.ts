import { describe, expect, it } from "vitest";
import {
  DisputeResponseInput,
  FormalNoticeInput,
  LateFeeInvoiceInput,
  LetterClaim,
  LetterInvoice,
  PaymentPlanInput,
  WorkSuspensionInput,
} from "../../../../src/domain/document/get-paid/letter-input";
import {
  sampleBasics,
  sampleClaim,
  sampleDisputeResponse,
  sampleFormalNotice,
  sampleLateFeeInvoice,
  samplePaymentPlan,
  sampleWorkSuspension,
} from "../../../fixtures/sample-letter-input";

// The input schemas refuse figures that don't agree, so no letter prints sums that don't add up.

const invoice = () => sampleBasics().invoice;
const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.path.join("."));

describe("LetterInvoice", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["balance not amount less payments", { balanceMinor: 199_999 }, "balanceMinor"],
    ["negative amount", { amountMinor: -1 }, "amountMinor"],
    ["fractional minor units", { amountMinor: 100.5 }, "amountMinor"],
    ["unknown currency", { currency: "XXZ" }, "currency"],
    ["unknown number style", { numberLocale: "xx-YY" }, "numberLocale"],
    ["impossible date", { dueDate: "2027-02-30" }, "dueDate"],
  ])("refuses %s", (_name, change, path) => {
    expect(issuePaths(LetterInvoice.safeParse({ ...invoice(), ...change }))).toContain(path);
  });

  it("accepts the sample and a fully paid-off balance of zero", () => {
    expect(LetterInvoice.safeParse(invoice()).success).toBe(true);
    expect(LetterInvoice.safeParse({ ...invoice(), payments: [{ date: "2027-04-10", amountMinor: 240_000 }], balanceMinor: 0 }).success).toBe(true);
  });
});

describe("LetterClaim", () => {
  it("refuses interest that is not the sum of its segments", () => {
    expect(issuePaths(LetterClaim.safeParse({ ...sampleClaim(), interestMinor: 3_155 }))).toContain("interestMinor");
  });
  it("accepts interest without segments (a calculator that gives one figure)", () => {
    expect(LetterClaim.safeParse({ ...sampleClaim(), segments: [] }).success).toBe(true);
  });
});

describe("letter inputs", () => {
  it.each<[string, () => { success: boolean }, string]>([
    ["a final demand without a next step", () => FormalNoticeInput.safeParse({ ...sampleFormalNotice(), kind: "final-demand", nextStep: null }), "nextStep"],
    ["a deadline on the letter date", () => FormalNoticeInput.safeParse({ ...sampleFormalNotice(), deadline: "2027-05-15" }), "deadline"],
    [
      "a plan that doesn't add up to the balance",
      () => PaymentPlanInput.safeParse({ ...samplePaymentPlan(), downPayment: { dueDate: "2027-05-20", amountMinor: 49_999 } }),
      "instalments",
    ],
    [
      "instalments out of date order",
      () =>
        PaymentPlanInput.safeParse({
          ...samplePaymentPlan(),
          instalments: [
            { dueDate: "2027-07-15", amountMinor: 100_000 },
            { dueDate: "2027-06-15", amountMinor: 50_000 },
          ],
        }),
      "instalments",
    ],
    ["a plan with no instalment", () => PaymentPlanInput.safeParse({ ...samplePaymentPlan(), downPayment: { dueDate: "2027-05-20", amountMinor: 200_000 }, instalments: [] }), "instalments"],
    ["an undisputed part above the balance", () => DisputeResponseInput.safeParse({ ...sampleDisputeResponse(), undisputedMinor: 200_001 }), "undisputedMinor"],
    ["a credit above the balance", () => DisputeResponseInput.safeParse({ ...sampleDisputeResponse(), offer: "credit", creditMinor: 200_001 }), "creditMinor"],
    ["a pause before the notice", () => WorkSuspensionInput.safeParse({ ...sampleWorkSuspension(), pauseFrom: "2027-05-14" }), "pauseFrom"],
    ["a pause the contract doesn't allow yet", () => WorkSuspensionInput.safeParse({ ...sampleWorkSuspension(), allowedAfterDays: 60 }), "pauseFrom"],
    [
      "a late-fee invoice with nothing to charge",
      () => LateFeeInvoiceInput.safeParse({ ...sampleLateFeeInvoice(), claim: { ...sampleClaim(), interestMinor: 0, compensationMinor: 0, segments: [] } }),
      "claim",
    ],
  ])("refuses %s", (_name, parse, path) => {
    expect(issuePaths(parse() as never)).toContain(path);
  });

  it("the pause may start on the first day the contract allows it (more than N days overdue)", () => {
    // Due 31 March; 22 May is 52 days later.
    expect(WorkSuspensionInput.safeParse({ ...sampleWorkSuspension(), allowedAfterDays: 51 }).success).toBe(true);
    expect(WorkSuspensionInput.safeParse({ ...sampleWorkSuspension(), allowedAfterDays: 52 }).success).toBe(false);
  });
});
