import { days } from "../../terms/day-words";
import type { Block, DocumentModel, Section } from "../document-model";
import { howToPay } from "./claim-blocks";
import { type LetterContext, letterContext } from "./letter-context";
import { letterDocument } from "./letter-document";
import { letterHead, signOff } from "./letter-head";
import type { AgreedScope, DisputeResponseInput } from "./letter-input";
import { templateNotice } from "./template-notice";

/**
 * The reply to a client who disputes an invoice: their complaint quoted as they put it, what
 * was agreed (scope and acceptance), the disputed and undisputed parts of the balance with the
 * undisputed part asked for by a date, and what the user offers (a fix, a credit, or an explanation).
 */
export function buildDisputeResponseLetter(input: DisputeResponseInput): DocumentModel {
  const ctx = letterContext(input);
  const title = `Your concerns about invoice ${ctx.invoice.number}`;
  const undisputed = input.undisputedMinor > 0;
  const sections: (Section | null)[] = [
    letterHead(ctx, input.letterDate, undisputed ? [{ term: "Undisputed part due by", value: ctx.date(input.payUndisputedBy) }] : []),
    {
      id: "complaint",
      number: "",
      heading: "",
      blocks: [
        { kind: "paragraph", text: acknowledgement(input, ctx) },
        { kind: "paragraph", text: `“${input.complaint.trim()}”` },
      ],
    },
    input.scope ? scopeSection(input.scope, ctx) : null,
    { id: "amounts", number: "", heading: "The amounts", blocks: amountBlocks(input, ctx) },
    { id: "offer", number: "", heading: "What I propose", blocks: offerBlocks(input, ctx) },
    undisputed ? { id: "how-to-pay", number: "", heading: "How to pay", blocks: howToPay(ctx, input.paymentDetails) } : null,
    signOff(ctx, templateNotice("letter")),
  ];
  return letterDocument(ctx, {
    title,
    subtitle: `Reply to ${ctx.recipientName} · ${ctx.date(input.letterDate)}`,
    subject: `${ctx.senderName}'s reply to ${ctx.recipientName}'s concerns about invoice ${ctx.invoice.number}`,
    keywords: ["dispute", "invoice"],
    sections,
  });
}

function acknowledgement(input: DisputeResponseInput, ctx: LetterContext): string {
  const when = input.complaintDate ? ` on ${ctx.date(input.complaintDate)}` : "";
  const what = ctx.invoice.description ? ` (${ctx.invoice.description})` : "";
  return `Thank you for telling me${when} what you are unhappy with about invoice ${ctx.invoice.number}${what}. I have taken it seriously and want to resolve it. So that we both work from the same words, here is your concern as you put it:`;
}

function scopeSection(scope: AgreedScope, ctx: LetterContext): Section {
  const blocks: Block[] = [{ kind: "paragraph", text: `For “${scope.projectTitle}”, we agreed the following work and how each part would be accepted.` }];
  if (scope.deliverables.length > 0) {
    blocks.push({
      kind: "table",
      columns: [
        { header: "Deliverable", align: "left", weight: 2 },
        { header: "Accepted when", align: "left", weight: 3 },
      ],
      rows: scope.deliverables.map((d) => [d.title, d.acceptanceCriteria || "—"]),
    });
  }
  const acceptance: string[] = [];
  if (scope.acceptanceDays !== null) {
    acceptance.push(`The agreement gave ${days(scope.acceptanceDays)} after each delivery to check the work and report anything that did not meet these criteria.`);
  }
  if (scope.acceptedOn !== null) acceptance.push(`The work was accepted on ${ctx.date(scope.acceptedOn)}.`);
  if (acceptance.length > 0) blocks.push({ kind: "paragraph", text: acceptance.join(" ") });
  if (scope.exclusions.length > 0) {
    blocks.push({ kind: "paragraph", text: "The agreement did not include:" }, { kind: "list", items: scope.exclusions });
  }
  const changes: string[] = [];
  if (scope.revisionRounds !== null) {
    changes.push(scope.revisionRounds === 0 ? "It included no rounds of revisions." : `It included ${scope.revisionRounds === 1 ? "one round" : `${scope.revisionRounds} rounds`} of revisions.`);
  }
  if (scope.changesInWriting) changes.push("Changes to the scope were to be asked for and agreed in writing.");
  if (changes.length > 0) blocks.push({ kind: "paragraph", text: changes.join(" ") });
  return { id: "scope", number: "", heading: "What was agreed", blocks };
}

/**
 * A dispute about part of the work holds back only that part: the client may withhold a fair
 * amount for a defect, not the whole price (Germany: BGB § 641(3), usually twice the cost of the
 * fix; England: abatement of the price by the value of the defect, Mondel v Steel (1841)).
 */
function amountBlocks(input: DisputeResponseInput, ctx: LetterContext): Block[] {
  const balance = ctx.invoice.balanceMinor;
  const disputed = balance - input.undisputedMinor;
  const totals: Block = {
    kind: "totals",
    rows: [
      { label: "Unpaid balance", value: ctx.money(balance) },
      { label: "In dispute", value: ctx.money(disputed) },
      { label: "Not in dispute", value: ctx.money(input.undisputedMinor), strong: true },
    ],
  };
  const by = ctx.date(input.payUndisputedBy);
  let text: string;
  if (input.undisputedMinor === 0) {
    text = `Your concerns relate to the whole unpaid balance of ${ctx.money(balance)}. I suggest we settle them as proposed below.`;
  } else if (disputed === 0) {
    text = `Your concerns do not relate to any amount on the invoice, so the whole balance of ${ctx.money(balance)} remains due. Please pay it by ${by}.`;
  } else {
    text =
      `Your concerns relate to ${ctx.money(disputed)} of the unpaid balance of ${ctx.money(balance)}. ` +
      `The other ${ctx.money(input.undisputedMinor)} is not in dispute: please pay it by ${by} while we settle the rest.`;
  }
  return [totals, { kind: "paragraph", text }];
}

function offerBlocks(input: DisputeResponseInput, ctx: LetterContext): Block[] {
  const details = input.offerDetails.trim();
  const blocks: Block[] = [];
  switch (input.offer) {
    case "fix":
      blocks.push({ kind: "paragraph", text: "I propose to put right the points you raise, as follows:" });
      break;
    case "credit": {
      const credit = input.creditMinor;
      const amount = credit === null ? "a credit" : `a credit of ${ctx.money(credit)}`;
      blocks.push({ kind: "paragraph", text: `I propose ${amount} against the invoice, as follows:` });
      if (details) blocks.push({ kind: "paragraph", text: details });
      if (credit !== null) {
        blocks.push({
          kind: "paragraph",
          text: `If you accept, the balance to pay would be ${ctx.money(ctx.invoice.balanceMinor - credit)} instead of ${ctx.money(ctx.invoice.balanceMinor)}.`,
        });
      }
      break;
    }
    case "explain":
      blocks.push({ kind: "paragraph", text: "Having looked at your concerns against what we agreed, I believe the work meets the agreement, for these reasons:" });
      break;
  }
  if (input.offer !== "credit" && details) blocks.push({ kind: "paragraph", text: details });
  blocks.push({
    kind: "paragraph",
    text: "Please let me know whether this resolves the matter. If you see it differently, I am happy to talk it through, or to ask a mediator to help us agree.",
  });
  return blocks;
}
