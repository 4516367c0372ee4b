import { addDays, daysBetween, isValidCalendarDate } from "../dates/calendar-date";
import { formatMoney } from "../money/format-money";
import type { OverdueCase } from "./overdue-case";
import type { OverdueDraft } from "./overdue-draft";
import { type Instalment, paymentPlan } from "./payment-plan";
import { type SmallClaimsLimit, smallClaimsFit } from "./small-claims-limits";

// The plan: dated steps from the due date to the last resort, for each situation.
//
// Dates: "day N" is the due date + N calendar days (addDays, whole UTC days), so month ends need
// no rule of their own: a due date of 31 January gives day 1 = 1 February, day 7 = 7 February;
// 28 February 2027 + 1 = 1 March 2027, but 28 February 2028 + 1 = 29 February 2028. Dates are
// not moved off weekends or holidays (the user sends when they can; the calendar shows the day).
//
// Silent client: day 1 friendly reminder, day 7 firm follow-up asking for a payment date, day 14
// a call or message to someone else (the payments contact), day 21 a formal notice with a
// deadline, then a final demand the day after that deadline, then the options (collection
// agency, small claims, a lawyer) once the final demand's 7 days have run out. These day counts
// are a common collection practice, not law.
// The formal notice's deadline follows England and Wales's pre-action rules, a fair default
// elsewhere too: 14 days for a company (Practice Direction – Pre-Action Conduct and Protocols,
// para 6(b): "14 days in a straightforward case"), 30 days when the client is an individual, sole
// traders included (Pre-Action Protocol for Debt Claims, in force 1 October 2017, paras 1.1 and
// 5.1: it covers debts owed by individuals "including a sole trader", who have 30 days to reply).
//
// Dispute: ask what is wrong (day 1), propose paying the undisputed part now (day 3), a written
// response restating the agreed scope and what was accepted (day 7); then, from day 14, the
// silent sequence for the undisputed part if it stays unpaid.
// Hardship: offer a payment plan (day 1), the plan agreement (day 7), then a reminder 3 days
// before each instalment.

export const FORMAL_NOTICE_DAYS_BUSINESS = 14;
export const FORMAL_NOTICE_DAYS_INDIVIDUAL = 30;
export const FINAL_DEMAND_DAYS = 7;
export const INSTALMENT_REMINDER_DAYS_BEFORE = 3;
/** Where the undisputed part's own sequence starts in a dispute: a week after the written response. */
export const UNDISPUTED_SEQUENCE_START = 14;

export type StepKind = "message" | "call" | "letter" | "option";
export type StepChannel = "email" | "phone-or-email" | "email-and-post" | "none";
export type StepTone = "friendly" | "firm" | "formal" | "neutral";
export type StepTemplate =
  | "reminder"
  | "follow-up"
  | "payments-contact"
  | "pause-work"
  | "formal-notice"
  | "final-demand"
  | "collection-agency"
  | "small-claims"
  | "lawyer"
  | "dispute-ask"
  | "dispute-undisputed"
  | "dispute-response"
  | "plan-offer"
  | "plan-agreement"
  | "instalment-reminder";

export type StepState = { kind: "todo" } | { kind: "sent" | "skipped"; on: string | null };
/** Relative to asOf: done (sent or skipped), overdue (its day has passed), today, or upcoming. */
export type StepTiming = "done" | "overdue" | "today" | "upcoming";

export type PlanStep = {
  /** Stable: the same step keeps its id when dates change, so its state and edits stay with it. */
  id: string;
  title: string;
  /** Days after the due date (negative for a reminder before an instalment that falls early). */
  day: number;
  /** The planned date (due date + day); for a sent step, the day it was sent: sent steps are never re-dated. */
  date: string;
  kind: StepKind;
  channel: StepChannel;
  tone: StepTone;
  /** Which prefilled message messages.ts writes for it. */
  template: StepTemplate;
  /** What the step asks for: the balance, the undisputed part, or one instalment. */
  asksFor: "balance" | "undisputed" | "instalment";
  /** The "pay by" date a formal notice, final demand or instalment sets, else null. */
  deadline: string | null;
  /** For an instalment reminder: the instalment. */
  instalment: Instalment | null;
  /** One or two sentences on why and how, shown under the title. */
  detail: string;
  state: StepState;
  timing: StepTiming;
};

export type EscalationPlan = {
  situation: OverdueCase["situation"];
  dueDate: string;
  asOf: string;
  /** The invoice is paid: nothing left to send (steps are kept for the record). */
  settled: boolean;
  steps: PlanStep[];
};

