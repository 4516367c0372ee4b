import { describe, expect, it } from "vitest";
import type { ContractDraft } from "../../../src/domain/contract/contract-draft";
import { CONTRACT_STEPS, type ContractStepId } from "../../../src/domain/contract/contract-steps";
import { newContractDraft } from "../../../src/domain/contract/new-contract-draft";
import { readContract, stepErrors } from "../../../src/domain/contract/read-contract";
import { formatMoney } from "../../../src/domain/money/format-money";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

/** The fixture with one change made to a deep copy. */
function changed(change: (d: ContractDraft) => void): ContractDraft {
  const draft = structuredClone(sampleContractDraft());
  change(draft);
  return draft;
}

const milestone = (i: number, fields: Partial<ContractDraft["payment"]["milestones"][number]>) => (d: ContractDraft) => {
  Object.assign(d.payment.milestones[i]!, fields);
};

const threeTiers = (d: ContractDraft) => {
  d.price.model = "tiers";
  d.price.tiers = [
    { id: "t1", name: "Good", price: "6,000", includes: "Design\nBuild" },
    { id: "t2", name: "Better", price: "10,000", includes: "Design\nBuild\nSEO" },
    { id: "t3", name: "Best", price: "15,000", includes: "Everything" },
  ];
  d.price.chosenTierId = "t2";
};

