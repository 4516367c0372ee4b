import { describe, expect, it } from "vitest";
import { readContract } from "../../../src/domain/contract/read-contract";
import type { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";
import { INVOICE_STEPS, type InvoiceStepId } from "../../../src/domain/invoice/invoice-steps";
import { invoiceTotals } from "../../../src/domain/invoice/invoice-totals";
import { moveLine, newInvoiceLine } from "../../../src/domain/invoice/new-invoice-draft";
import { invoiceStepErrors, readInvoice } from "../../../src/domain/invoice/read-invoice";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";
import { SAMPLE_INVOICE_NUMBER, sampleInvoice, sampleInvoiceDraft } from "../../fixtures/sample-invoice-draft";
import { euVatInvoiceDraft } from "./eu-vat-invoice-draft";

function changed(change: (d: InvoiceDraft) => void): InvoiceDraft {
  const draft = structuredClone(euVatInvoiceDraft());
  change(draft);
  return draft;
}

function valid(change: (d: InvoiceDraft) => void = () => {}) {
  const result = readInvoice(changed(change), "2027-0042");
  if (!result.ok) throw new Error(`draft should be valid: ${JSON.stringify(result.errors)}`);
  return result.invoice;
}

function errorsOf(change: (d: InvoiceDraft) => void) {
  const result = readInvoice(changed(change), "2027-0042");
  return result.ok ? [] : result.errors;
}

const setLine = (id: string, fields: Partial<InvoiceDraft["lines"][number]>) => (d: InvoiceDraft) => {
  Object.assign(d.lines.find((l) => l.id === id)!, fields);
};

describe("readInvoice: the sample draft", () => {
  it("is valid, with the number from the book", () => {
    const invoice = valid();
    expect(invoice.number).toBe("2027-0042");
    expect(invoice.currency).toBe("EUR");
    expect(invoice.locale).toBe("en-GB");
    expect(invoice.issueDate).toBe("2027-03-01");
    expect(invoice.supplyDate).toBe("2027-02-26");
    expect(invoice.due).toEqual({ kind: "net", days: 30, date: "2027-03-31" });
    expect(invoice.seller.country).toBe("DE");
    expect(invoice.buyer.taxId).toBe("FR12345678901");
  });

  it("reads lines into thousandths, minor units, thousandths of a percent (tax) and basis points (discounts)", () => {
    expect(valid().lines.map((l) => [l.id, l.quantityThousandths, l.unitPrice, l.taxMillipercent, l.discount])).toEqual([
      ["l1", 12_500, 8_500, 19_000, null],
      ["l2", 1_000, 24_000, 19_000, { kind: "percent", basisPoints: 1_000 }],
      ["l3", 500_000, 37, 7_000, null],
      ["l4", 1_000, 15_000, 0, null],
    ]);
    expect(invoiceTotals(valid()).total).toBe(186_937);
  });

  it("reads payment details into their printed forms", () => {
    expect(valid().payment).toEqual({
      accountHolder: "Łódź Design Studio GmbH",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      otherAccount: "",
      paymentLink: "https://pay.example.com/invoice/2027-0042",
      qrCode: true,
    });
    expect(valid().earlyDiscount).toEqual({ basisPoints: 200, withinDays: 10 });
    expect(valid().lateFee).toEqual({ kind: "none" });
  });

  it.each(INVOICE_STEPS.map((s) => s.id))("has no errors on the %s step", (step) => {
    expect(invoiceStepErrors(euVatInvoiceDraft(), step)).toEqual([]);
  });
});

describe("readInvoice: the shared document fixture", () => {
  it("sampleInvoiceDraft() reads to its checked twin sampleInvoice()", () => {
    expect(readInvoice(sampleInvoiceDraft(), SAMPLE_INVOICE_NUMBER)).toEqual({ ok: true, invoice: sampleInvoice() });
  });
});

describe("readInvoice: other valid answers", () => {
  it.each([
    { name: "de-DE number style: 0,75 hours at 1.234,50", change: (d: InvoiceDraft) => { d.numberLocale = "de-DE"; d.lines = [{ ...d.lines[0]!, quantity: "0,75", unitPrice: "1.234,50", taxRate: "7,7" }]; }, check: (i: ReturnType<typeof valid>) => expect([i.lines[0]!.quantityThousandths, i.lines[0]!.unitPrice, i.lines[0]!.taxMillipercent]).toEqual([750, 123_450, 7_700]) },
    { name: "JPY: whole yen", change: (d: InvoiceDraft) => { d.currency = "JPY"; d.lines = [{ ...d.lines[0]!, quantity: "3", unitPrice: "¥12,000" }]; }, check: (i: ReturnType<typeof valid>) => expect(i.lines[0]!.unitPrice).toBe(12_000) },
    { name: "KWD: three decimals", change: (d: InvoiceDraft) => { d.currency = "kwd"; d.lines = [{ ...d.lines[0]!, unitPrice: "1.125" }]; }, check: (i: ReturnType<typeof valid>) => expect([i.currency, i.lines[0]!.unitPrice]).toEqual(["KWD", 1_125]) },
    { name: "a quantity with 3 decimals", change: setLine("l1", { quantity: "0.125" }), check: (i: ReturnType<typeof valid>) => expect(i.lines[0]!.quantityThousandths).toBe(125) },
    { name: "the largest quantity, 1,000,000", change: setLine("l1", { quantity: "1,000,000" }), check: (i: ReturnType<typeof valid>) => expect(i.lines[0]!.quantityThousandths).toBe(1_000_000_000) },
    { name: "no tax rate → null (no tax shown)", change: setLine("l1", { taxRate: " " }), check: (i: ReturnType<typeof valid>) => expect(i.lines[0]!.taxMillipercent).toBeNull() },
    { name: "a US sales tax rate with 3 decimals: 8.875%", change: setLine("l1", { taxRate: "8.875" }), check: (i: ReturnType<typeof valid>) => expect(i.lines[0]!.taxMillipercent).toBe(8_875) },
    { name: "3 decimals in de-DE: 8,875 %", change: (d: InvoiceDraft) => { d.numberLocale = "de-DE"; d.lines = [{ ...d.lines[0]!, quantity: "12,5", unitPrice: "85,00", taxRate: "8,875 %" }]; }, check: (i: ReturnType<typeof valid>) => expect(i.lines[0]!.taxMillipercent).toBe(8_875) },
    { name: "the smallest tax rate step, 0.001%", change: setLine("l1", { taxRate: "0.001" }), check: (i: ReturnType<typeof valid>) => expect(i.lines[0]!.taxMillipercent).toBe(1) },
    { name: "a tax rate of exactly 100%", change: setLine("l1", { taxRate: "100" }), check: (i: ReturnType<typeof valid>) => expect(i.lines[0]!.taxMillipercent).toBe(100_000) },
    { name: "a free line (price 0)", change: setLine("l4", { unitPrice: "0" }), check: (i: ReturnType<typeof valid>) => expect(i.lines[3]!.unitPrice).toBe(0) },
    { name: "a line discount as an amount equal to the line", change: setLine("l2", { discountMode: "amount", discountValue: "240" }), check: (i: ReturnType<typeof valid>) => expect(i.lines[1]!.discount).toEqual({ kind: "amount", minor: 24_000 }) },
    { name: "a 100% line discount", change: setLine("l2", { discountMode: "percent", discountValue: "100%" }), check: (i: ReturnType<typeof valid>) => expect(i.lines[1]!.discount).toEqual({ kind: "percent", basisPoints: 10_000 }) },
    { name: "an invoice discount of 5%", change: (d: InvoiceDraft) => { d.discountMode = "percent"; d.discountValue = "5"; }, check: (i: ReturnType<typeof valid>) => expect(i.invoiceDiscount).toEqual({ kind: "percent", basisPoints: 500 }) },
    { name: "an invoice discount equal to the subtotal", change: (d: InvoiceDraft) => { d.discountMode = "amount"; d.discountValue = "1,613.50"; }, check: (i: ReturnType<typeof valid>) => expect(invoiceTotals(i).total).toBe(0) },
    { name: "an empty line is left out, not an error", change: (d: InvoiceDraft) => { d.lines.splice(1, 0, { ...newInvoiceLine(d.lines), quantity: "" }); }, check: (i: ReturnType<typeof valid>) => expect(i.lines.map((l) => l.id)).toEqual(["l1", "l2", "l3", "l4"]) },
    { name: "due on receipt → the issue date", change: (d: InvoiceDraft) => { d.terms = "on-receipt"; d.earlyDiscount.enabled = false; }, check: (i: ReturnType<typeof valid>) => expect(i.due).toEqual({ kind: "on-receipt", date: "2027-03-01" }) },
    { name: "net 0 → the issue date", change: (d: InvoiceDraft) => { d.netDays = "0"; d.earlyDiscount.enabled = false; }, check: (i: ReturnType<typeof valid>) => expect(i.due).toEqual({ kind: "net", days: 0, date: "2027-03-01" }) },
    { name: "net 365 across a leap day", change: (d: InvoiceDraft) => { d.issueDate = "2028-01-15"; d.netDays = "365"; }, check: (i: ReturnType<typeof valid>) => expect(i.due.date).toBe("2029-01-14") },
    { name: "a due date on the issue date", change: (d: InvoiceDraft) => { d.terms = "date"; d.dueDate = "2027-03-01"; d.earlyDiscount.enabled = false; }, check: (i: ReturnType<typeof valid>) => expect(i.due).toEqual({ kind: "date", date: "2027-03-01" }) },
    { name: "an early discount one day shorter than the time to a fixed due date", change: (d: InvoiceDraft) => { d.terms = "date"; d.dueDate = "2027-03-12"; }, check: (i: ReturnType<typeof valid>) => expect(i.earlyDiscount).toEqual({ basisPoints: 200, withinDays: 10 }) },
    { name: "a supply date equal to the issue date is not printed twice", change: (d: InvoiceDraft) => { d.supplyDate = "2027-03-01"; }, check: (i: ReturnType<typeof valid>) => expect(i.supplyDate).toBeNull() },
    { name: "a supply date after the issue date (invoiced in advance)", change: (d: InvoiceDraft) => { d.supplyDate = "2027-04-01"; }, check: (i: ReturnType<typeof valid>) => expect(i.supplyDate).toBe("2027-04-01") },
    { name: "no supply date", change: (d: InvoiceDraft) => { d.supplyDate = ""; }, check: (i: ReturnType<typeof valid>) => expect(i.supplyDate).toBeNull() },
    { name: "a country code in lower case", change: (d: InvoiceDraft) => { d.buyer.country = " gb "; }, check: (i: ReturnType<typeof valid>) => expect(i.buyer.country).toBe("GB") },
    { name: "no e-mail, address or country for the buyer", change: (d: InvoiceDraft) => { d.buyer = { ...d.buyer, email: "", address: "", country: "" }; }, check: (i: ReturnType<typeof valid>) => expect(i.buyer.email).toBe("") },
    { name: "an IBAN in lower case with spaces, a BIC with spaces", change: (d: InvoiceDraft) => { d.payment.iban = "gb29 nwbk 6016 1331 9268 19"; d.payment.bic = "nwbk gb 2l"; }, check: (i: ReturnType<typeof valid>) => expect([i.payment.iban, i.payment.bic]).toEqual(["GB29NWBK60161331926819", "NWBKGB2L"]) },
    { name: "no payment details at all (a warning, not an error)", change: (d: InvoiceDraft) => { d.payment = { ...d.payment, iban: "", bic: "", paymentLink: "" }; }, check: (i: ReturnType<typeof valid>) => expect([i.payment.iban, i.payment.paymentLink]).toEqual([null, null]) },
    { name: "a late fee of 1.5% a month after 7 days", change: (d: InvoiceDraft) => { d.lateFee.kind = "percent-per-month"; }, check: (i: ReturnType<typeof valid>) => expect(i.lateFee).toEqual({ kind: "percent-per-month", basisPoints: 150, graceDays: 7, cap: null }) },
    { name: "text is cleaned: bidi overrides and extra spaces", change: (d: InvoiceDraft) => { d.seller.name = "  Zoë \u202eŁukasiewicz  "; d.lines[0]!.description = "Design\r\n\r\n\r\nand build  "; }, check: (i: ReturnType<typeof valid>) => expect([i.seller.name, i.lines[0]!.description]).toEqual(["Zoë Łukasiewicz", "Design\n\nand build"]) },
  ])("$name", ({ change, check }) => {
    check(valid(change));
  });
});

describe("readInvoice: each bad answer gets a message on its field and step", () => {
  it.each<{ name: string; change: (d: InvoiceDraft) => void; step: InvoiceStepId; field: string; message: string | RegExp }>([
    { name: "no seller name", change: (d) => { d.seller.name = " "; }, step: "parties", field: "seller.name", message: "Enter your name" },
    { name: "no buyer name", change: (d) => { d.buyer.name = ""; }, step: "parties", field: "buyer.name", message: "Enter your client's name" },
    { name: "a bad seller e-mail", change: (d) => { d.seller.email = "zoe@"; }, step: "parties", field: "seller.email", message: "Enter an email address in the correct format, like name@example.com" },
    { name: "a bad buyer e-mail", change: (d) => { d.buyer.email = "minh at acme"; }, step: "parties", field: "buyer.email", message: /correct format/ },
    { name: "a tax id with symbols", change: (d) => { d.buyer.taxId = "FR<123>"; }, step: "parties", field: "buyer.taxId", message: /letters, numbers, spaces/ },
    { name: "country UK", change: (d) => { d.seller.country = "uk"; }, step: "parties", field: "seller.country", message: "Use GB, the ISO country code for the United Kingdom" },
    { name: "country EL", change: (d) => { d.buyer.country = "EL"; }, step: "parties", field: "buyer.country", message: /Use GR/ },
    { name: "a country name instead of a code", change: (d) => { d.buyer.country = "Fr"; d.buyer.country = "F1"; }, step: "parties", field: "buyer.country", message: "Enter the country as its two-letter code, like DE, FR or GB" },
    { name: "an unknown currency", change: (d) => { d.currency = "EURO"; }, step: "details", field: "currency", message: "Choose the currency of the invoice" },
    { name: "an unknown number style", change: (d) => { d.numberLocale = "xx-YY"; }, step: "details", field: "numberLocale", message: "Choose how numbers are written" },
    { name: "no issue date", change: (d) => { d.issueDate = ""; }, step: "details", field: "issueDate", message: "Enter the issue date" },
    { name: "an impossible issue date", change: (d) => { d.issueDate = "2027-02-30"; }, step: "details", field: "issueDate", message: "The issue date must be a real day of that month" },
    { name: "an impossible supply date", change: (d) => { d.supplyDate = "2027-13-01"; }, step: "details", field: "supplyDate", message: "The date of supply must have a month from 1 to 12" },
    { name: "a payment term over 365 days", change: (d) => { d.netDays = "366"; }, step: "details", field: "netDays", message: "Enter the payment term in days between 0 and 365" },
    { name: "a payment term with decimals", change: (d) => { d.netDays = "14.5"; }, step: "details", field: "netDays", message: /whole number/ },
    { name: "no due date", change: (d) => { d.terms = "date"; d.dueDate = ""; }, step: "details", field: "dueDate", message: "Enter the due date" },
    { name: "a due date before the issue date", change: (d) => { d.terms = "date"; d.dueDate = "2027-02-28"; }, step: "details", field: "dueDate", message: "The due date can't be before the issue date" },
    { name: "no lines", change: (d) => { d.lines = []; }, step: "lines", field: "lines", message: "Add at least one line with a description of what you are charging for" },
    { name: "only empty lines", change: (d) => { d.lines = [newInvoiceLine([]), { ...newInvoiceLine([{ id: "l1" }]), quantity: "", taxRate: "19" }]; }, step: "lines", field: "lines", message: /Add at least one line/ },
    { name: "a price but no description", change: setLine("l3", { description: " \n " }), step: "lines", field: "lines.l3.description", message: "Describe what this line is for" },
    { name: "a description but no price", change: setLine("l2", { unitPrice: "" }), step: "lines", field: "lines.l2.unitPrice", message: "Enter the unit price" },
    { name: "a negative price", change: setLine("l2", { unitPrice: "-5" }), step: "lines", field: "lines.l2.unitPrice", message: "Enter an amount of 0 or more for the unit price" },
    { name: "cents in JPY", change: (d) => { d.currency = "JPY"; d.lines[0]!.unitPrice = "85.50"; }, step: "lines", field: "lines.l1.unitPrice", message: "JPY has no decimal places: enter the unit price as a whole number, for example 1,234" },
    { name: "four decimals in KWD", change: (d) => { d.currency = "KWD"; d.lines[0]!.unitPrice = "1.1234"; }, step: "lines", field: "lines.l1.unitPrice", message: "KWD has 3 decimal places: enter the unit price with no more than 3, for example 1,234.500" },
    { name: "no quantity", change: setLine("l1", { quantity: "" }), step: "lines", field: "lines.l1.quantity", message: "Enter the quantity" },
    { name: "a quantity of 0", change: setLine("l1", { quantity: "0.000" }), step: "lines", field: "lines.l1.quantity", message: "The quantity must be more than 0" },
    { name: "a negative quantity", change: setLine("l1", { quantity: "-1" }), step: "lines", field: "lines.l1.quantity", message: "Enter a quantity of more than 0" },
    { name: "a quantity with 4 decimals", change: setLine("l1", { quantity: "1.2345" }), step: "lines", field: "lines.l1.quantity", message: "Enter the quantity with no more than 3 decimal places" },
    { name: "a quantity over 1,000,000", change: setLine("l1", { quantity: "1000000.001" }), step: "lines", field: "lines.l1.quantity", message: "The quantity must be 1,000,000 or less" },
    { name: "a quantity in the wrong number style", change: setLine("l1", { quantity: "1,5" }), step: "lines", field: "lines.l1.quantity", message: "Enter the quantity as a number, for example 2.5" },
    { name: "a line that comes to more than the largest amount", change: setLine("l1", { quantity: "1,000,000", unitPrice: "100,000,001" }), step: "lines", field: "lines.l1.unitPrice", message: "This line comes to more than €100,000,000,000.00: lower the quantity or the unit price" },
    { name: "an invoice over the largest amount", change: (d) => { d.lines = d.lines.map((l) => ({ ...l, quantity: "1,000,000", unitPrice: "50,000", discountMode: "none" })); }, step: "lines", field: "lines", message: "The invoice comes to more than €100,000,000,000.00: split it into several invoices" },
    { name: "an invoice whose tax takes it over the largest amount", change: (d) => { d.lines = [{ ...d.lines[0]!, quantity: "1,000,000", unitPrice: "90,000" }]; }, step: "lines", field: "lines", message: /The invoice total with tax must be €100,000,000,000\.00 or less/ },
    { name: "a tax rate over 100%", change: setLine("l1", { taxRate: "101" }), step: "lines", field: "lines.l1.taxRate", message: "Enter the tax rate of 100% or less" },
    { name: "a tax rate with 4 decimals", change: setLine("l1", { taxRate: "8.8755" }), step: "lines", field: "lines.l1.taxRate", message: "Enter the tax rate with no more than 3 decimal places" },
    { name: "a tax rate just over 100%", change: setLine("l1", { taxRate: "100.001" }), step: "lines", field: "lines.l1.taxRate", message: "Enter the tax rate of 100% or less" },
    { name: "a negative tax rate", change: setLine("l1", { taxRate: "-19" }), step: "lines", field: "lines.l1.taxRate", message: "Enter the tax rate as 0 or more" },
    { name: "a line discount of 0%", change: setLine("l2", { discountMode: "percent", discountValue: "0" }), step: "lines", field: "lines.l2.discountValue", message: "Enter the discount of more than 0%" },
    { name: "a line discount over 100%", change: setLine("l2", { discountMode: "percent", discountValue: "120" }), step: "lines", field: "lines.l2.discountValue", message: "Enter the discount of 100% or less" },
    { name: "a line discount left empty", change: setLine("l2", { discountMode: "amount", discountValue: "" }), step: "lines", field: "lines.l2.discountValue", message: "Enter the discount" },
    { name: "a line discount larger than the line", change: setLine("l2", { discountMode: "amount", discountValue: "240.01" }), step: "lines", field: "lines.l2.discountValue", message: "The discount can't be more than the line's amount (€240.00)" },
    { name: "an invoice discount larger than the subtotal", change: (d) => { d.discountMode = "amount"; d.discountValue = "1,613.51"; }, step: "lines", field: "discountValue", message: "The discount can't be more than the subtotal (€1,613.50)" },
    { name: "an invoice discount of 0", change: (d) => { d.discountMode = "amount"; d.discountValue = "0"; }, step: "lines", field: "discountValue", message: "The discount must be more than 0" },
    { name: "an invoice discount over 100%", change: (d) => { d.discountMode = "percent"; d.discountValue = "100.01"; }, step: "lines", field: "discountValue", message: "Enter the discount of 100% or less" },
    { name: "an IBAN with a wrong check digit", change: (d) => { d.payment.iban = "DE88 3704 0044 0532 0130 00"; }, step: "payment", field: "payment.iban", message: /check digits/ },
    { name: "an IBAN of the wrong length", change: (d) => { d.payment.iban = "DE89 3704 0044 0532 0130 0"; }, step: "payment", field: "payment.iban", message: /22 characters/ },
    { name: "a BIC of 9 characters", change: (d) => { d.payment.bic = "COBADEFFX"; }, step: "payment", field: "payment.bic", message: "Enter the BIC (SWIFT code) of 8 or 11 letters and digits, like DEUTDEFF or DEUTDEFF500" },
    { name: "a BIC with a number where the country goes", change: (d) => { d.payment.bic = "COBA1EFF"; }, step: "payment", field: "payment.bic", message: /8 or 11/ },
    { name: "a javascript: payment link", change: (d) => { d.payment.paymentLink = "javascript:alert(1)"; }, step: "payment", field: "payment.paymentLink", message: /starting with https:\/\// },
    { name: "an http payment link", change: (d) => { d.payment.paymentLink = "http://pay.example.com"; }, step: "payment", field: "payment.paymentLink", message: /plain http/ },
    { name: "a late fee with no amount", change: (d) => { d.lateFee.kind = "flat"; d.lateFee.flatFee = ""; }, step: "terms", field: "lateFee.flatFee", message: "Enter the late fee" },
    { name: "a late fee with a bad grace period", change: (d) => { d.lateFee.kind = "annual-rate"; d.lateFee.annualRate = "8"; d.lateFee.graceDays = "x"; }, step: "terms", field: "lateFee.graceDays", message: /whole number/ },
    { name: "an early discount over 50%", change: (d) => { d.earlyDiscount.percent = "60"; }, step: "terms", field: "earlyDiscount.percent", message: "Enter the discount of 50% or less" },
    { name: "an early discount as long as the payment term", change: (d) => { d.earlyDiscount.withinDays = "30"; }, step: "terms", field: "earlyDiscount.withinDays", message: "The discount period must be shorter than the time to the due date (30 days)" },
    { name: "an early discount that runs to a fixed due date", change: (d) => { d.terms = "date"; d.dueDate = "2027-03-08"; }, step: "terms", field: "earlyDiscount.withinDays", message: "The discount period must be shorter than the time to the due date (7 days)" },
    { name: "an early discount on an invoice due on receipt", change: (d) => { d.terms = "on-receipt"; }, step: "terms", field: "earlyDiscount.withinDays", message: /due on its issue date, so there is no time for an early-payment discount/ },
  ])("$name → $field", ({ change, step, field, message }) => {
    const errors = errorsOf(change);
    const error = errors.find((e) => e.field === field);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.step).toBe(step);
    if (typeof message === "string") expect(error!.message).toBe(message);
    else expect(error!.message).toMatch(message);
  });
});

describe("readInvoice: line messages follow the line, not its position", () => {
  it("a message keeps its line id after the line is moved", () => {
    const before = errorsOf(setLine("l3", { unitPrice: "abc" }));
    const moved = errorsOf((d) => {
      setLine("l3", { unitPrice: "abc" })(d);
      d.lines = moveLine(moveLine(d.lines, "l3", -1), "l3", -1);
    });
    expect(before.map((e) => e.field)).toEqual(["lines.l3.unitPrice"]);
    expect(moved.map((e) => e.field)).toEqual(["lines.l3.unitPrice"]);
  });

  it("every bad line gets its own message, in line order", () => {
    const errors = errorsOf((d) => {
      d.lines[0]!.quantity = "0";
      d.lines[2]!.description = "";
      d.lines[3]!.taxRate = "x";
    });
    expect(errors.map((e) => e.field)).toEqual(["lines.l1.quantity", "lines.l3.description", "lines.l4.taxRate"]);
  });

  it("a price-only line says what it needs rather than the whole invoice lacking lines", () => {
    const errors = errorsOf((d) => { d.lines = [{ ...d.lines[0]!, description: "" }]; });
    expect(errors.map((e) => e.field)).toEqual(["lines.l1.description"]);
  });
});

describe("readInvoice: messages are grouped by step, in step order", () => {
  it("lists parties, details, lines, payment, terms", () => {
    const errors = errorsOf((d) => {
      d.earlyDiscount.percent = "";
      d.payment.bic = "X";
      d.lines[0]!.unitPrice = "";
      d.issueDate = "";
      d.buyer.name = "";
    });
    expect(errors.map((e) => [e.step, e.field])).toEqual([
      ["parties", "buyer.name"],
      ["details", "issueDate"],
      ["lines", "lines.l1.unitPrice"],
      ["payment", "payment.bic"],
      ["terms", "earlyDiscount.percent"],
    ]);
    expect(invoiceStepErrors(changed((d) => { d.payment.bic = "X"; d.buyer.name = ""; }), "payment").map((e) => e.field)).toEqual(["payment.bic"]);
  });

  it("a bad currency is one message; the lines are still read (with a stand-in) and not blamed", () => {
    const errors = errorsOf((d) => { d.currency = "ZZZ"; });
    expect(errors.map((e) => e.field)).toEqual(["currency"]);
  });
});

describe("readInvoice: size", () => {
  it("reads 500 lines quickly enough to run on every keystroke", () => {
    const draft = changed((d) => {
      d.lines = Array.from({ length: 500 }, (_, i) => ({ ...d.lines[i % 4]!, id: `l${i + 1}`, description: `Item ${i + 1}` }));
    });
    const start = performance.now();
    const result = readInvoice(draft, "2027-0042");
    const ms = performance.now() - start;
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.invoice.lines).toHaveLength(500);
    expect(ms).toBeLessThan(1_000);
  });
});

describe("the contract still reads its late fee and discount the same way", () => {
  it("the sample contract is valid with the shared readers", () => {
    const result = readContract(sampleContractDraft());
    expect(result.ok).toBe(true);
  });

  it("a contract discount period as long as the payment term keeps its wording and step", () => {
    const draft = sampleContractDraft();
    draft.discount = { enabled: true, percent: "2", withinDays: "14" };
    const result = readContract(draft);
    expect(result.ok ? [] : result.errors).toEqual([{ step: "late-fees", field: "discount.withinDays", message: "The discount period must be shorter than the payment term (14 days)" }]);
  });
});