export type PlanOptions = {
  /** draft.steps: step id → its state. */
  steps?: OverdueDraft["steps"];
  /** When the contract lets the user pause work on an overdue invoice: after how many days overdue (the contract's pauseWork.overdueDays). */
  pauseWorkAfterDays?: number | null;
  /** The small-claims limit where the client can be sued (small-claims-limits.ts), or null when unknown. */
  smallClaims?: SmallClaimsLimit | null;
};

type Draft = Omit<PlanStep, "date" | "state" | "timing" | "deadline" | "instalment" | "asksFor"> & { deadline?: number; instalment?: Instalment; asksFor?: PlanStep["asksFor"] };

function optionDetails(overdue: OverdueCase, limit: SmallClaimsLimit | null, amount: number): Record<"collection-agency" | "small-claims" | "lawyer", string> {
  const money = (m: number, currency = overdue.invoice.currency) => formatMoney(m, currency, overdue.invoice.locale);
  let smallClaims = "Find the small-claims limit of the courts where your client is based: below it, you can usually claim without a lawyer.";
  if (limit) {
    const limits = limit.entityLimit === null ? money(limit.limit, limit.currency) : `${money(limit.limit, limit.currency)} (${money(limit.entityLimit, limit.currency)} if you claim as a company)`;
    const fit = smallClaimsFit(limit, amount, overdue.invoice.currency);
    smallClaims =
      fit === "not-for-invoices"
        ? `In ${limit.place}, ${limit.court} is not for unpaid invoices: ${limit.note}`
        : `In ${limit.place}, ${limit.court} hears claims up to ${limits}. ` +
          (fit === "fits" ? `Your claim of ${money(amount)} is within it. ` : fit === "over" ? `Your claim of ${money(amount)} is above it: claim in the ordinary court, or give up the excess. ` : "") +
          `Checked ${limit.checked} against ${limit.rule}.`;
  }
  return {
    "collection-agency": "A collection agency chases the debt for you, usually for a share of what it recovers. Compare fees before you sign, and tell the agency what the client has already said.",
    "small-claims": smallClaims,
    lawyer: "A lawyer's letter often gets a reply when yours did not, and a lawyer can advise on a larger or disputed claim. Ask for a fixed fee first.",
  };
}

/** Days the formal notice gives to pay or reply: 14 for a company, 30 for a person or a sole trader. */
export function formalNoticeDays(claim: Pick<OverdueCase["claim"], "businessClient" | "soleTrader">): number {
  return claim.businessClient && !claim.soleTrader ? FORMAL_NOTICE_DAYS_BUSINESS : FORMAL_NOTICE_DAYS_INDIVIDUAL;
}

