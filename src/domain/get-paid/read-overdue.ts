import { type FieldError, FieldErrors } from "../contract/field-errors";
import { parseWholeNumber } from "../contract/parse-whole-number";
import { readLateFeeTerms } from "../contract/read-late-fees";
import { daysBetween, formatDate, isValidCalendarDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import { parseDate } from "../dates/parse-date";
import { US_STATE_CODES, type UsStateCode } from "../law/governing-law";
import { isCurrencyCode } from "../money/currency";
import { formatMoney } from "../money/format-money";
import { isNumberLocale } from "../money/number-locales";
import { parseMoney } from "../money/parse-money";
import { cleanLine, cleanText } from "../text/clean-text";
import { emailProblem } from "../text/email-problem";
import type { CheckedPartialPayment, OverdueCase, PaymentPlanTerms } from "./overdue-case";
import { MAX_INSTALMENTS, type OverdueDraft } from "./overdue-draft";
import { type SmallClaimsKey, isSmallClaimsKey } from "./small-claims-keys";
import type { GetPaidStepId } from "./get-paid-steps";
import { parseReferenceRate } from "./parse-reference-rate";

export type OverdueFieldError = FieldError<GetPaidStepId>;
export type ReadOverdue = { ok: true; overdue: OverdueCase } | { ok: false; errors: OverdueFieldError[] };

type Errors = FieldErrors<GetPaidStepId>;
type Money = { currency: string; locale: string };

const isUsStateCode = (code: string): code is UsStateCode => (US_STATE_CODES as readonly string[]).includes(code);

/** The longest grace period a payment plan may give before the whole balance is due. */
const MAX_PLAN_GRACE_DAYS = 60;

/** An optional address ("" is fine); a required one says so. Either way, never one with a line break. */
function readEmail(raw: string, field: string, required: boolean, errors: Errors): string {
  if (raw.trim() === "" && !required) return "";
  const problem = emailProblem(raw);
  if (problem) errors.add(field, problem);
  return problem ? "" : raw.trim();
}

function readParties(draft: OverdueDraft, errors: Errors) {
  const you = {
    name: cleanLine(draft.you.name),
    businessName: cleanLine(draft.you.businessName),
    address: cleanText(draft.you.address),
    email: readEmail(draft.you.email, "you.email", false, errors),
    phone: cleanLine(draft.you.phone),
  };
  if (you.name === "") errors.add("you.name", "Enter your name, as it should sign the messages");
  const client = {
    name: cleanLine(draft.client.name),
    businessName: cleanLine(draft.client.businessName),
    address: cleanText(draft.client.address),
    email: readEmail(draft.client.email, "client.email", false, errors),
    paymentsContactName: cleanLine(draft.client.paymentsContactName),
    paymentsContactEmail: readEmail(draft.client.paymentsContactEmail, "client.paymentsContactEmail", false, errors),
  };
  if (client.name === "" && client.businessName === "") errors.add("client.name", "Enter your client's name or business name");
  return { you, client };
}

function readPartialPayments(draft: OverdueDraft, money: Money, asOf: string | undefined, errors: Errors): CheckedPartialPayment[] | undefined {
  const read = draft.invoice.partialPayments.map((p, i) => {
    const at = `invoice.partialPayments.${p.id}`;
    const label = `payment ${i + 1}`;
    const date = errors.take(`${at}.date`, parseDate(p.date, `the date of ${label}`));
    if (date && asOf && date > asOf) {
      errors.add(`${at}.date`, `The date of ${label} can't be after ${formatDate(asOf, documentDateLocale(money.locale))}, the day the plan is worked out for`);
    }
    const amount = errors.take(`${at}.amount`, parseMoney(p.amount, money.currency, money.locale, { allowZero: false, label: `the amount of ${label}` }));
    return date && amount !== undefined ? { id: p.id, date, amount } : undefined;
  });
  return read.every((p) => p !== undefined) ? read : undefined;
}

function readInvoiceFacts(draft: OverdueDraft, today: string, errors: Errors) {
  errors.at("invoice");
  const inv = draft.invoice;
  const currencyCode = inv.currency.trim().toUpperCase();
  if (!isCurrencyCode(currencyCode)) errors.add("invoice.currency", "Choose the currency of the invoice");
  if (!isNumberLocale(inv.numberLocale)) errors.add("invoice.numberLocale", "Choose how numbers are written");
  // Read on with values Intl can use, so one bad answer never crashes the rest.
  const money = { currency: isCurrencyCode(currencyCode) ? currencyCode : "EUR", locale: isNumberLocale(inv.numberLocale) ? inv.numberLocale : "en-GB" };

  const number = cleanLine(inv.number);
  if (number === "") errors.add("invoice.number", "Enter the invoice number, as printed on the invoice");
  const amount = errors.take("invoice.amount", parseMoney(inv.amount, money.currency, money.locale, { allowZero: false, label: "the invoice amount" }));
  const issueDate = errors.take("invoice.issueDate", parseDate(inv.issueDate, "the invoice date"));
  const dueDate = errors.take("invoice.dueDate", parseDate(inv.dueDate, "the due date"));
  if (issueDate && dueDate && dueDate < issueDate) errors.add("invoice.dueDate", "The due date can't be before the invoice date");

  const asOf = draft.asOf.trim() === "" ? today : errors.take("asOf", parseDate(draft.asOf, "the date to plan for"));
  const payments = readPartialPayments(draft, money, asOf, errors);
  const paid = payments?.reduce((sum, p) => sum + p.amount, 0);
  if (paid !== undefined && amount !== undefined && paid > amount) {
    const fmt = (m: number) => formatMoney(m, money.currency, money.locale);
    errors.add("invoice.partialPayments", `The payments add up to ${fmt(paid)}, more than the invoice amount of ${fmt(amount)}`);
  }
  return { money, number, amount, issueDate, dueDate, asOf, payments, paid, howToPay: cleanText(inv.howToPay), description: cleanLine(inv.description) };
}

function readClaim(draft: OverdueDraft, money: Money, errors: Errors): OverdueCase["claim"] | undefined {
  errors.at("interest");
  const c = draft.claim;
  if (c.regime !== "contract") {
    const statutory = c.regime !== "other";
    const override = statutory && c.referenceRateOverride.trim() !== "" ? errors.take("claim.referenceRateOverride", parseReferenceRate(c.referenceRateOverride, money.locale)) : null;
    if (override === undefined) return undefined;
    const lateFee = c.regime === "other" && c.lateFee.kind !== "none" ? readLateFeeTerms(c.lateFee, money, { step: "interest", path: "claim.lateFee" }, errors) : null;
    if (lateFee === undefined) return undefined;
    const usState = c.regime === "other" && isUsStateCode(c.usState) ? c.usState : null;
    return { regime: c.regime, businessClient: c.businessClient, soleTrader: c.businessClient && c.soleTrader, lateFee, referenceRateOverrideBp: override, usState };
  }
  const lateFee = readLateFeeTerms(c.lateFee, money, { step: "interest", path: "claim.lateFee" }, errors);
  return lateFee ? { regime: c.regime, businessClient: c.businessClient, soleTrader: c.businessClient && c.soleTrader, lateFee, referenceRateOverrideBp: null, usState: null } : undefined;
}

function readDispute(draft: OverdueDraft, money: Money, balance: number | undefined, errors: Errors): OverdueCase["dispute"] | undefined {
  if (draft.situation !== "dispute") return null;
  errors.at("situation");
  const d = draft.dispute;
  let undisputedAmount: number | null = null;
  if (d.undisputedAmount.trim() !== "") {
    const read = errors.take("dispute.undisputedAmount", parseMoney(d.undisputedAmount, money.currency, money.locale, { label: "the undisputed part" }));
    if (read === undefined) return undefined;
    if (balance !== undefined && read > balance) {
      errors.add("dispute.undisputedAmount", `The undisputed part can't be more than what is still owed (${formatMoney(balance, money.currency, money.locale)})`);
      return undefined;
    }
    undisputedAmount = read;
  }
  return { complaint: cleanText(d.complaint), undisputedAmount, offer: d.offer, offerDetails: cleanText(d.offerDetails) };
}

function readPaymentPlan(draft: OverdueDraft, money: Money, balance: number | undefined, errors: Errors): PaymentPlanTerms | null | undefined {
  // Nothing left to spread out: no plan to read (a paid invoice needs none).
  if (draft.situation !== "hardship" || balance === 0) return null;
  errors.at("situation");
  const p = draft.paymentPlan;
  const fmt = (m: number) => formatMoney(m, money.currency, money.locale);
  const downPayment = p.downPayment.trim() === "" ? 0 : errors.take("paymentPlan.downPayment", parseMoney(p.downPayment, money.currency, money.locale, { label: "the down payment" }));
  if (downPayment !== undefined && balance !== undefined && downPayment >= balance) {
    errors.add("paymentPlan.downPayment", `The down payment must be less than what is still owed (${fmt(balance)}), so something is left to pay in instalments`);
  }
  const count = errors.take("paymentPlan.instalments", parseWholeNumber(p.instalments, 2, MAX_INSTALMENTS, "the number of instalments"));
  if (count !== undefined && downPayment !== undefined && balance !== undefined && downPayment < balance && balance - downPayment < count) {
    errors.add("paymentPlan.instalments", `${fmt(balance - downPayment)} can't be split into ${count} instalments: choose fewer`);
  }
  const firstDate = errors.take("paymentPlan.firstDate", parseDate(p.firstDate, "the date of the first instalment"));
  const graceDays = errors.take("paymentPlan.graceDays", parseWholeNumber(p.graceDays, 0, MAX_PLAN_GRACE_DAYS, "the days of grace"));
  if (downPayment === undefined || count === undefined || !firstDate || graceDays === undefined || errors.has("paymentPlan.downPayment") || errors.has("paymentPlan.instalments")) {
    return undefined;
  }
  return { downPayment, count, firstDate, every: p.every, graceDays, waiveInterestIfKept: p.waiveInterestIfKept };
}

/** The longest pause-work threshold a contract could set, in days overdue. */
const MAX_PAUSE_AFTER_DAYS = 365;

function readFooting(draft: OverdueDraft, errors: Errors): { pauseWorkAfterDays: number | null; smallClaims: SmallClaimsKey | null } | undefined {
  errors.at("footing");
  const f = draft.footing;
  const pauseWorkAfterDays =
    f.pauseWork === "yes" ? errors.take("footing.pauseWorkAfterDays", parseWholeNumber(f.pauseWorkAfterDays, 0, MAX_PAUSE_AFTER_DAYS, "the days overdue after which you may pause work")) : null;
  if (pauseWorkAfterDays === undefined) return undefined;
  const smallClaims = isSmallClaimsKey(f.courtIn) ? f.courtIn : null;
  return { pauseWorkAfterDays, smallClaims };
}

/**
 * Checks every answer of an overdue-invoice draft and, when all are valid, returns the case they
 * describe. `today` is the user's calendar date ("YYYY-MM-DD"), used when the draft's asOf is "".
 * An invoice that is not overdue yet (due today or later) or already paid is a valid case with
 * that status, never an error. Messages carry their section and the draft path of their field.
 */
export function readOverdue(draft: OverdueDraft, today: string): ReadOverdue {
  if (!isValidCalendarDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${today}`);
  const errors = new FieldErrors<GetPaidStepId>("invoice");
  const { you, client } = readParties(draft, errors);
  const facts = readInvoiceFacts(draft, today, errors);
  const footing = readFooting(draft, errors);
  const claim = readClaim(draft, facts.money, errors);
  const balance = facts.amount !== undefined && facts.paid !== undefined ? facts.amount - facts.paid : undefined;
  const dispute = readDispute(draft, facts.money, balance !== undefined && balance >= 0 ? balance : undefined, errors);
  const paymentPlan = readPaymentPlan(draft, facts.money, balance !== undefined && balance >= 0 ? balance : undefined, errors);

  const { amount, issueDate, dueDate, asOf, payments, paid } = facts;
  if (errors.list.length > 0 || amount === undefined || !issueDate || !dueDate || !asOf || !payments || paid === undefined || balance === undefined || !claim || !footing || dispute === undefined || paymentPlan === undefined) {
    return { ok: false, errors: errors.list };
  }
  const late = daysBetween(dueDate, asOf);
  const status = balance === 0 ? "paid" : late > 0 ? "overdue" : "not-due";
  return {
    ok: true,
    overdue: {
      you,
      client,
      invoice: { number: facts.number, description: facts.description, ...facts.money, amount, issueDate, dueDate, partialPayments: payments, howToPay: facts.howToPay },
      paid,
      balance,
      asOf,
      status,
      daysOverdue: Math.max(0, late),
      daysUntilDue: Math.max(0, -late),
      claim,
      footing: { ...draft.footing, clientSaid: cleanText(draft.footing.clientSaid), contractId: cleanLine(draft.footing.contractId) },
      ...footing,
      situation: draft.situation,
      dispute,
      paymentPlan,
    },
  };
}

/** The messages of one step of the wizard, in the order its fields were checked. */
export function overdueStepErrors(draft: OverdueDraft, step: GetPaidStepId, today: string): OverdueFieldError[] {
  const result = readOverdue(draft, today);
  return result.ok ? [] : result.errors.filter((e) => e.step === step);
}
