import { describe, expect, it } from "vitest";
import type { Invoice } from "../../../src/domain/invoice/invoice";
import type { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";
import { invoiceTotals } from "../../../src/domain/invoice/invoice-totals";
import { vatInvoiceWarnings } from "../../../src/domain/invoice/invoice-warnings";
import { paymentQrProblem } from "../../../src/domain/invoice/payment-qr-problem";
import { readInvoice } from "../../../src/domain/invoice/read-invoice";
import { EU_COUNTRIES } from "../../../src/domain/law/governing-law";
import { euVatInvoiceDraft } from "./eu-vat-invoice-draft";

function invoiceFrom(change: (d: InvoiceDraft) => void = () => {}, number = "2027-0042"): Invoice {
  const draft = structuredClone(euVatInvoiceDraft());
  change(draft);
  const result = readInvoice(draft, number);
  if (!result.ok) throw new Error(`draft should be valid: ${JSON.stringify(result.errors)}`);
  return result.invoice;
}

const warningsFor = (change?: (d: InvoiceDraft) => void, number?: string) => {
  const invoice = invoiceFrom(change, number);
  return vatInvoiceWarnings(invoice, invoiceTotals(invoice));
};
const ids = (change?: (d: InvoiceDraft) => void, number?: string) => warningsFor(change, number).map((w) => w.id);

const uk = (d: InvoiceDraft) => {
  d.seller = { ...d.seller, country: "GB", taxId: "GB123456789", address: "1 High Street\nLondon" };
  d.currency = "GBP";
  d.lines = d.lines.map((l) => ({ ...l, taxRate: "20" }));
  d.taxNote = "";
};

describe("vatInvoiceWarnings: complete invoices have none", () => {
  it("the EU sample", () => {
    expect(warningsFor()).toEqual([]);
  });

  it("a complete UK invoice", () => {
    expect(warningsFor(uk)).toEqual([]);
  });

  it("a US seller gets only the generic checks", () => {
    expect(ids((d) => { d.seller.country = "US"; d.seller.taxId = ""; d.seller.address = ""; d.taxNote = ""; d.lines[0]!.taxRate = ""; })).toEqual([]);
  });
});

describe("vatInvoiceWarnings: EU seller (VAT Directive art. 226)", () => {
  it.each<{ name: string; change: (d: InvoiceDraft) => void; number?: string; id: string; field: string; source: RegExp }>([
    { name: "no invoice number yet", change: () => {}, number: "", id: "eu-number", field: "number", source: /art\. 226\(2\)/ },
    { name: "no seller VAT number (but VAT charged)", change: (d) => { d.seller.taxId = ""; }, id: "eu-seller-vat-number", field: "seller.taxId", source: /art\. 226\(3\)/ },
    { name: "a client in another EU country without a VAT number", change: (d) => { d.buyer.taxId = ""; }, id: "eu-buyer-vat-number", field: "buyer.taxId", source: /art\. 226\(4\)/ },
    { name: "a reverse-charge note without the client's VAT number", change: (d) => { d.buyer.taxId = ""; d.buyer.country = ""; d.taxNote = "Reverse charge"; }, id: "eu-buyer-vat-number", field: "buyer.taxId", source: /art\. 226\(4\)/ },
    { name: "no seller address", change: (d) => { d.seller.address = ""; }, id: "eu-seller-address", field: "seller.address", source: /art\. 226\(5\)/ },
    { name: "no buyer address", change: (d) => { d.buyer.address = ""; }, id: "eu-buyer-address", field: "buyer.address", source: /art\. 226\(5\)/ },
    { name: "no supply date", change: (d) => { d.supplyDate = ""; }, id: "eu-supply-date", field: "supplyDate", source: /art\. 226\(7\)/ },
    { name: "a line with no VAT rate and no tax note", change: (d) => { d.lines[2]!.taxRate = ""; d.taxNote = ""; }, id: "eu-vat-rate", field: "lines.l3.taxRate", source: /art\. 226\(9\)–\(10\)/ },
    { name: "a 0% line with no tax note", change: (d) => { d.taxNote = ""; }, id: "eu-exemption-note", field: "taxNote", source: /art\. 226\(11\), \(11a\)/ },
  ])("$name → $id", ({ change, number, id, field, source }) => {
    const warning = warningsFor(change, number).find((w) => w.id === id);
    expect(warning).toBeDefined();
    expect(warning!.field).toBe(field);
    expect(warning!.source).toMatch(source);
    expect(warning!.source).toMatch(/Directive 2006\/112\/EC/);
    expect(warning!.message.length).toBeGreaterThan(20);
  });

  it("a client in the seller's own country needs no VAT number on the invoice", () => {
    expect(ids((d) => { d.buyer.taxId = ""; d.buyer.country = "DE"; })).not.toContain("eu-buyer-vat-number");
  });

  it("a client outside the EU needs no VAT number on the invoice", () => {
    expect(ids((d) => { d.buyer.taxId = ""; d.buyer.country = "US"; })).not.toContain("eu-buyer-vat-number");
  });

  it("names lines by their description and counts them", () => {
    const one = warningsFor((d) => { d.lines[2]!.taxRate = ""; d.taxNote = ""; }).find((w) => w.id === "eu-vat-rate")!;
    expect(one.message).toMatch(/^Line “Printed brochures” shows no VAT rate\./);
    const many = warningsFor((d) => { d.lines[1]!.taxRate = ""; d.lines[2]!.taxRate = ""; d.taxNote = ""; }).find((w) => w.id === "eu-vat-rate")!;
    expect(many.message).toMatch(/^2 lines show no VAT rate \(the first is “Hosting \(12 months\)”\)\./);
    expect(many.field).toBe("lines.l2.taxRate");
    const exempt = warningsFor((d) => { d.lines[1]!.taxRate = ""; d.taxNote = ""; }).find((w) => w.id === "eu-exemption-note")!;
    expect(exempt.message).toMatch(/^2 lines carry no VAT \(the first is “Hosting \(12 months\)”\)/);
  });

  it("a long description is cut short in the message", () => {
    const w = warningsFor((d) => { d.lines[2]!.description = "A".repeat(80); d.lines[2]!.taxRate = ""; d.taxNote = ""; }).find((x) => x.id === "eu-vat-rate")!;
    expect(w.message).toContain(`“${"A".repeat(39)}…”`);
  });

  it("a tax note answers both the rate and the exemption warnings", () => {
    expect(ids((d) => { d.lines[2]!.taxRate = ""; })).toEqual([]);
  });

  it("a seller with no VAT number and no rates gets one note instead of the whole list", () => {
    const warnings = warningsFor((d) => {
      d.seller.taxId = "";
      d.seller.address = "";
      d.supplyDate = "";
      d.taxNote = "";
      d.lines = d.lines.map((l) => ({ ...l, taxRate: "" }));
    });
    expect(warnings.map((w) => [w.id, w.field])).toEqual([["eu-not-registered", "taxNote"]]);
    expect(warnings[0]!.source).toMatch(/small enterprises/);
  });

  it("…and none once the tax note says why", () => {
    expect(ids((d) => { d.seller.taxId = ""; d.taxNote = "Small business: no VAT charged (§ 19 UStG)."; d.lines = d.lines.map((l) => ({ ...l, taxRate: "" })); })).toEqual([]);
  });

  it.each(EU_COUNTRIES.map((c) => c.code))("%s is an EU seller", (code) => {
    expect(ids((d) => { d.seller.country = code; d.seller.address = ""; })).toContain("eu-seller-address");
  });

  it.each(["GB", "CH", "NO", "US", "IS", "TR"])("%s is not an EU seller", (code) => {
    expect(ids((d) => { d.seller.country = code; d.seller.address = ""; }).some((id) => id.startsWith("eu-"))).toBe(false);
  });
});

describe("vatInvoiceWarnings: UK seller (HMRC VAT Notice 700 §16.3)", () => {
  it.each<{ name: string; change: (d: InvoiceDraft) => void; number?: string; id: string; field: string }>([
    { name: "no invoice number yet", change: () => {}, number: "", id: "uk-number", field: "number" },
    { name: "no VAT registration number", change: (d) => { d.seller.taxId = ""; }, id: "uk-seller-vat-number", field: "seller.taxId" },
    { name: "no seller address", change: (d) => { d.seller.address = ""; }, id: "uk-seller-address", field: "seller.address" },
    { name: "no customer address", change: (d) => { d.buyer.address = ""; }, id: "uk-buyer-address", field: "buyer.address" },
    { name: "no time of supply", change: (d) => { d.supplyDate = ""; }, id: "uk-supply-date", field: "supplyDate" },
    { name: "a line without a rate", change: (d) => { d.lines[3]!.taxRate = ""; }, id: "uk-vat-rate", field: "lines.l4.taxRate" },
  ])("$name → $id", ({ change, number, id, field }) => {
    const warning = warningsFor((d) => { uk(d); change(d); }, number).find((w) => w.id === id);
    expect(warning).toBeDefined();
    expect(warning!.field).toBe(field);
    expect(warning!.source).toMatch(/HMRC VAT Notice 700 §16\.3/);
  });

  it("a UK seller is checked against the UK rules, not the EU's", () => {
    const all = ids((d) => { uk(d); d.buyer.taxId = ""; d.lines[3]!.taxRate = "0"; });
    expect(all.filter((id) => id.startsWith("eu-"))).toEqual([]);
    expect(all).not.toContain("uk-exemption-note");
  });

  it("the supply-date message speaks of the time of supply (tax point)", () => {
    expect(warningsFor((d) => { uk(d); d.supplyDate = ""; }).find((w) => w.id === "uk-supply-date")!.message).toMatch(/tax point/);
  });

  it("a UK seller with no VAT shown gets one note", () => {
    expect(ids((d) => { uk(d); d.seller.taxId = ""; d.lines = d.lines.map((l) => ({ ...l, taxRate: "" })); })).toEqual(["uk-not-registered"]);
  });
});

describe("vatInvoiceWarnings: any seller", () => {
  it.each<{ name: string; change: (d: InvoiceDraft) => void; id: string; field: string }>([
    { name: "no seller country", change: (d) => { d.seller.country = ""; }, id: "seller-country", field: "seller.country" },
    { name: "due on receipt", change: (d) => { d.terms = "on-receipt"; d.earlyDiscount.enabled = false; }, id: "due-on-receipt", field: "terms" },
    { name: "no way to pay", change: (d) => { d.payment = { ...d.payment, iban: "", paymentLink: "", otherAccount: "" }; }, id: "no-payment-details", field: "payment.iban" },
  ])("$name → $id", ({ change, id, field }) => {
    const warning = warningsFor(change).find((w) => w.id === id);
    expect(warning).toBeDefined();
    expect(warning!.field).toBe(field);
    expect(warning!.source).not.toBe("");
  });

  it.each([
    { name: "an IBAN", payment: { iban: "DE89 3704 0044 0532 0130 00", paymentLink: "", otherAccount: "" } },
    { name: "other account details", payment: { iban: "", paymentLink: "", otherAccount: "Sort code 12-34-56, account 12345678" } },
    { name: "a payment link", payment: { iban: "", paymentLink: "https://pay.example.com", otherAccount: "" } },
  ])("$name is enough to pay", ({ payment }) => {
    expect(ids((d) => { d.payment = { ...d.payment, ...payment }; })).not.toContain("no-payment-details");
  });

  it.each<{ name: string; change: (d: InvoiceDraft) => void; field: string; message: RegExp }>([
    {
      name: "no account holder and a name too long for the QR code",
      change: (d) => { d.payment.accountHolder = ""; d.seller.businessName = "B".repeat(71); },
      field: "payment.accountHolder",
      message: /^No payment QR code is printed on this invoice\. .*70 characters at most/,
    },
    { name: "a total of zero", change: (d) => { d.lines = d.lines.map((l) => ({ ...l, unitPrice: "0" })); }, field: "lines", message: /at least €0\.01/ },
    { name: "a total over €999,999,999.99", change: (d) => { d.lines = [{ ...d.lines[0]!, quantity: "1", unitPrice: "1,000,000,000" }]; }, field: "lines", message: /at most €999,999,999\.99/ },
  ])("a QR code that can't be printed: $name → qr-code on $field", ({ change, field, message }) => {
    const warning = warningsFor(change).find((w) => w.id === "qr-code");
    expect(warning).toMatchObject({ field, message: expect.stringMatching(message), source: expect.stringMatching(/EPC069-12/) });
  });

  it.each<{ name: string; change: (d: InvoiceDraft) => void }>([
    { name: "QR code off", change: (d) => { d.payment.qrCode = false; d.payment.accountHolder = ""; d.seller.businessName = "B".repeat(71); } },
    { name: "not in euro", change: (d) => { d.currency = "USD"; d.lines = d.lines.map((l) => ({ ...l, unitPrice: "0" })); } },
    { name: "no IBAN", change: (d) => { d.payment.iban = ""; d.lines = d.lines.map((l) => ({ ...l, unitPrice: "0" })); } },
  ])("no QR warning when no code was asked for: $name", ({ change }) => {
    expect(ids(change).filter((id) => id.startsWith("qr-code"))).toEqual([]);
  });

  it.each([
    { name: "a Brazilian IBAN", iban: "BR18 0036 0305 0000 1000 9795 493C 1", country: "Brazil \\(BR\\)", warned: true },
    { name: "a Saudi IBAN", iban: "SA03 8000 0000 6080 1016 7519", country: "Saudi Arabia \\(SA\\)", warned: true },
    { name: "a Swiss IBAN (SEPA, outside the EU)", iban: "CH93 0076 2011 6238 5295 7", country: "", warned: false },
    { name: "a German IBAN", iban: "DE89 3704 0044 0532 0130 00", country: "", warned: false },
  ])("an IBAN outside SEPA is warned, not blocked: $name", ({ iban, country, warned }) => {
    const warning = warningsFor((d) => { d.payment.iban = iban; }).find((w) => w.id === "qr-code-sepa");
    expect(warning !== undefined).toBe(warned);
    if (warning) {
      expect(warning.field).toBe("payment.iban");
      expect(warning.message).toMatch(new RegExp(`^This IBAN is from ${country}, which is not in the SEPA schemes`));
      expect(warning.source).toMatch(/EPC List of SEPA Scheme Countries/);
    }
    // Only a warning: the code is still printed.
    const invoice = invoiceFrom((d) => { d.payment.iban = iban; });
    expect(paymentQrProblem(invoice, invoiceTotals(invoice))).toBeNull();
  });

  it("every warning names a field and a source, and ids are unique", () => {
    const warnings = warningsFor((d) => {
      d.seller = { ...d.seller, taxId: "", address: "" };
      d.buyer = { ...d.buyer, taxId: "", address: "" };
      d.supplyDate = "";
      d.terms = "on-receipt";
      d.earlyDiscount.enabled = false;
      d.taxNote = "";
      d.lines[0]!.taxRate = "";
      d.payment = { ...d.payment, iban: "", paymentLink: "", bic: "" };
    }, "");
    expect(warnings.map((w) => w.id)).toEqual([
      "eu-number", "eu-seller-vat-number", "eu-buyer-vat-number", "eu-seller-address", "eu-buyer-address",
      "eu-supply-date", "eu-vat-rate", "eu-exemption-note", "due-on-receipt", "no-payment-details",
    ]);
    for (const w of warnings) {
      expect(w.field).not.toBe("");
      expect(w.source).not.toBe("");
    }
  });
});