/** The silent sequence from `start` (0 for a silent client, 14 in a dispute), for the balance or the undisputed part. */
function silentSequence(overdue: OverdueCase, options: PlanOptions, start: number, undisputed: boolean): Draft[] {
  const notice = formalNoticeDays(overdue.claim);
  const id = (silent: string, dispute: string) => (undisputed ? dispute : silent);
  const asksFor = undisputed ? ("undisputed" as const) : ("balance" as const);
  const part = undisputed ? "the undisputed part" : "the invoice";
  const contact = overdue.client.paymentsContactName || "the person who pays invoices";
  const finalDay = start + 21 + notice + 1;
  const amount = undisputed ? (overdue.dispute?.undisputedAmount ?? overdue.balance) : overdue.balance;
  const opts = optionDetails(overdue, options.smallClaims ?? null, amount);
  const steps: Draft[] = [
    { id: id("day-1-reminder", "undisputed-reminder"), title: `Send a friendly reminder about ${part}`, day: start + 1, kind: "message", channel: "email", tone: "friendly", template: "reminder", asksFor, detail: "Most late payments are an oversight. Keep it short and friendly, with everything they need to pay today." },
    { id: id("day-7-follow-up", "undisputed-follow-up"), title: "Follow up and ask for a payment date", day: start + 7, kind: "message", channel: "email", tone: "firm", template: "follow-up", asksFor, detail: "Ask for a specific date by which they will pay: a date is a commitment you can hold them to." },
    { id: id("day-14-payments-contact", "undisputed-payments-contact"), title: `Call or write to ${contact}`, day: start + 14, kind: "call", channel: "phone-or-email", tone: "firm", template: "payments-contact", asksFor, detail: "Someone else may be able to pay: accounts payable, the finance contact or the owner. A call is harder to ignore than an e-mail; note what was said in the evidence log." },
    { id: id("day-21-formal-notice", "undisputed-formal-notice"), title: "Send a formal notice with a deadline", day: start + 21, kind: "letter", channel: "email-and-post", tone: "formal", template: "formal-notice", asksFor, deadline: notice, detail: `A formal notice gives ${notice} days to pay and says what you will do next. Send it by e-mail and by post, and keep proof of sending.` },
    { id: id("final-demand", "undisputed-final-demand"), title: "Send the final demand", day: finalDay, kind: "letter", channel: "email-and-post", tone: "formal", template: "final-demand", asksFor, deadline: FINAL_DEMAND_DAYS, detail: `The last letter before you act: ${FINAL_DEMAND_DAYS} days to pay, and which step you will take then.` },
    { id: "collection-agency", title: "Consider a collection agency", day: finalDay + FINAL_DEMAND_DAYS + 1, kind: "option", channel: "none", tone: "neutral", template: "collection-agency", asksFor, detail: opts["collection-agency"] },
    { id: "small-claims", title: "Consider a small claims court", day: finalDay + FINAL_DEMAND_DAYS + 1, kind: "option", channel: "none", tone: "neutral", template: "small-claims", asksFor, detail: opts["small-claims"] },
    { id: "lawyer", title: "Consider a lawyer", day: finalDay + FINAL_DEMAND_DAYS + 1, kind: "option", channel: "none", tone: "neutral", template: "lawyer", asksFor, detail: opts.lawyer },
  ];
  const pause = options.pauseWorkAfterDays;
  if (pause !== undefined && pause !== null && Number.isSafeInteger(pause) && pause >= 0) {
    steps.push({ id: id("pause-work", "undisputed-pause-work"), title: "Tell your client you are pausing work", day: start + Math.max(1, pause), kind: "message", channel: "email", tone: "firm", template: "pause-work", asksFor, detail: "Your contract lets you pause work while an invoice is overdue. Say so in writing before you stop, and say that work resumes once the invoice is paid." });
  }
  return steps;
}

function disputeSteps(overdue: OverdueCase, options: PlanOptions): Draft[] {
  const undisputed = overdue.dispute?.undisputedAmount ?? null;
  const steps: Draft[] = [
    { id: "dispute-ask", title: "Ask what exactly is wrong", day: 1, kind: "message", channel: "email", tone: "friendly", template: "dispute-ask", detail: "Ask for the specific problems, in writing, so you can answer each one against what was agreed." },
  ];
  // Only a part the user has named as undisputed is chased; an empty answer is not "all of it".
  const named = undisputed !== null && undisputed > 0;
  if (named) {
    steps.push({ id: "dispute-undisputed", title: "Propose they pay the undisputed part now", day: 3, kind: "message", channel: "email", tone: "firm", template: "dispute-undisputed", asksFor: "undisputed", detail: "A disagreement about part of the work is no reason to hold back payment for the rest." });
  }
  steps.push({ id: "dispute-response", title: "Send your written response", day: 7, kind: "letter", channel: "email-and-post", tone: "formal", template: "dispute-response", detail: "Restate the agreed scope, what was delivered and what was accepted, answer each complaint, and say what you offer." });
  if (named) steps.push(...silentSequence(overdue, options, UNDISPUTED_SEQUENCE_START, true));
  return steps;
}

function hardshipSteps(overdue: OverdueCase): Draft[] {
  const steps: Draft[] = [
    { id: "plan-offer", title: "Offer a payment plan", day: 1, kind: "message", channel: "email", tone: "friendly", template: "plan-offer", detail: "Offer to spread the balance over instalments: getting paid in parts beats not getting paid." },
    { id: "plan-agreement", title: "Send the payment plan agreement", day: 7, kind: "letter", channel: "email-and-post", tone: "formal", template: "plan-agreement", detail: "Put the agreed instalments and what happens if one is missed in writing, and ask them to sign and return it." },
  ];
  const terms = overdue.paymentPlan;
  const plan = terms ? paymentPlan(overdue.balance, terms) : null;
  if (plan?.ok) {
    for (const inst of plan.value.instalments) {
      const remindOn = addDays(inst.date, -INSTALMENT_REMINDER_DAYS_BEFORE);
      steps.push({
        id: `instalment-${inst.n}-reminder`,
        title: `Remind them of instalment ${inst.n} of ${plan.value.instalments.length}`,
        day: daysBetween(overdue.invoice.dueDate, remindOn),
        kind: "message",
        channel: "email",
        tone: "friendly",
        template: "instalment-reminder",
        asksFor: "instalment",
        instalment: inst,
        detail: `Instalment ${inst.n} is due in ${INSTALMENT_REMINDER_DAYS_BEFORE} days.`,
      });
    }
  }
  return steps;
}

