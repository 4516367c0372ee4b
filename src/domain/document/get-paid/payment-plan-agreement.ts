import { days } from "../../terms/day-words";
import { clause, paragraph, type SectionDraft } from "../contract/section-draft";
import type { Block, DocumentModel } from "../document-model";
import { claimedAmounts } from "./claim-blocks";
import { invoiceSummary } from "./invoice-summary";
import { type LetterContext, letterContext } from "./letter-context";
import { letterDocument } from "./letter-document";
import { recipientColumn, senderColumn } from "./letter-head";
import type { PaymentPlanInput } from "./letter-input";
import { numberedSections } from "./numbered-sections";
import { templateNotice } from "./template-notice";

/**
 * The payment-plan agreement: the parties, the debt, the schedule (down payment and
 * instalments, totalling the balance exactly: the input schema checks it), what happens when
 * an instalment is missed, whether interest and fees are waived, and signature blocks.
 */
export function buildPaymentPlanAgreement(input: PaymentPlanInput): DocumentModel {
  const ctx = letterContext(input);
  const title = `Payment plan agreement: invoice ${ctx.invoice.number}`;
  const drafts: SectionDraft[] = [
    partiesSection(ctx, input),
    debtSection(ctx),
    scheduleSection(ctx, input),
    missedSection(input),
    interestSection(ctx, input),
    generalSection(),
    signaturesSection(ctx),
  ];
  const count = input.instalments.length;
  return letterDocument(ctx, {
    title,
    subtitle: `${ctx.senderName} and ${ctx.recipientName} · ${ctx.date(input.letterDate)}`,
    subject: `Payment plan between ${ctx.senderName} and ${ctx.recipientName}: ${ctx.money(ctx.invoice.balanceMinor)} on invoice ${ctx.invoice.number} in ${count} ${count === 1 ? "instalment" : "instalments"}`,
    keywords: ["payment plan", "instalments"],
    sections: numberedSections(drafts, ["parties", "signatures"]),
  });
}

function partiesSection(ctx: LetterContext, input: PaymentPlanInput): SectionDraft {
  return {
    id: "parties",
    heading: "",
    blocks: [
      paragraph(
        `This agreement, prepared on ${ctx.date(input.letterDate)}, is between ${ctx.senderName} (“the Freelancer”) and ${ctx.recipientName} (“the Client”). ` +
          "It sets out how the Client will pay an overdue invoice in instalments. It takes effect on the date of the last signature below.",
      ),
      { kind: "parties", columns: [{ ...senderColumn(ctx), role: "Freelancer" }, recipientColumn(ctx, "Client")] },
    ],
  };
}

/**
 * The Client acknowledges the debt in writing. A signed written acknowledgment restarts the
 * limitation period: UK Limitation Act 1980 ss.29(5) and 30; Germany BGB § 212(1) no. 1.
 */
function debtSection(ctx: LetterContext): SectionDraft {
  const { invoice } = ctx;
  return {
    id: "debt",
    heading: "The debt",
    blocks: [
      clause(
        `The Client owes the Freelancer ${ctx.money(invoice.balanceMinor)}, the unpaid balance of invoice ${invoice.number}, which was due on ${ctx.date(invoice.dueDate)}. The Client accepts that this amount is owed.`,
      ),
      invoiceSummary(ctx),
    ],
  };
}

/** The schedule as a table whose total row is the balance, to the minor unit. */
export function scheduleTable(ctx: LetterContext, input: PaymentPlanInput): Block {
  const rows: string[][] = [];
  if (input.downPayment) rows.push(["Down payment", ctx.date(input.downPayment.dueDate), ctx.money(input.downPayment.amountMinor)]);
  input.instalments.forEach((item, i) => rows.push([`Instalment ${i + 1}`, ctx.date(item.dueDate), ctx.money(item.amountMinor)]));
  const total = (input.downPayment?.amountMinor ?? 0) + input.instalments.reduce((sum, item) => sum + item.amountMinor, 0);
  return {
    kind: "table",
    caption: "Payment schedule",
    columns: [
      { header: "Payment", align: "left", weight: 4 },
      { header: "Due date", align: "left", weight: 4 },
      { header: "Amount", align: "right", weight: 2 },
    ],
    rows,
    footer: ["Total", "", ctx.money(total)],
  };
}

