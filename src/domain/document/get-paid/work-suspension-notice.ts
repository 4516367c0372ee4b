import { days } from "../../terms/day-words";
import type { DocumentModel, Section } from "../document-model";
import { howToPay } from "./claim-blocks";
import { invoiceSummary } from "./invoice-summary";
import { letterContext } from "./letter-context";
import { letterDocument } from "./letter-document";
import { letterHead, signOff } from "./letter-head";
import type { WorkSuspensionInput } from "./letter-input";
import { templateNotice } from "./template-notice";

/**
 * Notice that work is paused under the contract's pause clause: which work stops and from which
 * day, the term that allows it, what restarts it (payment of the balance) and that deadlines
 * move back by the pause. The clause needs the notice in writing before the pause
 * (contract/protection-sections.ts); the input schema checks the dates allow it.
 */
export function buildWorkSuspensionNotice(input: WorkSuspensionInput): DocumentModel {
  const ctx = letterContext(input);
  const { invoice } = ctx;
  const from = ctx.date(input.pauseFrom);
  const balance = ctx.money(invoice.balanceMinor);
  const title = `Notice of paused work: invoice ${invoice.number}`;
  const term = input.contractTerm ? `Under ${input.contractTerm}, I may` : "Our agreement allows me to";
  const overdue = invoice.daysOverdue > 0 ? ` and is now ${days(invoice.daysOverdue)} overdue` : "";
  const restart =
    input.restartWithinDays === null
      ? "I will restart the work as soon as the payment reaches me."
      : `I will restart the work within ${input.restartWithinDays === 1 ? "1 working day" : `${input.restartWithinDays} working days`} of the payment reaching me.`;

  const sections: (Section | null)[] = [
    letterHead(ctx, input.letterDate, [{ term: "Work paused from", value: from }]),
    {
      id: "notice",
      number: "",
      heading: "",
      blocks: [
        {
          kind: "paragraph",
          text:
            `Invoice ${invoice.number} was due on ${ctx.date(invoice.dueDate)}${overdue}. ${balance} of it remains unpaid. ` +
            `${term} pause work once an invoice is more than ${days(input.allowedAfterDays)} overdue, after telling you in writing. This letter is that notice.`,
        },
      ],
    },
    { id: "invoice", number: "", heading: "The invoice", blocks: [invoiceSummary(ctx)] },
    {
      id: "paused",
      number: "",
      heading: "What is paused",
      blocks: [
        { kind: "paragraph", text: `From ${from}, I will not carry out the following work until the balance is paid:` },
        { kind: "paragraph", text: input.pausedWork.trim() },
      ],
    },
    {
      id: "restart",
      number: "",
      heading: "How the work restarts",
      blocks: [
        { kind: "paragraph", text: `The work restarts when the unpaid balance of ${balance} is paid in full. ${restart}` },
        ...howToPay(ctx, input.paymentDetails),
      ],
    },
    {
      id: "deadlines",
      number: "",
      heading: "Deadlines",
      blocks: [
        {
          kind: "paragraph",
          text: "Every deadline for my work under our agreement moves back by the length of the pause, plus the time reasonably needed to pick the work up again. I am not responsible for delay caused by the pause.",
        },
        {
          kind: "paragraph",
          text: "I would much rather keep working. If something is holding up the payment, please tell me, and we can look for a way forward, such as a payment plan.",
        },
      ],
    },
    signOff(ctx, templateNotice("letter")),
  ];
  return letterDocument(ctx, {
    title,
    subtitle: `Work paused from ${from} until ${balance} is paid`,
    subject: `${ctx.senderName} pauses work for ${ctx.recipientName} from ${from}: invoice ${invoice.number}, ${balance} unpaid`,
    keywords: ["work suspension", "paused work"],
    sections,
  });
}
