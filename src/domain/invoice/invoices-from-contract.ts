import type { Contract, Party, ScheduledPayment } from "../contract/contract";
import { DiscountDraft, LateFeeDraft } from "../contract/contract-draft";
import { addDays, daysBetween, formatDate, isValidCalendarDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import { US_STATES } from "../law/governing-law";
import { formatAmount, formatMoney } from "../money/format-money";
import { localeSeparators } from "../money/number-format";
import { formatPercent } from "../percent/format-percent";
import { plainPercent } from "../percent/plain-percent";
import type { EarlyDiscount } from "../terms/early-discount";
import type { LateFeeTerms } from "../terms/late-fee-terms";
import { countryOptions } from "../text/country-codes";
import { displayName } from "../text/display-name";
import { InvoiceDraft, type InvoicePartyDraft } from "./invoice-draft";

// The invoices a contract implies: one per payment in its schedule, with the dates the contract
// promises (src/domain/document/contract/payment-sections.ts):
// - the deposit is invoiced on signing (`depositInvoiceDate`) and due before the start date: the
//   day before it, or the invoice date itself when the contract is signed that late;
// - every other instalment is invoiced on its date (or, for "on acceptance of …", the date the
//   acceptance is expected) and due within the contract's payment term (net N) after that date.
// Amounts are the schedule's, to the minor unit, and exclude VAT, as the contract says.

export type ContractInvoicePlan = {
  /** Index of the payment in contract.schedule.payments. */
  paymentIndex: number;
  kind: "deposit" | "milestone";
  /** The payment's name in the contract: "Deposit", "Design approved". */
  name: string;
  issueDate: string;
  dueDate: string;
  /** Minor units, exactly the schedule's amount (before any VAT the user adds). */
  amount: number;
  /** The early-payment discount the invoice offers, or null (none in the contract, or left off: see notes). */
  earlyDiscount: EarlyDiscount | null;
  /** For a milestone: the day its work starts (the contract's start date for the first, then the day after the previous milestone's date). Null for the deposit. */
  workStarts: string | null;
  /** A draft the invoice editor opens as it is and readInvoice accepts. */
  draft: InvoiceDraft;
  /** Things for the user to check before sending (not printed on the invoice). */
  notes: string[];
};

export type InvoicesFromContractOptions = {
  /** The day the deposit is invoiced: the day the contract is signed ("YYYY-MM-DD"). */
  depositInvoiceDate: string;
};

const VAT_NOTE =
  "The contract's amounts exclude VAT or sales tax: add the tax rate to the invoice line where the law requires it.";

/** 150 → "1.5" in en, "1,5" in de: the percent as a user types it back. */
const percentText = (basisPoints: number, locale: string) => plainPercent(basisPoints, localeSeparators(locale).decimal);

/** The contract's checked late fee, written back as the draft strings that read to the same terms. */
export function lateFeeDraftOf(terms: LateFeeTerms, currency: string, locale: string): LateFeeDraft {
  const base = LateFeeDraft.parse({ percentPerMonth: percentText(150, locale) });
  if (terms.kind === "none") return { ...base, kind: "none" };
  const cap = terms.cap === null ? { capEnabled: false } : { capEnabled: true, capPercent: percentText(terms.cap.basisPoints, locale) };
  const common = { ...base, graceDays: String(terms.graceDays), ...cap };
  switch (terms.kind) {
    case "flat":
      return { ...common, kind: "flat", flatFee: formatAmount(terms.amount, currency, locale) };
    case "percent-per-month":
      return { ...common, kind: "percent-per-month", percentPerMonth: percentText(terms.basisPoints, locale) };
    case "annual-rate":
      return { ...common, kind: "annual-rate", annualRate: percentText(terms.basisPoints, locale) };
  }
}

/** The contract's checked early-payment discount, written back as draft strings ("enabled: false" for none). */
export function discountDraftOf(discount: EarlyDiscount | null, locale: string): DiscountDraft {
  if (discount === null) return DiscountDraft.parse({ enabled: false, percent: percentText(200, locale) });
  return { enabled: true, percent: percentText(discount.basisPoints, locale), withinDays: String(discount.withinDays) };
}

// ---- Country from "where the party is based" ------------------------------------------------

const simplify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

const ALIASES: Record<string, string> = {
  usa: "US", us: "US", "united states of america": "US", america: "US",
  uk: "GB", "great britain": "GB", britain: "GB", england: "GB", scotland: "GB", wales: "GB", "northern ireland": "GB",
  turkey: "TR", "czech republic": "CZ", holland: "NL", deutschland: "DE", "ivory coast": "CI", burma: "MM",
  "south korea": "KR", "korea": "KR", "north macedonia": "MK", macedonia: "MK", swaziland: "SZ", "vatican": "VA",
};

let regionTable: Map<string, Set<string>> | null = null;

/** English name (simplified) → ISO 3166-1 alpha-2 codes it may mean; US state names and codes map to "US". */
function regions(): Map<string, Set<string>> {
  if (regionTable) return regionTable;
  const table = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const key = simplify(name);
    if (key === "") return;
    const set = table.get(key) ?? new Set<string>();
    set.add(code);
    table.set(key, set);
  };
  for (const { value: code, label: name } of countryOptions()) {
    add(name, code);
    add(name.replace(/\s*\(.*\)\s*$/, ""), code); // "Myanmar (Burma)" → "Myanmar"
    add(code, code);
  }
  for (const [alias, code] of Object.entries(ALIASES)) add(alias, code);
  // A US state named or abbreviated alone means the US ("Georgia" or "DE" stay ambiguous).
  for (const s of US_STATES) {
    add(s.name, "US");
    add(s.code, "US");
  }
  regionTable = table;
  return table;
}

