import { courtsPhrase } from "../../law/governing-law";
import { days } from "../../terms/day-words";
import type { ContractContext } from "./contract-context";
import { type SectionDraft, clause } from "./section-draft";

// Each protection is one section so it can be switched on or off without renumbering by hand.

export function pauseWorkSection(ctx: ContractContext): SectionDraft {
  const { overdueDays } = ctx.contract.protections.pauseWork!;
  return {
    id: "pause-work",
    heading: "Pausing work",
    blocks: [
      clause(
        `If any invoice is more than ${days(overdueDays)} overdue, the Freelancer may pause all work after telling the Client in writing, ` +
          "until every overdue amount is paid.",
      ),
      clause("The dates in this agreement move back by the length of the pause, plus the time reasonably needed to restart. The Freelancer is not responsible for delays caused by a pause."),
    ],
  };
}

export function ownershipSection(ctx: ContractContext): SectionDraft {
  const blocks: SectionDraft["blocks"] = [
    clause(
      "Ownership of the deliverables, including all intellectual property rights in them, passes to the Client only when the Client has paid " +
        "every amount due under this agreement in full. Until then the Client may use drafts and deliveries only to review them.",
    ),
    clause(
      "The Freelancer keeps ownership of the tools, templates, code and know-how it used before or outside this project, and gives the Client " +
        "a permanent, non-exclusive licence to use them as part of the deliverables.",
    ),
  ];
  blocks.push(
    clause(
      ctx.has("confidentiality")
        ? `The Freelancer may show the finished work in its portfolio, unless the Client asks in writing that it does not or ${ctx.ref("confidentiality")} prevents it.`
        : "The Freelancer may show the finished work in its portfolio, unless the Client asks in writing that it does not.",
    ),
  );
  return { id: "ownership", heading: "Ownership of the work", blocks };
}

export function cancellationSection(ctx: ContractContext): SectionDraft {
  const killFee = ctx.contract.protections.killFee!;
  // Work done since the last instalment: at the hourly rate where there is one, otherwise a
  // share of the next instalment in proportion to the work done towards it.
  const sinceLast =
    ctx.contract.price.model === "hourly"
      ? "the hours worked since the last instalment at the hourly rate"
      : "a share of the next instalment in proportion to the work done towards it";
  const fee =
    killFee.mode === "by-phase"
      ? "the full amount of every instalment for work already started, including the milestone in progress on the date of cancellation"
      : `all instalments already due, ${sinceLast}, and a cancellation fee of ${ctx.percent(killFee.basisPoints)} of the rest of the fee`;
  return {
    id: "cancellation",
    heading: "Cancellation (kill fee)",
    blocks: [
      clause(`If the Client cancels the project before it is finished, for any reason other than a serious breach by the Freelancer, the Client pays ${fee}.`),
      clause("Payments already made, including the deposit, are not refunded. The Freelancer hands over the work paid for."),
    ],
  };
}

export function terminationSection(ctx: ContractContext): SectionDraft {
  const { noticeDays } = ctx.contract.protections.termination!;
  return {
    id: "termination",
    heading: "Ending the agreement",
    blocks: [
      clause(`Either party may end this agreement by giving ${noticeDays === 1 ? "1 day's" : `${noticeDays} days'`} notice in writing.`),
      clause(
        "Either party may end it straight away by notice in writing if the other seriously breaches it and does not put the breach right " +
          `within ${days(noticeDays)} after being told about it in writing.`,
      ),
      clause(
        "When the agreement ends, the Client pays for all work done up to the end date" +
          (ctx.has("cancellation") ? `, and any fee due under ${ctx.ref("cancellation")} if the Client ended it.` : "."),
      ),
    ],
  };
}

export function confidentialitySection(): SectionDraft {
  return {
    id: "confidentiality",
    heading: "Confidentiality",
    blocks: [
      clause("Each party keeps the other's confidential business information secret and uses it only for this project."),
      clause(
        "This does not apply to information that is already public, that the receiving party already knew or receives lawfully from someone else, " +
          "or that a law or court requires it to disclose. This duty lasts for two years after the agreement ends.",
      ),
    ],
  };
}

export function independentContractorSection(): SectionDraft {
  return {
    id: "independent-contractor",
    heading: "Independent contractor",
    blocks: [
      clause(
        "The Freelancer works as an independent business, not as the Client's employee, partner or agent. The Freelancer decides how, " +
          "where and when the work is done within the agreed dates, uses its own equipment, and may work for other clients.",
      ),
      clause("The Freelancer is responsible for its own taxes, insurance and social security contributions."),
    ],
  };
}

export function liabilitySection(): SectionDraft {
  return {
    id: "liability",
    heading: "Limitation of liability",
    blocks: [
      clause(
        "Each party's total liability under this agreement is limited to the total fee in the payment schedule. Neither party is liable " +
          "for indirect or consequential loss, such as lost profits, revenue or data.",
      ),
      clause(
        "These limits do not apply to fraud, to deliberate wrongdoing, to the Client's duty to pay the fees, or to any liability that the law " +
          "does not allow to be limited (such as for death or personal injury caused by negligence).",
      ),
    ],
  };
}

export function disputesSection(ctx: ContractContext): SectionDraft {
  const { talkDays } = ctx.contract.protections.disputeResolution!;
  return {
    id: "disputes",
    heading: "Resolving disagreements",
    blocks: [
      clause(`If a disagreement arises, the party raising it describes it in writing, and both parties try in good faith to settle it by talking for ${days(talkDays)}.`),
      clause(
        "If that does not settle it, either party may propose mediation by a mediator both agree on, with the mediator's fees shared equally.",
      ),
      clause(
        `If mediation does not settle the disagreement within 30 days, or a party declines it, either party may bring a claim in a small claims court where the claim qualifies, or otherwise in ${courtsPhrase(ctx.contract.law)}.`,
      ),
      clause("None of this stops a party from going to court to recover an unpaid invoice that is not disputed, or to ask for urgent relief."),
    ],
  };
}