describe("readContract: the sample draft", () => {
  const result = readContract(sampleContractDraft());

  it("is valid", () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("schedules 3,000.00 / 3,333.00 / 3,667.00 = 10,000.00", () => {
    if (!result.ok) throw new Error("sample draft should be valid");
    const { contract } = result;
    expect(contract.total).toBe(1_000_000);
    expect(contract.schedule.payments.map((p) => p.amount)).toEqual([300_000, 333_300, 366_700]);
    expect(contract.schedule.payments.map((p) => formatMoney(p.amount, "USD", "en-US"))).toEqual(["$3,000.00", "$3,333.00", "$3,667.00"]);
    expect(contract.schedule.payments.reduce((a, p) => a + p.amount, 0)).toBe(contract.total);
    expect(contract.schedule.payments.map((p) => p.basisPoints)).toEqual([3_000, 3_333, 3_667]);
    expect(contract.schedule.roundedUp).toEqual([]);
  });

  it("reads every answer into checked values", () => {
    if (!result.ok) throw new Error("sample draft should be valid");
    const { contract } = result;
    expect(contract.you.name).toBe("Zoë Łukasiewicz");
    expect(contract.client.name).toBe("Nguyễn Thị Minh");
    expect(contract.law).toEqual({ kind: "us-state", state: "NY" });
    expect(contract.price).toEqual({ model: "fixed", fee: 1_000_000 });
    expect(contract.scope.exclusions).toEqual(["Copywriting", "Hosting fees", "Photography"]);
    expect(contract.scope.extraRoundRate).toBe(45_000);
    expect(contract.schedule.payments.map((p) => p.due)).toEqual([
      { kind: "before-start", date: "2027-03-01" },
      { kind: "acceptance", deliverable: "Design concepts", expectedDate: "2027-03-26" },
      { kind: "date", date: "2027-05-28" },
    ]);
    expect(contract.netDays).toBe(14);
    expect(contract.paymentMethods).toEqual(["bank transfer", "card payment"]);
    expect(contract.lateFee).toEqual({ kind: "percent-per-month", basisPoints: 150, graceDays: 7, cap: { basisPoints: 1_000 } });
    expect(contract.discount).toEqual({ basisPoints: 200, withinDays: 7 });
    expect(contract.protections.killFee).toEqual({ mode: "percent-of-remaining", basisPoints: 2_500 });
  });

  it.each(CONTRACT_STEPS.map((s) => s.id))("has no errors on the %s step", (step) => {
    expect(stepErrors(sampleContractDraft(), step)).toEqual([]);
  });
});

describe("readContract: other valid answers", () => {
  it.each([
    {
      name: "de-DE number style in EUR",
      change: (d: ContractDraft) => {
        d.numberLocale = "de-DE";
        d.currency = "EUR";
        d.price.fixedFee = "10.000,00";
        d.scope.extraRoundRate = "450,00";
        d.payment.milestones[0]!.shareValue = "33,33";
        d.payment.milestones[1]!.shareValue = "36,67";
        d.lateFee.percentPerMonth = "1,5";
      },
      total: 1_000_000,
    },
    { name: "a 'rest' milestone", change: milestone(1, { shareMode: "rest", shareValue: "" }), total: 1_000_000 },
    { name: "fixed amounts", change: (d: ContractDraft) => { d.payment.depositMode = "amount"; d.payment.depositValue = "2,500"; milestone(0, { shareMode: "amount", shareValue: "3,500" })(d); milestone(1, { shareMode: "rest" })(d); }, total: 1_000_000 },
    { name: "the whole fee as a deposit, no milestones", change: (d: ContractDraft) => { d.payment.depositValue = "100"; d.payment.milestones = []; }, total: 1_000_000 },
    { name: "hourly, 80.5 hours at 120.00", change: (d: ContractDraft) => { d.price.model = "hourly"; d.price.hourlyRate = "120"; d.price.estimatedHours = "80.5"; }, total: 966_000 },
    { name: "three options, the second chosen", change: threeTiers, total: 1_000_000 },
    { name: "UK law", change: (d: ContractDraft) => { d.law.kind = "uk"; d.law.ukJurisdiction = "scotland"; }, total: 1_000_000 },
    { name: "EU law", change: (d: ContractDraft) => { d.law.kind = "eu"; d.law.euCountry = "DE"; }, total: 1_000_000 },
    { name: "other law", change: (d: ContractDraft) => { d.law.kind = "other"; d.law.otherName = "Ontario, Canada"; }, total: 1_000_000 },
    { name: "no late fee and no discount", change: (d: ContractDraft) => { d.lateFee.kind = "none"; d.discount.enabled = false; }, total: 1_000_000 },
    { name: "every protection off", change: (d: ContractDraft) => { for (const p of Object.values(d.protections)) p.enabled = false; }, total: 1_000_000 },
    { name: "#17 a start date in the past (a warning, not an error)", change: (d: ContractDraft) => { d.startDate = "2020-01-06"; }, total: 1_000_000 },
    { name: "start and end on the same day", change: (d: ContractDraft) => { d.endDate = "2027-03-01"; milestone(0, { dueKind: "date", dueDate: "2027-03-01" })(d); milestone(1, { dueDate: "2027-03-01" })(d); }, total: 1_000_000 },
    { name: "#12 Arabic-Indic digits in the fee", change: (d: ContractDraft) => { d.price.fixedFee = "١٠٠٠٠"; }, total: 1_000_000 },
    { name: "#3 a currency sign and spaces in the fee", change: (d: ContractDraft) => { d.price.fixedFee = " $10,000.00\u00a0"; }, total: 1_000_000 },
  ])("$name", ({ change, total }) => {
    const result = readContract(changed(change));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) {
      expect(result.contract.total).toBe(total);
      expect(result.contract.schedule.payments.reduce((a, p) => a + p.amount, 0)).toBe(total);
    }
  });

  it("#29 #30 cleans names: bidi controls and zero-width characters are removed", () => {
    const result = readContract(changed((d) => { d.client.name = "  Nguyễn\u202E Thị\u200B Minh \t"; }));
    expect(result.ok && result.contract.client.name).toBe("Nguyễn Thị Minh");
  });

  it("#16 says which payment took the rounding", () => {
    const result = readContract(changed((d) => { d.price.fixedFee = "1,000.01"; }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const amounts = result.contract.schedule.payments.map((p) => p.amount);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(100_001);
    expect(amounts).toEqual([30_000, 33_330, 36_671]);
    expect(result.contract.schedule.roundedUp).toEqual([2]);
  });
});

type Case = { name: string; change: (d: ContractDraft) => void; step: ContractStepId; field: string; message: string };

const cases: Case[] = [
  // Parties
  { name: "your name missing", change: (d) => { d.you.name = "  "; }, step: "parties", field: "you.name", message: "Enter your full name" },
  { name: "client name missing", change: (d) => { d.client.name = ""; }, step: "parties", field: "client.name", message: "Enter your client's full name" },
  { name: "#29 a name of bidi controls only", change: (d) => { d.client.name = "\u202E\u2066\u2069"; }, step: "parties", field: "client.name", message: "Enter your client's full name" },
  { name: "your address missing", change: (d) => { d.you.address = "\n\n"; }, step: "parties", field: "you.address", message: "Enter your postal address" },
  { name: "client address missing", change: (d) => { d.client.address = ""; }, step: "parties", field: "client.address", message: "Enter your client's postal address" },
  { name: "your email missing", change: (d) => { d.you.email = ""; }, step: "parties", field: "you.email", message: "Enter your email address" },
  { name: "client email missing", change: (d) => { d.client.email = ""; }, step: "parties", field: "client.email", message: "Enter your client's email address" },
  { name: "a bad email", change: (d) => { d.client.email = "minh at acme"; }, step: "parties", field: "client.email", message: "like name@example.com" },
  { name: "#35 an email with a CR/LF header", change: (d) => { d.client.email = "a@b.com\r\nBcc: x@y.z"; }, step: "parties", field: "client.email", message: "correct format" },
  { name: "#35 an email with a query", change: (d) => { d.you.email = "a@b.com?cc=x@y.z"; }, step: "parties", field: "you.email", message: "correct format" },
  { name: "#33 markup in a tax number", change: (d) => { d.client.taxId = "<script>"; }, step: "parties", field: "client.taxId", message: "letters, numbers, spaces" },
  { name: "US state missing", change: (d) => { d.law.usState = ""; }, step: "parties", field: "law.usState", message: "Choose the state" },
  { name: "US state unknown", change: (d) => { d.law.usState = "XX"; }, step: "parties", field: "law.usState", message: "Choose the state" },
  { name: "EU country missing", change: (d) => { d.law.kind = "eu"; d.law.euCountry = ""; }, step: "parties", field: "law.euCountry", message: "Choose the EU country" },
  { name: "EU country outside the EU", change: (d) => { d.law.kind = "eu"; d.law.euCountry = "CH"; }, step: "parties", field: "law.euCountry", message: "Choose the EU country" },
  { name: "other law without a name", change: (d) => { d.law.kind = "other"; d.law.otherName = " "; }, step: "parties", field: "law.otherName", message: "Enter the country or state" },
  { name: "an unknown currency", change: (d) => { d.currency = "ZZZ"; }, step: "parties", field: "currency", message: "Choose the currency" },
  { name: "a number style not offered", change: (d) => { d.numberLocale = "en-IN"; }, step: "parties", field: "numberLocale", message: "Choose how numbers are written" },
  // Scope
  { name: "project title missing", change: (d) => { d.scope.title = ""; }, step: "scope", field: "scope.title", message: "Enter a project title" },
  { name: "summary missing", change: (d) => { d.scope.summary = "   "; }, step: "scope", field: "scope.summary", message: "Describe the project" },
  { name: "no deliverables", change: (d) => { d.scope.deliverables = []; }, step: "scope", field: "scope.deliverables", message: "Add at least one deliverable" },
  { name: "a deliverable without a name", change: (d) => { d.scope.deliverables[1]!.title = ""; }, step: "scope", field: "scope.deliverables.1.title", message: "Enter a name for deliverable 2" },
  { name: "too many revision rounds", change: (d) => { d.scope.revisionRounds = "21"; }, step: "scope", field: "scope.revisionRounds", message: "between 0 and 20" },
  { name: "revision rounds as a decimal", change: (d) => { d.scope.revisionRounds = "1.5"; }, step: "scope", field: "scope.revisionRounds", message: "as a whole number" },
  { name: "#4 a negative extra-round rate", change: (d) => { d.scope.extraRoundRate = "-450"; }, step: "scope", field: "scope.extraRoundRate", message: "0 or more" },
  { name: "#5 a zero extra-round rate", change: (d) => { d.scope.extraRoundRate = "0"; }, step: "scope", field: "scope.extraRoundRate", message: "must be more than 0" },
  { name: "acceptance window of 0 days", change: (d) => { d.scope.acceptanceDays = "0"; }, step: "scope", field: "scope.acceptanceDays", message: "between 1 and 90" },
  // Dates and price
  { name: "start date missing", change: (d) => { d.startDate = ""; }, step: "price", field: "startDate", message: "Enter the start date" },
  { name: "#18 end before start", change: (d) => { d.endDate = "2027-02-28"; }, step: "price", field: "endDate", message: "The end date must be the same as or after the start date" },
  { name: "#19 an impossible start date (30 February)", change: (d) => { d.startDate = "2027-02-30"; }, step: "price", field: "startDate", message: "real day of that month" },
  { name: "#19 month 13", change: (d) => { d.endDate = "2027-13-01"; }, step: "price", field: "endDate", message: "month from 1 to 12" },
  { name: "#19 a day-first date", change: (d) => { d.endDate = "28/05/2027"; }, step: "price", field: "endDate", message: "for example 2027-03-12" },
  { name: "#20 year 0000", change: (d) => { d.startDate = "0000-03-01"; }, step: "price", field: "startDate", message: "year between 1900 and 2200" },
  { name: "#7 fixed fee empty", change: (d) => { d.price.fixedFee = ""; }, step: "price", field: "price.fixedFee", message: "Enter the fixed fee" },
  { name: "#4 fixed fee negative", change: (d) => { d.price.fixedFee = "-10000"; }, step: "price", field: "price.fixedFee", message: "0 or more" },
  { name: "#6 fixed fee 1e5", change: (d) => { d.price.fixedFee = "1e5"; }, step: "price", field: "price.fixedFee", message: "digits 0–9 only" },
  { name: "#5 fixed fee 0", change: (d) => { d.price.fixedFee = "0"; }, step: "price", field: "price.fixedFee", message: "The fixed fee must be more than 0" },
  { name: "#2 fixed fee in the wrong number style", change: (d) => { d.price.fixedFee = "10.000,00"; }, step: "price", field: "price.fixedFee", message: "in this format: 1,234.50" },
  { name: "#8 fixed fee with three decimals", change: (d) => { d.price.fixedFee = "10000.005"; }, step: "price", field: "price.fixedFee", message: "USD has 2 decimal places" },
  { name: "hourly rate missing", change: (d) => { d.price.model = "hourly"; d.price.estimatedHours = "10"; }, step: "price", field: "price.hourlyRate", message: "Enter the hourly rate" },
  { name: "hourly hours with 3 decimals", change: (d) => { d.price.model = "hourly"; d.price.hourlyRate = "100"; d.price.estimatedHours = "12.345"; }, step: "price", field: "price.estimatedHours", message: "no more than 2 decimal places" },
  { name: "#5 hourly hours 0", change: (d) => { d.price.model = "hourly"; d.price.hourlyRate = "100"; d.price.estimatedHours = "0"; }, step: "price", field: "price.estimatedHours", message: "more than 0" },
  { name: "#10 99,999 hours", change: (d) => { d.price.model = "hourly"; d.price.hourlyRate = "100"; d.price.estimatedHours = "99999"; }, step: "price", field: "price.estimatedHours", message: "10,000 hours or fewer" },
  { name: "#10 a huge rate times hours", change: (d) => { d.price.model = "hourly"; d.price.hourlyRate = "99,999,999.99"; d.price.estimatedHours = "9999"; }, step: "price", field: "price.estimatedHours", message: "too large" },
  { name: "tiers without a chosen one", change: (d) => { threeTiers(d); d.price.chosenTierId = ""; }, step: "price", field: "price.chosenTierId", message: "Choose the option your client picked" },
  { name: "only two tiers", change: (d) => { threeTiers(d); d.price.tiers.pop(); }, step: "price", field: "price.tiers", message: "three options" },
  { name: "a tier without a price", change: (d) => { threeTiers(d); d.price.tiers[0]!.price = ""; }, step: "price", field: "price.tiers.0.price", message: "Enter the price of option 1" },
  { name: "a tier without contents", change: (d) => { threeTiers(d); d.price.tiers[2]!.includes = ""; }, step: "price", field: "price.tiers.2.includes", message: "Say what option 3 includes" },
  // Deposit and milestones
  { name: "#13 deposit and milestones at 110%", change: milestone(1, { shareValue: "46.67" }), step: "payment", field: "payment.milestones", message: "add up to 110% ($11,000.00): reduce them by $1,000.00 to make exactly 100% ($10,000.00)" },
  { name: "#13 #14 deposit and milestones at 99.99%", change: milestone(1, { shareValue: "36.66" }), step: "payment", field: "payment.milestones", message: "add up to 99.99% ($9,999.00): add $1.00 to make exactly 100% ($10,000.00)" },
  { name: "#13 deposit and milestones at 100.01%", change: milestone(1, { shareValue: "36.68" }), step: "payment", field: "payment.milestones", message: "add up to 100.01%" },
  { name: "'the rest' with nothing left", change: (d) => { milestone(0, { shareValue: "70" })(d); milestone(1, { shareMode: "rest" })(d); }, step: "payment", field: "payment.milestones", message: "leaving nothing for “the rest”" },
  { name: "two 'rest' milestones", change: (d) => { milestone(0, { shareMode: "rest" })(d); milestone(1, { shareMode: "rest" })(d); }, step: "payment", field: "payment.milestones", message: "Only one milestone can take “the rest”" },
  { name: "#15 a 0% milestone", change: milestone(0, { shareValue: "0" }), step: "payment", field: "payment.milestones.0.shareValue", message: "more than 0%" },
  { name: "#15 a negative milestone", change: milestone(1, { shareValue: "-10" }), step: "payment", field: "payment.milestones.1.shareValue", message: "0 or more" },
  { name: "#15 21 milestones", change: (d) => { d.payment.milestones = Array.from({ length: 21 }, (_, i) => ({ ...d.payment.milestones[1]!, id: `m${i + 1}`, shareValue: i < 20 ? "3.5" : "?" })); }, step: "payment", field: "payment.milestones", message: "at most 20 milestones" },
  { name: "no milestones with a 30% deposit", change: (d) => { d.payment.milestones = []; }, step: "payment", field: "payment.milestones", message: "Add at least one milestone" },
  { name: "a deposit that is not a number", change: (d) => { d.payment.depositValue = "thirty"; }, step: "payment", field: "payment.depositValue", message: "as a number" },
  { name: "a milestone without a name", change: milestone(0, { name: "" }), step: "payment", field: "payment.milestones.0.name", message: "Enter a name for milestone 1" },
  { name: "a milestone due before the start", change: milestone(1, { dueDate: "2027-02-15" }), step: "payment", field: "payment.milestones.1.dueDate", message: "on or after the start date" },
  { name: "#19 a milestone due on 30 February", change: milestone(1, { dueDate: "2027-02-30" }), step: "payment", field: "payment.milestones.1.dueDate", message: "real day of that month" },
  { name: "a milestone with no invoice date", change: milestone(1, { dueDate: "" }), step: "payment", field: "payment.milestones.1.dueDate", message: "Enter the invoice date of milestone 2" },
  { name: "an acceptance milestone without a deliverable", change: milestone(0, { acceptanceOf: "" }), step: "payment", field: "payment.milestones.0.acceptanceOf", message: "Choose the deliverable" },
  { name: "an acceptance milestone naming a deleted deliverable", change: milestone(0, { acceptanceOf: "d9" }), step: "payment", field: "payment.milestones.0.acceptanceOf", message: "Choose the deliverable" },
  { name: "an expected date before the start", change: milestone(0, { expectedDate: "2027-01-01" }), step: "payment", field: "payment.milestones.0.expectedDate", message: "on or after the start date" },
  { name: "a payment that rounds to 0", change: (d) => { d.price.fixedFee = "0.01"; }, step: "payment", field: "payment.depositValue", message: "comes to 0" },
  { name: "payment term over 120 days", change: (d) => { d.payment.netDays = "121"; }, step: "payment", field: "payment.netDays", message: "between 0 and 120" },
  { name: "no payment method", change: (d) => { d.payment.methods = []; }, step: "payment", field: "payment.methods", message: "Choose at least one way" },
  { name: "'other' method without a description", change: (d) => { d.payment.methods = ["other"]; d.payment.otherMethod = ""; }, step: "payment", field: "payment.otherMethod", message: "Describe the other payment method" },
  // Late fees and discount
  { name: "discount period equal to the payment term", change: (d) => { d.discount.withinDays = "14"; }, step: "late-fees", field: "discount.withinDays", message: "shorter than the payment term (14 days)" },
  { name: "discount period longer than the payment term", change: (d) => { d.discount.withinDays = "30"; }, step: "late-fees", field: "discount.withinDays", message: "shorter than the payment term" },
  { name: "discount above 50%", change: (d) => { d.discount.percent = "51"; }, step: "late-fees", field: "discount.percent", message: "50% or less" },
  { name: "flat late fee with no amount", change: (d) => { d.lateFee.kind = "flat"; d.lateFee.flatFee = ""; }, step: "late-fees", field: "lateFee.flatFee", message: "Enter the late fee" },
  { name: "#5 flat late fee of 0", change: (d) => { d.lateFee.kind = "flat"; d.lateFee.flatFee = "0"; }, step: "late-fees", field: "lateFee.flatFee", message: "must be more than 0" },
  { name: "monthly late fee missing", change: (d) => { d.lateFee.percentPerMonth = ""; }, step: "late-fees", field: "lateFee.percentPerMonth", message: "Enter the monthly rate" },
  { name: "annual rate missing", change: (d) => { d.lateFee.kind = "annual-rate"; d.lateFee.annualRate = ""; }, step: "late-fees", field: "lateFee.annualRate", message: "Enter the annual rate" },
  { name: "grace days not a number", change: (d) => { d.lateFee.graceDays = "a week"; }, step: "late-fees", field: "lateFee.graceDays", message: "as a whole number" },
  { name: "a cap of 0%", change: (d) => { d.lateFee.capPercent = "0"; }, step: "late-fees", field: "lateFee.capPercent", message: "more than 0%" },
  // Protections
  { name: "kill fee percent 0", change: (d) => { d.protections.killFee.percent = "0"; }, step: "protections", field: "protections.killFee.percent", message: "Enter the kill fee of more than 0%" },
  { name: "kill fee above 100%", change: (d) => { d.protections.killFee.percent = "101"; }, step: "protections", field: "protections.killFee.percent", message: "100% or less" },
  { name: "pause after 0 days", change: (d) => { d.protections.pauseWork.overdueDays = "0"; }, step: "protections", field: "protections.pauseWork.overdueDays", message: "between 1 and 365" },
  { name: "notice period missing", change: (d) => { d.protections.termination.noticeDays = ""; }, step: "protections", field: "protections.termination.noticeDays", message: "Enter the notice period in days" },
  { name: "talking period over 90 days", change: (d) => { d.protections.disputeResolution.talkDays = "91"; }, step: "protections", field: "protections.disputeResolution.talkDays", message: "between 1 and 90" },
];

describe("readContract: one rule at a time", () => {
  it.each(cases)("$name → $field", ({ change, step, field, message }) => {
    const draft = changed(change);
    const result = readContract(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.field === field);
    expect(error, `errors: ${JSON.stringify(result.errors)}`).toBeDefined();
    expect(error!.step).toBe(step);
    expect(error!.message).toContain(message);
    // stepErrors shows it on its own step and nowhere else.
    expect(stepErrors(draft, step)).toContainEqual(error);
    for (const other of CONTRACT_STEPS.filter((s) => s.id !== step)) {
      expect(stepErrors(draft, other.id).some((e) => e.field === field)).toBe(false);
    }
  });

  it("keeps only the first message for a field", () => {
    const result = readContract(changed((d) => { milestone(0, { shareMode: "rest" })(d); milestone(1, { shareMode: "rest" })(d); d.payment.milestones.push({ ...d.payment.milestones[1]!, id: "m3" }); }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.filter((e) => e.field === "payment.milestones")).toHaveLength(1);
  });

  it("a new, empty draft lists what is missing on each step without throwing", () => {
    const draft = newContractDraft();
    const steps = Object.fromEntries(CONTRACT_STEPS.map((s) => [s.id, stepErrors(draft, s.id).map((e) => e.field)]));
    expect(steps.parties).toEqual(["you.name", "you.address", "you.email", "client.name", "client.address", "client.email", "law.usState"]);
    expect(steps.scope).toEqual(["scope.title", "scope.summary", "scope.deliverables.0.title"]);
    expect(steps.price).toEqual(["startDate", "endDate", "price.fixedFee"]);
    expect(steps.payment).toEqual(["payment.milestones.0.dueDate", "payment.milestones.1.dueDate"]);
    expect(steps["late-fees"]).toEqual([]);
    expect(steps.protections).toEqual([]);
    expect(steps.review).toEqual([]);
  });
});

describe("readContract: drafts in other number styles and damaged drafts", () => {
  it("a new de-DE draft's default monthly late fee is written '1,5' and accepted", () => {
    expect(stepErrors(newContractDraft("de-DE", "EUR"), "late-fees")).toEqual([]);
  });

  it.each([
    { name: "an empty currency", change: (d: ContractDraft) => { d.currency = ""; } },
    { name: "a currency symbol instead of a code", change: (d: ContractDraft) => { d.currency = "€"; } },
    { name: "an empty number style", change: (d: ContractDraft) => { d.numberLocale = ""; } },
  ])("a restored draft with $name gives a field error on the parties step, not a crash", ({ change }) => {
    const result = readContract(changed(change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.step === "parties" && (e.field === "currency" || e.field === "numberLocale"))).toBe(true);
  });
});

describe("readContract: findings from review", () => {
  const ok = (draft: ContractDraft) => {
    const result = readContract(draft);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.contract;
  };

  it.each([
    { name: "amount deposit + amount milestone + the rest", deposit: ["amount", "3,333.33"], first: ["amount", "3,333.33"], expected: [3333, 3333, 3334] },
    { name: "percent shares print as typed", deposit: ["percent", "30"], first: ["percent", "33.33"], expected: [3000, 3333, 3667] },
  ])("the Share column adds up to exactly 100%: $name", ({ deposit, first, expected }) => {
    const contract = ok(
      changed((d) => {
        d.payment.depositMode = deposit[0] as "amount" | "percent";
        d.payment.depositValue = deposit[1]!;
        d.payment.milestones[0] = { ...d.payment.milestones[0]!, shareMode: first[0] as "amount" | "percent", shareValue: first[1]! };
        d.payment.milestones[1] = { ...d.payment.milestones[1]!, shareMode: "rest", shareValue: "" };
      }),
    );
    const shares = contract.schedule.payments.map((p) => p.basisPoints);
    expect(shares).toEqual(expected);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it("a deposit typed as the whole fee needs no milestones", () => {
    const contract = ok(
      changed((d) => {
        d.payment.depositMode = "amount";
        d.payment.depositValue = "10,000.00";
        d.payment.milestones = [];
      }),
    );
    expect(contract.schedule.payments).toHaveLength(1);
  });

  it("a hidden, empty cap does not block a one-off late fee", () => {
    const draft = changed((d) => {
      d.lateFee.kind = "flat";
      d.lateFee.flatFee = "40";
      d.lateFee.capEnabled = true;
      d.lateFee.capPercent = "";
    });
    expect(stepErrors(draft, "late-fees")).toEqual([]);
  });

  it("an unreadable payment term is not replaced by 14 days in the discount check", () => {
    const draft = changed((d) => {
      d.payment.netDays = "abc";
      d.discount = { enabled: true, percent: "2", withinDays: "20" };
    });
    expect(stepErrors(draft, "late-fees")).toEqual([]);
    expect(stepErrors(draft, "payment").map((e) => e.field)).toContain("payment.netDays");
  });
});

describe("contractWarnings: paid at the end", () => {
  it("looks at the earliest payment, not the first one listed", async () => {
    const { contractWarnings } = await import("../../../src/domain/contract/contract-warnings");
    const result = readContract(
      changed((d) => {
        d.payment.depositMode = "none";
        d.payment.milestones = [
          { ...d.payment.milestones[1]!, dueKind: "date", dueDate: "2027-05-28", shareMode: "percent", shareValue: "50" },
          { ...d.payment.milestones[0]!, dueKind: "date", dueDate: "2027-03-15", shareMode: "percent", shareValue: "50" },
        ];
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(contractWarnings(result.contract, "2026-11-21").map((w) => w.code)).not.toContain("paid-at-end");
  });
});