/**
 * The ISO 3166-1 alpha-2 country of a party from the "based in" text, only when it is unambiguous:
 * "Maine, USA" → "US", "Berlin, Germany" → "DE", "London, UK" → "GB"; "Georgia" (the country or the
 * US state), "Portland, ME" (Maine or Montenegro) or "Springfield" → "". The governing law is not
 * used: it says which law applies, not where either party is.
 */
export function countryFromBasedIn(basedIn: string): string {
  const segments = basedIn.split(/[,;/\n]/).map((s) => s.trim()).filter((s) => s !== "");
  const last = segments[segments.length - 1];
  if (last === undefined) return "";
  const codes = regions().get(simplify(last));
  return codes && codes.size === 1 ? [...codes][0]! : "";
}

// ---- The invoices ---------------------------------------------------------------------------

function partyDraft(party: Party): InvoicePartyDraft {
  return {
    name: party.name,
    businessName: party.businessName,
    address: party.address,
    email: party.email,
    taxId: party.taxId,
    country: countryFromBasedIn(party.basedIn),
  };
}

/** Cuts text to `max` characters (whole code points), ending with "…" when cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** The day a payment is invoiced: the milestone's date, or when its acceptance is expected. */
function invoiceDay(payment: ScheduledPayment, depositInvoiceDate: string): string {
  switch (payment.due.kind) {
    case "before-start":
      return depositInvoiceDate;
    case "date":
      return payment.due.date;
    case "acceptance":
      return payment.due.expectedDate;
  }
}

/**
 * One invoice plan per payment of the contract's schedule, in the schedule's order.
 * Throws a RangeError when `depositInvoiceDate` is not a real "YYYY-MM-DD" date (the caller passes
 * today's date or a date picked in a date field, never free text).
 */