function stateOf(saved: OverdueDraft["steps"] | undefined, id: string): StepState {
  const s = saved && Object.hasOwn(saved, id) ? saved[id] : undefined;
  if (!s || s.state === "todo") return { kind: "todo" };
  return { kind: s.state, on: isValidCalendarDate(s.on) ? s.on : null };
}

/** The dated plan for the case's situation, each step with its state and timing as of the case's asOf. */
export function escalationPlan(overdue: OverdueCase, options: PlanOptions = {}): EscalationPlan {
  const drafts =
    overdue.situation === "dispute" ? disputeSteps(overdue, options) : overdue.situation === "hardship" ? hardshipSteps(overdue) : silentSequence(overdue, options, 0, false);
  const due = overdue.invoice.dueDate;
  // A step never comes before the pay-by date the letter before it gave has passed: the final
  // demand follows the formal notice's deadline, the options follow the final demand's.
  let notBefore: string | null = null;
  const steps = drafts
    .map((d, order) => ({ d, order }))
    .sort((a, b) => a.d.day - b.d.day || a.order - b.order)
    .map(({ d }): PlanStep => {
      const byDay = addDays(due, d.day);
      const waits = d.template === "final-demand" || d.kind === "option";
      const planned = waits && notBefore !== null && notBefore > byDay ? notBefore : byDay;
      const state = stateOf(options.steps, d.id);
      const date = state.kind === "sent" && state.on ? state.on : planned;
      const timing: StepTiming = state.kind !== "todo" ? "done" : date < overdue.asOf ? "overdue" : date === overdue.asOf ? "today" : "upcoming";
      // A letter still to send whose day has passed gives its days to pay from the day it is sent: asOf.
      const sendOn = state.kind === "todo" && date < overdue.asOf ? overdue.asOf : date;
      const deadline = d.instalment ? d.instalment.date : d.deadline !== undefined ? addDays(sendOn, d.deadline) : null;
      if ((d.template === "formal-notice" || d.template === "final-demand") && deadline !== null) notBefore = addDays(deadline, 1);
      return { ...d, date, state, timing, deadline, instalment: d.instalment ?? null, asksFor: d.asksFor ?? "balance" };
    });
  return { situation: overdue.situation, dueDate: due, asOf: overdue.asOf, settled: overdue.status === "paid", steps };
}

export type NextStep = { step: PlanStep; when: "today" | "late" | "upcoming" };

/**
 * For a user who starts late (or already chased without marking steps): the latest step still to
 * do whose day has come, when it is not the next step itself; null otherwise. The page offers to
 * skip ahead to it.
 */
export function furthestDueStep(plan: EscalationPlan, asOf: string = plan.asOf): PlanStep | null {
  const next = nextStep(plan, asOf);
  if (!next || next.when === "upcoming") return null;
  const due = plan.steps.filter((s) => s.state.kind === "todo" && s.kind !== "option" && s.date <= asOf);
  const last = due[due.length - 1];
  return last && last.id !== next.step.id ? last : null;
}

/**
 * "What to send today": the first step still to do whose day has come (today, or late: the plan
 * goes in order, so a missed reminder comes before a firmer message; the user can skip it), else
 * the next upcoming one. Null when the invoice is paid or every step is done.
 */
export function nextStep(plan: EscalationPlan, asOf: string = plan.asOf): NextStep | null {
  if (plan.settled) return null;
  const todo = plan.steps.filter((s) => s.state.kind === "todo");
  const due = todo.find((s) => s.date <= asOf);
  if (due) return { step: due, when: due.date === asOf ? "today" : "late" };
  const upcoming = todo.find((s) => s.date > asOf);
  return upcoming ? { step: upcoming, when: "upcoming" } : null;
}

/** The steps still to do before `step` (options aside): what "skip ahead" passes over. */
export function stepsToDoBefore(plan: EscalationPlan, step: PlanStep): PlanStep[] {
  return plan.steps.filter((s) => s.state.kind === "todo" && s.kind !== "option" && s.date < step.date);
}
