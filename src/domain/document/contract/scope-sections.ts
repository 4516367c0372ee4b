import { days } from "../../terms/day-words";
import type { ContractContext } from "./contract-context";
import { type SectionDraft, clause, paragraph } from "./section-draft";

export function projectSection(ctx: ContractContext): SectionDraft {
  const { contract, date } = ctx;
  return {
    id: "project",
    heading: "The project",
    blocks: [
      clause(`${contract.scope.title}. ${contract.scope.summary}`),
      clause(
        `Work starts on ${date(contract.startDate)} and is planned to finish by ${date(contract.endDate)}. ` +
          (ctx.has("client-responsibilities")
            ? `If the Client is late with anything listed in ${ctx.ref("client-responsibilities")}, the dates move back by at least the same number of days.`
            : "If the Client is late with content, access or feedback the Freelancer needs, the dates move back by at least the same number of days."),
      ),
    ],
  };
}

export function deliverablesSection(ctx: ContractContext): SectionDraft {
  const { scope } = ctx.contract;
  return {
    id: "deliverables",
    heading: "Deliverables",
    blocks: [
      paragraph("The Freelancer will deliver the following:"),
      ...scope.deliverables.map((d) => {
        const parts = [`${d.title}.`];
        if (d.description) parts.push(d.description);
        parts.push(
          d.acceptanceCriteria
            ? `Accepted when: ${d.acceptanceCriteria}`
            : `Accepted under ${ctx.ref("acceptance")}.`,
        );
        return clause(parts.join(" "));
      }),
    ],
  };
}

export function exclusionsSection(ctx: ContractContext): SectionDraft {
  const { scope } = ctx.contract;
  const blocks: SectionDraft["blocks"] = [];
  if (scope.exclusions.length > 0) {
    blocks.push(clause("The following are not part of this agreement:"), { kind: "list", items: scope.exclusions });
  }
  blocks.push(
    clause(
      `Anything not described in ${ctx.ref("deliverables")} is outside the scope of this agreement` +
        (ctx.has("changes") ? ` and is handled as a change request under ${ctx.ref("changes")}.` : "."),
    ),
  );
  return { id: "exclusions", heading: "What is not included", blocks };
}

export function clientResponsibilitiesSection(ctx: ContractContext): SectionDraft {
  return {
    id: "client-responsibilities",
    heading: "What the Client provides",
    blocks: [
      clause("So that the work can be done on time, the Client will:"),
      { kind: "list", items: ctx.contract.scope.clientResponsibilities },
    ],
  };
}

export function acceptanceSection(ctx: ContractContext): SectionDraft {
  const { scope } = ctx.contract;
  const window = days(scope.acceptanceDays);
  const blocks: SectionDraft["blocks"] = [
    clause(
      `Within ${window} after a deliverable is delivered, the Client either accepts it or tells the Freelancer in writing ` +
        "which of its acceptance criteria it does not meet. The Freelancer then fixes those points and delivers it again, " +
        "and the same period applies to the corrected delivery.",
    ),
    clause(
      `A deliverable counts as accepted when the Client accepts it in writing, when the Client starts using it for its intended purpose, ` +
        `or when ${window} pass after delivery without a written list of unmet criteria.`,
    ),
  ];
  const rounds =
    scope.revisionRounds === 0
      ? "The fee includes no rounds of revisions beyond fixing unmet acceptance criteria."
      : `The fee includes ${scope.revisionRounds === 1 ? "one round" : `${scope.revisionRounds} rounds`} of revisions per deliverable. ` +
        "A round is one consolidated, written list of changes, sent at one time.";
  const extra =
    scope.extraRoundRate !== null
      ? ` Each further round costs ${ctx.money(scope.extraRoundRate)}, invoiced when the round is delivered.`
      : ctx.has("changes")
        ? ` Further rounds are quoted as change requests under ${ctx.ref("changes")}.`
        : " Further rounds are charged at a price agreed in writing first.";
  blocks.push(clause(rounds + extra));
  return { id: "acceptance", heading: "Acceptance and revisions", blocks };
}

export function changesSection(): SectionDraft {
  return {
    id: "changes",
    heading: "Changes to the scope",
    blocks: [
      clause("Either party may ask for a change to the scope. A change request must be made in writing (email is enough)."),
      clause(
        "For each change request the Freelancer replies in writing with its price and its effect on the dates. " +
          "Work on the change starts only after the Client accepts that quote in writing; until then the agreed scope, price and dates stay as they are.",
      ),
    ],
  };
}
