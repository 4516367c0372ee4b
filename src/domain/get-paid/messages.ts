import { daysBetween, formatDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import { formatMoney } from "../money/format-money";
import { days } from "../terms/day-words";
import { cleanLine, cleanText } from "../text/clean-text";
import { displayName } from "../text/display-name";
import type { PlanStep, StepTemplate } from "./escalation-plan";
import { footingFacts } from "./footing";
import type { OverdueCase } from "./overdue-case";
import type { OverdueDraft } from "./overdue-draft";
import { paymentPlan, paymentPlanTermsText } from "./payment-plan";

// The prefilled message for each step of the plan: plain text, ready to paste or to open in a
// mail program (mailto.ts). The tone follows the step (friendly → firm → formal). Every message
// names the invoice number, the amount asked for (in the invoice's currency and number style),
// the due date, how late it is, how to pay and the user's name. Messages state only what the
// footing supports (footing.ts): "you accepted the work" only with written acceptance.
// Interest and compensation are worked out elsewhere; they arrive as a finished sentence
// (`claimText`). For letter steps (formal notice, final demand, dispute response, plan agreement)
// this is the covering e-mail; the letter itself is a separate document.

export type MessageContext = {
  /** A finished sentence from the interest calculator, e.g. "You also owe statutory interest of £48.22 and compensation of £70.00." */
  claimText?: string;
  /** What a kept payment plan waives, pre-formatted (payment-plan.ts waivedText). */
  waivedText?: string;
  /** The contract's pause-work threshold in days overdue, for the work-suspension notice. */
  pauseWorkAfterDays?: number;
  /** The balance with the interest and fees claimed, formatted: what the notices ask for, as their letters do. */
  totalDue?: string;
  /** What the final demand says happens next, as its letter does ("start a claim in the small claims court"). */
  finalDemandNext?: string;
};

export type Message = { subject: string; body: string };

export type StepMessage = Message & {
  stepId: string;
  tone: PlanStep["tone"];
  /** The main recipient's address ("" when not known), and copies. */
  to: string;
  cc: string[];
  /** True when the user's edit replaced the prefilled subject or body. */
  edited: boolean;
};

type Facts = {
  number: string;
  amount: string;
  due: string;
  late: string;
  howToPay: string;
  what: string;
  hello: string;
  signature: string;
  paidLine: string;
  date: (d: string) => string;
  money: (m: number) => string;
};

function factsFor(step: PlanStep, c: OverdueCase): Facts {
  const money = (m: number) => formatMoney(m, c.invoice.currency, c.invoice.locale);
  const date = (d: string) => formatDate(d, documentDateLocale(c.invoice.locale));
  const asked = step.asksFor === "instalment" && step.instalment ? step.instalment.amount : step.asksFor === "undisputed" ? (c.dispute?.undisputedAmount ?? c.balance) : c.balance;
  // Days late on the day the message goes: today, or the step's own day when it is still ahead.
  const sendOn = step.timing === "upcoming" ? step.date : c.asOf;
  const lateDays = daysBetween(c.invoice.dueDate, sendOn);
  const late = lateDays > 0 ? `${days(lateDays)} overdue` : lateDays === 0 ? "due today" : `due in ${days(-lateDays)}`;
  const toPayments = step.template === "payments-contact";
  const greetingName = toPayments ? c.client.paymentsContactName : c.client.name || c.client.businessName;
  const signature = [c.you.name, c.you.businessName, c.you.email, c.you.phone].filter((l) => l !== "").join("\n");
  return {
    number: c.invoice.number,
    amount: money(asked),
    due: date(c.invoice.dueDate),
    late,
    howToPay: c.invoice.howToPay !== "" ? `You can pay as follows:\n${c.invoice.howToPay}` : "You can pay using the payment details on the invoice.",
    what: c.invoice.description !== "" ? ` (${c.invoice.description})` : "",
    hello: greetingName ? `Hello ${greetingName},` : "Hello,",
    signature,
    paidLine: c.paid > 0 ? `Thank you for the ${money(c.paid)} paid so far; ${money(c.balance)} of ${money(c.invoice.amount)} remains unpaid.` : "",
    date,
    money,
  };
}

/** "The work was agreed in writing and delivered, and you accepted it in writing." — only what the footing supports. */
function workFacts(c: OverdueCase): string {
  const f = footingFacts(c.footing);
  const parts: string[] = [];
  if (f.agreedInWriting) parts.push("agreed in writing");
  if (f.delivered) parts.push("delivered in full");
  if (parts.length === 0 && !f.acceptance) return "";
  const done = parts.length > 0 ? `The work was ${parts.join(" and ")}` : "The work";
  const accepted = f.acceptance === "in-writing" ? "you accepted it in writing" : f.acceptance === "by-use" ? "you have been using it" : "";
  if (parts.length === 0) return `${accepted.charAt(0).toUpperCase()}${accepted.slice(1)}.`;
  return accepted ? `${done}, and ${accepted}.` : `${done}.`;
}

const para = (...lines: (string | undefined | false)[]) => lines.filter((l): l is string => typeof l === "string" && l !== "").join("\n\n");

function write(template: StepTemplate, step: PlanStep, c: OverdueCase, ctx: MessageContext): Message | null {
  const x = factsFor(step, c);
  const sign = (closing: string) => `${closing}\n${x.signature}`;
  const claim = ctx.claimText?.trim() ?? "";
  switch (template) {
    case "reminder":
      return {
        subject: `Friendly reminder: invoice ${x.number} (${x.amount})`,
        body: para(x.hello, `A quick reminder about invoice ${x.number}${x.what}: ${x.amount} was due on ${x.due} and is now ${x.late}. It may simply have slipped through: could you check it has been scheduled?`, x.paidLine, x.howToPay, "If you have already paid, thank you, and please ignore this message.", sign("Best wishes,")),
      };
    case "follow-up":
      return {
        subject: `Invoice ${x.number}: when will it be paid?`,
        body: para(x.hello, `I'm following up on invoice ${x.number}${x.what}. ${x.amount} was due on ${x.due} and is now ${x.late}, and I haven't received payment or a reply.`, x.paidLine, "Please let me know by return the date on which you will pay.", x.howToPay, sign("Kind regards,")),
      };
    case "payments-contact":
      return {
        subject: `Overdue invoice ${x.number} from ${displayName(c.you) || c.you.name}: ${x.amount}`,
        body: para(x.hello, `I'm writing about invoice ${x.number}${x.what}, sent to ${displayName(c.client)}. ${x.amount} was due on ${x.due} and is now ${x.late}. My reminders have not led to payment or to a payment date, so I'm asking you directly.`, "Could you check whether the invoice is approved and scheduled for payment, and tell me when it will be paid?", x.howToPay, sign("Kind regards,")),
      };
    case "pause-work": {
      const after = ctx.pauseWorkAfterDays !== undefined ? ` more than ${days(ctx.pauseWorkAfterDays)}` : "";
      return {
        subject: `Invoice ${x.number}: work paused until payment`,
        body: para(x.hello, `Invoice ${x.number} for ${x.amount} was due on ${x.due} and is now ${x.late}. Our contract allows me to pause work while an invoice is${after} overdue, so I am pausing work from ${x.date(step.date)}.`, "Work will resume as soon as the invoice is paid; the agreed deadlines move by the time lost.", x.howToPay, sign("Kind regards,")),
      };
    }
    case "formal-notice":
      return {
        subject: `Formal notice: invoice ${x.number}, ${x.amount} overdue`,
        body: para(
          x.hello.replace(/^Hello/, "Dear"),
          `Invoice ${x.number} of ${x.date(c.invoice.issueDate)}${x.what} was due on ${x.due} and is now ${x.late}. ${workFacts(c)}`.trim(),
          x.paidLine,
          claim,
          `Please pay ${ctx.totalDue ?? x.amount} by ${x.date(step.deadline ?? step.date)}. If it is not paid by then, I will consider the further steps open to me to recover it.`,
          "If you dispute any part of it, tell me in writing before that date, with your reasons.",
          x.howToPay,
          sign("Yours sincerely,"),
        ),
      };
    case "final-demand":
      return {
        subject: `Final demand: invoice ${x.number}, ${x.amount}`,
        body: para(
          x.hello.replace(/^Hello/, "Dear"),
          `Despite my earlier messages, invoice ${x.number}${x.what} remains unpaid. ${x.amount} was due on ${x.due} and is now ${x.late}.`,
          claim,
          `This is my final demand. Unless ${ctx.totalDue ?? x.amount} is paid by ${x.date(step.deadline ?? step.date)}, I intend to ${ctx.finalDemandNext ?? "take further steps to recover it"}.`,
          x.howToPay,
          sign("Yours sincerely,"),
        ),
      };
    case "dispute-ask": {
      const said = c.dispute?.complaint ? `You mentioned: “${c.dispute.complaint}”` : "";
      return {
        subject: `Invoice ${x.number}: your concerns`,
        body: para(x.hello, `Thank you for letting me know you have concerns about the work${x.what} (invoice ${x.number}, ${x.amount}, due on ${x.due}).`, said, "So that I can look into it properly, could you tell me in writing exactly what is wrong or missing, and which part of the agreed work it concerns?", sign("Best wishes,")),
      };
    }
    case "dispute-undisputed": {
      const part = c.dispute?.undisputedAmount !== null && c.dispute?.undisputedAmount !== undefined ? `${x.amount}` : "the part you don't dispute";
      const rest = c.dispute?.undisputedAmount ? ` and settle the remaining ${x.money(c.balance - c.dispute.undisputedAmount)} once the points you raised are resolved` : "";
      return {
        subject: `Invoice ${x.number}: paying the undisputed part`,
        body: para(x.hello, `While we sort out the points you raised about invoice ${x.number}, the rest of the work is not in question. I propose that you pay ${part} now${rest}.`, `The invoice was due on ${x.due} and is now ${x.late}.`, x.howToPay, sign("Kind regards,")),
      };
    }
    case "dispute-response": {
      const d = c.dispute;
      const offer =
        d?.offer === "fix"
          ? `I will put right what is genuinely missing${d.offerDetails ? `: ${d.offerDetails}` : "."}`
          : d?.offer === "credit"
            ? `I offer a credit on the invoice${d.offerDetails ? `: ${d.offerDetails}` : "."}`
            : d?.offer === "explain" && d.offerDetails
              ? d.offerDetails
              : "";
      return {
        subject: `Invoice ${x.number}: my response to your concerns`,
        body: para(x.hello.replace(/^Hello/, "Dear"), `Please find my written response about invoice ${x.number}${x.what} (${x.money(c.balance)}, due on ${x.due}). It answers the points you raised and says what I propose.`, workFacts(c), offer, sign("Yours sincerely,")),
      };
    }
    case "plan-offer":
    case "plan-agreement": {
      const terms = c.paymentPlan;
      const plan = terms ? paymentPlan(c.balance, terms) : null;
      const lines = plan?.ok && terms ? paymentPlanTermsText(plan.value, terms, { currency: c.invoice.currency, locale: c.invoice.locale, invoiceNumber: x.number, waivedText: ctx.waivedText }).join("\n") : "";
      if (template === "plan-offer") {
        return {
          subject: `Invoice ${x.number}: a payment plan`,
          body: para(x.hello, `I understand paying invoice ${x.number} (${x.amount}, due on ${x.due}, now ${x.late}) in one go is difficult at the moment. I'd rather agree a plan than leave it open, so I propose the following:`, lines || "spreading the balance over a few monthly instalments.", "Let me know if this works for you, and I'll send the plan for you to sign.", sign("Best wishes,")),
        };
      }
      return {
        subject: `Invoice ${x.number}: payment plan agreement`,
        body: para(x.hello.replace(/^Hello/, "Dear"), `As agreed, here is the payment plan for invoice ${x.number} (${x.amount}).`, lines, "Please sign and return it, and keep a copy.", x.howToPay, sign("Kind regards,")),
      };
    }
    case "instalment-reminder": {
      const inst = step.instalment;
      if (!inst) return null;
      const total = c.paymentPlan?.count ?? inst.n;
      return {
        subject: `Instalment ${inst.n} of ${total} for invoice ${x.number}: ${x.amount} due on ${x.date(inst.date)}`,
        body: para(x.hello, `A reminder that instalment ${inst.n} of ${total} under our payment plan for invoice ${x.number}, ${x.amount}, is due on ${x.date(inst.date)}.`, x.howToPay, "Thank you for keeping to the plan.", sign("Best wishes,")),
      };
    }
    case "collection-agency":
    case "small-claims":
    case "lawyer":
      return null;
  }
}

/** The prefilled subject and body of a step, or null for an option (nothing to send). */
export function prefilledMessage(step: PlanStep, overdue: OverdueCase, ctx: MessageContext = {}): Message | null {
  return write(step.template, step, overdue, ctx);
}

/**
 * The message to show for a step: the user's edits (draft.messages[step.id]) replace the
 * prefilled subject or body, field by field; recipients are the client, or for the day-14 step
 * the payments contact with the client in copy. Null for an option.
 */
export function stepMessage(step: PlanStep, overdue: OverdueCase, edits: OverdueDraft["messages"] = {}, ctx: MessageContext = {}): StepMessage | null {
  const prefilled = prefilledMessage(step, overdue, ctx);
  if (!prefilled) return null;
  const edit = Object.hasOwn(edits, step.id) ? edits[step.id] : undefined;
  const subject = edit && cleanLine(edit.subject) !== "" ? cleanLine(edit.subject) : prefilled.subject;
  const body = edit && cleanText(edit.body) !== "" ? cleanText(edit.body) : prefilled.body;
  const { email, paymentsContactEmail } = overdue.client;
  const toPayments = step.template === "payments-contact" && paymentsContactEmail !== "";
  return {
    stepId: step.id,
    tone: step.tone,
    subject,
    body,
    to: toPayments ? paymentsContactEmail : email,
    cc: toPayments && email !== "" && email !== paymentsContactEmail ? [email] : [],
    edited: subject !== prefilled.subject || body !== prefilled.body,
  };
}