export function invoicesFromContract(contract: Contract, { depositInvoiceDate }: InvoicesFromContractOptions): ContractInvoicePlan[] {
  if (!isValidCalendarDate(depositInvoiceDate)) throw new RangeError(`Not a calendar date: ${depositInvoiceDate}`);
  const { currency, locale, scope, schedule } = contract;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const dateLocale = documentDateLocale(locale);
  const reference = clip(
    `${scope.title} — contract between ${displayName(contract.you)} and ${displayName(contract.client)}, starting ${formatDate(contract.startDate, dateLocale)}`,
    200,
  );
  const seller = partyDraft(contract.you);
  const buyer = partyDraft(contract.client);
  const lateFee = lateFeeDraftOf(contract.lateFee, currency, locale);
  const hourlyEstimate = contract.price.model === "hourly" && !contract.price.capped;
  const lastIndex = schedule.payments.length - 1;

  let previousMilestoneDay: string | null = null;
  return schedule.payments.map((payment, paymentIndex): ContractInvoicePlan => {
    const issueDate = invoiceDay(payment, depositInvoiceDate);
    const notes = [VAT_NOTE];
    let dueDate: string;
    let terms: Pick<InvoiceDraft, "terms" | "netDays" | "dueDate">;
    let earlyDiscount = contract.discount;
    let workStarts: string | null = null;

    if (payment.kind === "deposit") {
      // "due before the start date": the day before, but never before the invoice itself.
      const dayBefore = addDays(contract.startDate, -1);
      dueDate = dayBefore < issueDate ? issueDate : dayBefore;
      terms = { terms: "date", netDays: String(contract.netDays), dueDate };
      if (earlyDiscount && earlyDiscount.withinDays >= daysBetween(issueDate, dueDate)) {
        // A discount period that ends on or after the due date is no offer: the invoice can't
        // print "pay less by a later date". The contract's clause still applies to the deposit.
        notes.push(
          `The early-payment discount is left off this invoice: the deposit is due ${formatDate(dueDate, dateLocale)}, ` +
            `before the ${earlyDiscount.withinDays}-day discount period would end. The contract's discount clause still applies if the client pays within it.`,
        );
        earlyDiscount = null;
      }
    } else {
      dueDate = addDays(issueDate, contract.netDays);
      // The contract's own words: due within N days after the date of the invoice (0: on the day it is issued).
      terms =
        contract.netDays === 0
          ? { terms: "on-receipt", netDays: "0", dueDate }
          : { terms: "net", netDays: String(contract.netDays), dueDate };
      // The first milestone's work starts on the start date, each next one the day after the
      // previous milestone's date, but never after its own date.
      const start: string = previousMilestoneDay === null ? contract.startDate : addDays(previousMilestoneDay, 1);
      workStarts = start > issueDate ? issueDate : start;
      previousMilestoneDay = issueDate;
      if (payment.due.kind === "acceptance") {
        notes.push(
          `Invoiced on the expected acceptance of ${payment.due.deliverable} (${formatDate(issueDate, dateLocale)}): change the invoice date to the day it is accepted.`,
        );
      }
      if (hourlyEstimate && paymentIndex === lastIndex) {
        notes.push("The instalments are based on the estimated hours: adjust this last invoice to the hours actually worked, as the contract says.");
      }
    }

    const share = `${formatPercent(payment.basisPoints, locale)} of ${money(contract.total)}`;
    const title = payment.kind === "deposit" ? `Deposit — ${scope.title}` : `Milestone ${paymentIndex + 1}: ${payment.name} — ${scope.title}`;
    const delivered = payment.deliverables.length > 0 ? `\nDeliverables: ${payment.deliverables.join(", ")}` : "";
    const description = clip(`${title} (${share})${delivered}`, 1_000);

    const draft = InvoiceDraft.parse({
      seller,
      buyer,
      currency,
      numberLocale: locale,
      issueDate,
      supplyDate: "",
      ...terms,
      reference,
      lines: [
        {
          id: "l1",
          description,
          quantity: "1",
          unit: "",
          unitPrice: formatAmount(payment.amount, currency, locale),
          taxRate: "",
          discountMode: "none",
          discountValue: "",
        },
      ],
      lateFee,
      earlyDiscount: discountDraftOf(earlyDiscount, locale),
    });

    return { paymentIndex, kind: payment.kind, name: payment.name, issueDate, dueDate, amount: payment.amount, earlyDiscount, workStarts, draft, notes };
  });
}
