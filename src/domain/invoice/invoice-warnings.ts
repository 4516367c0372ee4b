import { EU_COUNTRIES } from "../law/governing-law";
import { isSepaIban } from "../payment/sepa-iban";
import { countryLabel } from "../text/country-codes";
import type { Invoice, InvoiceLine } from "./invoice";
import type { InvoiceTotals } from "./invoice-totals";
import { paymentQrWanted } from "./payment-qr-payload";
import { paymentQrProblem } from "./payment-qr-problem";

/** Something worth fixing before the invoice is sent; never blocks a download. `field` is the draft path to fix. */
export type InvoiceWarning = { id: string; field: string; message: string; source: string };

// EU-27 member states (ISO 3166-1 alpha-2), the list in governing-law.ts; Treaty on European Union
// art. 52. The UK is "GB" (ISO 3166-1), not "UK".
const EU: ReadonlySet<string> = new Set(EU_COUNTRIES.map((c) => c.code));
const UK = "GB";

const EU_226 = "Council Directive 2006/112/EC (VAT Directive) art. 226";
const UK_700 = "HMRC VAT Notice 700 §16.3 (full VAT invoice)";
const EPC_QR = "EPC069-12, the EPC's QR code guidelines for SEPA credit transfers";

/** A line as a message names it: its description, cut short. */
function lineName(line: InvoiceLine): string {
  const text = line.description.split("\n")[0]!;
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}

/** "Line “Design” shows no VAT rate" or "3 lines show no VAT rate (the first is “Design”)". */
function linesPhrase(lines: readonly InvoiceLine[], one: string, many: string): string {
  return lines.length === 1 ? `Line ${lineName(lines[0]!)} ${one}` : `${lines.length} lines ${many} (the first is ${lineName(lines[0]!)})`;
}

function vatRules(invoice: Invoice, rules: "eu" | "uk"): InvoiceWarning[] {
  const warnings: InvoiceWarning[] = [];
  const src = (eu: string, uk = "") => (rules === "eu" ? `${EU_226}${eu}` : `${UK_700}${uk}`);
  const add = (id: string, field: string, message: string, source: string) => warnings.push({ id: `${rules}-${id}`, field, message, source });
  const { seller, buyer } = invoice;
  const noteGiven = invoice.taxNote !== "";

  if (invoice.number === "") add("number", "number", "Save the invoice to give it the next number of your series: a VAT invoice needs a unique, sequential number.", src("(2)"));
  if (seller.taxId === "")
    add("seller-vat-number", "seller.taxId", "Add your VAT number: a VAT invoice must show the seller's VAT registration number.", src("(3)"));
  if (rules === "eu") {
    const otherEuCountry = EU.has(buyer.country) && buyer.country !== seller.country;
    const reverseCharge = /reverse[- ]charge/i.test(invoice.taxNote);
    if (buyer.taxId === "" && (otherEuCountry || reverseCharge))
      add("buyer-vat-number", "buyer.taxId",
        "Add your client's VAT number: for a business client in another EU country (reverse charge, or goods sent VAT-free) it must be on the invoice.",
        src("(4)"));
  }
  if (seller.address === "") add("seller-address", "seller.address", "Add your full postal address.", src("(5)"));
  if (buyer.address === "") add("buyer-address", "buyer.address", "Add your client's full postal address.", src("(5)"));
  if (invoice.supplyDate === null)
    add("supply-date", "supplyDate",
      rules === "eu"
        ? "If the goods were delivered or the work finished on a different day from the issue date, enter that date of supply."
        : "If the time of supply (tax point) is different from the issue date, enter it as the date of supply.",
      src("(7)"));

  const noRate = invoice.lines.filter((l) => l.taxMillipercent === null);
  if (noRate.length > 0 && !noteGiven)
    add("vat-rate", `lines.${noRate[0]!.id}.taxRate`,
      `${linesPhrase(noRate, "shows no VAT rate", "show no VAT rate")}. Give every line its rate (0 where no VAT is charged), or say in the tax note why no VAT applies.`,
      src("(9)–(10)"));
  if (rules === "eu") {
    const noVat = invoice.lines.filter((l) => l.taxMillipercent === null || l.taxMillipercent === 0);
    if (noVat.length > 0 && !noteGiven)
      add("exemption-note", "taxNote",
        `${linesPhrase(noVat, "carries no VAT", "carry no VAT")}. Say why in the tax note: the exemption that applies, or “Reverse charge” when your client accounts for the VAT.`,
        src("(11), (11a)"));
  }
  return warnings;
}