function scheduleSection(ctx: LetterContext, input: PaymentPlanInput): SectionDraft {
  const blocks: SectionDraft["blocks"] = [];
  if (input.downPayment) {
    blocks.push(clause(`The Client will pay a down payment of ${ctx.money(input.downPayment.amountMinor)} by ${ctx.date(input.downPayment.dueDate)}.`));
  }
  const count = input.instalments.length;
  blocks.push(
    clause(
      `The Client will pay ${input.downPayment ? "the rest of the balance" : "the balance"} in ${count === 1 ? "one instalment" : `${count} instalments`} on the dates below. Each payment must reach the Freelancer by its due date.`,
    ),
    scheduleTable(ctx, input),
  );
  if (input.paymentDetails.trim()) blocks.push(clause(`Payments go to:\n${input.paymentDetails.trim()}`));
  blocks.push(clause(`The Client may pay early, in part or in full, at any time. Each payment should quote invoice ${ctx.invoice.number}.`));
  return { id: "schedule", heading: "Payment schedule", blocks };
}

function missedSection(input: PaymentPlanInput): SectionDraft {
  const grace = input.graceDays === 0 ? "by its due date" : `within ${days(input.graceDays)} after its due date`;
  return {
    id: "missed",
    heading: "A missed payment",
    blocks: [
      clause(
        `If a payment under this plan has not reached the Freelancer ${grace}, the whole of the balance still unpaid becomes due at once, and the Freelancer may take steps to recover it without offering a new plan.`,
      ),
      clause(`The Client will tell the Freelancer as soon as possible if a payment is likely to be late.`),
    ],
  };
}

function interestSection(ctx: LetterContext, input: PaymentPlanInput): SectionDraft {
  const { claim } = input;
  const amounts = claim ? claimedAmounts(claim, ctx) : "";
  const figures = amounts ? ` (so far ${amounts}, under ${claim!.ruleName})` : "";
  // Only claimed interest runs on; a one-off late fee or fixed compensation does not.
  const running = claim !== null && claim.interestMinor > 0;
  const blocks = input.waiveInterestIfKept
    ? [
        clause(
          `If every payment under this plan is made on time, the Freelancer waives the interest, fees and compensation for the late payment of invoice ${ctx.invoice.number}${figures}.`,
        ),
        clause(
          `If a payment is missed (see the previous section), the waiver ends: the Freelancer may then claim them in full${running ? ", with interest continuing to run until the balance is paid" : ""}.`,
        ),
      ]
    : [
        clause(
          `This plan does not waive the interest, fees or compensation for the late payment of invoice ${ctx.invoice.number}${figures}. The Freelancer keeps the right to claim them${running ? ", and interest continues to run on the unpaid balance until it is paid" : ""}.`,
        ),
      ];
  return { id: "interest", heading: "Interest and fees", blocks };
}

function generalSection(): SectionDraft {
  return {
    id: "general",
    heading: "General",
    blocks: [
      clause("Apart from the new payment dates, the terms of the invoice and of the agreement it was issued under are unchanged."),
      clause("Any change to this plan must be agreed in writing by both parties (email is enough)."),
    ],
  };
}

function signaturesSection(ctx: LetterContext): SectionDraft {
  const { sender, recipient } = ctx;
  return {
    id: "signatures",
    heading: "Signatures",
    blocks: [
      paragraph("Signed by the parties on the dates below."),
      {
        kind: "signatures",
        parties: [
          { role: "Freelancer", name: sender.name || ctx.senderName, ...(sender.businessName ? { business: sender.businessName } : {}) },
          { role: "Client", name: recipient.name || ctx.recipientName, ...(recipient.businessName ? { business: recipient.businessName } : {}) },
        ],
      },
      templateNotice("agreement"),
    ],
  };
}
