import { days } from "../../terms/day-words";
import type { Block, DocumentModel, Section } from "../document-model";
import { claimedMinor, claimedWords, claimRule, claimTotals, compensationText, furtherInterestLine, howToPay, interestTable, lateFeeText, totalNowDue } from "./claim-blocks";
import { invoiceSummary } from "./invoice-summary";
import { type LetterContext, letterContext } from "./letter-context";
import { letterDocument } from "./letter-document";
import { letterHead, signOff } from "./letter-head";
import type { FinalDemandStep, FormalNoticeInput, LetterClaim } from "./letter-input";
import { templateNotice } from "./template-notice";

/**
 * The formal notice of late payment, or the final demand (`kind`): the debt, the interest and
 * compensation claimed under the rule named, the total now due, the deadline, how to pay and
 * what happens next. Calm and formal: it states facts and one next step the user has chosen.
 */
export function buildFormalNoticeLetter(input: FormalNoticeInput): DocumentModel {
  const ctx = letterContext(input);
  const { claim, deadline, kind } = input;
  const total = ctx.money(totalNowDue(ctx, claim));
  const label = kind === "final-demand" ? "Final demand" : "Formal notice";
  const title = `${label}: invoice ${ctx.invoice.number}`;
  const charged = claim !== null && claimedMinor(claim) > 0;

  const sections: (Section | null)[] = [
    letterHead(ctx, input.letterDate, [{ term: "Pay by", value: ctx.date(deadline) }]),
    { id: "opening", number: "", heading: "", blocks: [{ kind: "paragraph", text: opening(input, ctx) }] },
    { id: "invoice", number: "", heading: "The invoice", blocks: [invoiceSummary(ctx)] },
    charged
      ? {
          id: "claim",
          number: "",
          heading: claimHeading(claim),
          blocks: [...claimRule(claim), ...nonNull(interestTable(claim, ctx)), ...nonNull(lateFeeText(claim, ctx)), ...nonNull(compensationText(claim, ctx))],
        }
      : null,
    {
      id: "total",
      number: "",
      heading: "Amount now due",
      blocks: [
        claimTotals(ctx, claim),
        { kind: "paragraph", text: `Please pay ${total} so that it reaches me by ${ctx.date(deadline)}.` },
        furtherInterestLine(ctx, input.letterDate, claim),
      ],
    },
    { id: "how-to-pay", number: "", heading: "How to pay", blocks: howToPay(ctx, input.paymentDetails) },
    { id: "next", number: "", heading: "What happens next", blocks: nextSteps(input, ctx) },
    signOff(ctx, templateNotice("letter")),
  ];

  return letterDocument(ctx, {
    title,
    subtitle: `${total} due by ${ctx.date(deadline)}`,
    subject: `${label} from ${ctx.senderName} to ${ctx.recipientName}: ${total} due by ${ctx.date(deadline)} on invoice ${ctx.invoice.number}`,
    keywords: [kind === "final-demand" ? "final demand" : "formal notice", "late payment"],
    sections,
  });
}

const nonNull = (block: Block | null): Block[] => (block ? [block] : []);

/** "…my reminders of 3 May 2027 and 17 May 2027" */
function reminders(input: FormalNoticeInput, ctx: LetterContext): string {
  const dates = input.remindedOn.map(ctx.date);
  if (dates.length === 0) return "";
  const list = dates.length === 1 ? dates[0] : `${dates.slice(0, -1).join(", ")} and ${dates.at(-1)}`;
  return ` I sent reminders on ${list}.`;
}

const claimHeading = (claim: LetterClaim) => {
  const words = claimedWords(claim);
  return words[0]!.toUpperCase() + words.slice(1);
};

function opening(input: FormalNoticeInput, ctx: LetterContext): string {
  const { invoice } = ctx;
  const what = invoice.description ? ` for ${invoice.description}` : "";
  const late = invoice.daysOverdue > 0 ? ` and is now ${days(invoice.daysOverdue)} overdue` : "";
  const facts = `Invoice ${invoice.number}${what} was due on ${ctx.date(invoice.dueDate)}${late}. ${ctx.money(invoice.balanceMinor)} of it remains unpaid.${reminders(input, ctx)}`;
  if (input.kind === "final-demand") {
    return `${facts} As the balance is still outstanding, this letter is my final demand for payment before I take the step described below.`;
  }
  const claimed = claimedMinor(input.claim) > 0 ? `, and of the ${claimedWords(input.claim!)} I claim for it` : "";
  return `${facts} This letter is formal notice that the payment is late${claimed}.`;
}

/**
 * A step the user has chosen and can take, stated as an intention, never as a threat of
 * something they can't do: in the UK it is an offence to falsely present a demand as coming
 * with legal or official force (Administration of Justice Act 1970 s.40(1)(c)-(d)); elsewhere a
 * threat made to extract payment can be coercion (Germany: StGB § 240).
 */
const STEP: Record<FinalDemandStep, string> = {
  "small-claims-court":
    "I intend to make a claim for it through the small claims procedure of the courts. If the claim succeeds, the court may also order you to pay the court fee.",
  "collection-agency": "I intend to pass the debt to a collection agency, which will then contact you about it.",
  lawyer: "I intend to ask a lawyer to act for me in recovering the debt.",
};

function nextSteps(input: FormalNoticeInput, ctx: LetterContext): Block[] {
  const by = ctx.date(input.deadline);
  const talk = `If you believe the invoice is wrong, or you cannot pay it all at once, please contact me before ${by} so that we can agree a way forward.`;
  if (input.kind === "final-demand" && input.nextStep !== null) {
    return [
      { kind: "paragraph", text: `If the full amount has not reached me by ${by}, ${STEP[input.nextStep]}` },
      { kind: "paragraph", text: `I would rather settle this without that step. ${talk}` },
    ];
  }
  return [
    { kind: "paragraph", text: `If the payment has not reached me by ${by}, I will consider further steps to recover the debt.` },
    { kind: "paragraph", text: talk },
  ];
}