/**
 * Fields the law commonly requires on a VAT invoice that this invoice leaves out, for sellers in
 * the EU (VAT Directive art. 226) and the UK (HMRC VAT Notice 700 §16.3), and a few things any
 * invoice needs to get paid. A seller who shows no VAT rate and no VAT number is treated as not
 * registered for VAT: they get one note about it instead of the whole VAT list. A payment QR code
 * that was asked for but can't be printed, or that points at an account outside SEPA, is warned too.
 */
export function vatInvoiceWarnings(invoice: Invoice, totals: InvoiceTotals): InvoiceWarning[] {
  const warnings: InvoiceWarning[] = [];
  const country = invoice.seller.country;
  const rules = EU.has(country) ? "eu" : country === UK ? "uk" : null;
  const showsVat = totals.byRate.some((r) => r.millipercent !== null) || invoice.seller.taxId !== "";

  if (country === "")
    warnings.push({
      id: "seller-country",
      field: "seller.country",
      message: "Enter your country (its two-letter code, like DE or GB) so the invoice can be checked against the VAT invoice rules that apply to you.",
      source: `${EU_226}; ${UK_700}`,
    });
  if (rules && showsVat) warnings.push(...vatRules(invoice, rules));
  else if (rules && invoice.taxNote === "")
    warnings.push({
      id: `${rules}-not-registered`,
      field: "taxNote",
      message:
        "No line shows VAT. If you are registered for VAT, add your VAT number and each line's rate; if you are not (or are exempt as a small business), say so in the tax note.",
      source: rules === "eu" ? `${EU_226}(11); art. 281–294 (small enterprises)` : `${UK_700}; VAT Notice 700/1 (who should register)`,
    });

  if (invoice.due.kind === "on-receipt")
    warnings.push({
      id: "due-on-receipt",
      field: "terms",
      message: "The invoice is due on receipt, so it shows no date by which to pay. A due date (net 14, for example) makes it clear when a payment is late.",
      source: "When no date is fixed, late-payment law falls back to 30 days after receipt: Directive 2011/7/EU art. 3(3)(b); Late Payment of Commercial Debts (Interest) Act 1998 s.4",
    });
  const p = invoice.payment;
  if (p.iban === null && p.otherAccount === "" && p.paymentLink === null)
    warnings.push({
      id: "no-payment-details",
      field: "payment.iban",
      message: "Add how to pay you: a bank account (IBAN or other account details) or a payment link.",
      source: "Good practice, not a legal requirement",
    });
  const qr = paymentQrProblem(invoice, totals);
  if (qr) warnings.push({ id: "qr-code", field: qr.field, message: qr.message, source: EPC_QR });
  // Warned even when the code can't print yet, so fixing the name doesn't reveal a second problem later.
  if (paymentQrWanted(invoice) && p.iban !== null && !isSepaIban(p.iban))
    warnings.push({
      id: "qr-code-sepa",
      field: "payment.iban",
      message: `This IBAN is from ${countryLabel(p.iban.slice(0, 2))}, which is not in the SEPA schemes. The payment QR code is for SEPA credit transfers, so your client's bank app may not accept it: turn the QR code off, or give a euro account in a SEPA country.`,
      source: `${EPC_QR}; the EPC List of SEPA Scheme Countries (EPC409-09)`,
    });
  return warnings;
}
