import { governingLawName } from "../../law/governing-law";
import type { ContractContext } from "./contract-context";
import { type SectionDraft, clause, paragraph } from "./section-draft";

export const NOT_LEGAL_ADVICE =
  "This agreement was prepared with Upfront from a template. It is not legal advice. Laws differ between countries and states: " +
  "for a large or unusual project, ask a lawyer where you work to check it before you sign.";

export function generalSection(ctx: ContractContext): SectionDraft {
  return {
    id: "general",
    heading: "General terms",
    blocks: [
      clause(`This agreement is governed by ${governingLawName(ctx.contract.law)}.`),
      clause("This agreement is the whole agreement between the parties about the project. Any change to it must be agreed in writing by both parties (email is enough)."),
      clause("Notices under this agreement are sent by email to the addresses in the parties section, or to a new address a party gives in writing."),
      clause("If a court finds part of this agreement unenforceable, the rest of it still applies."),
      clause("The parties may sign this agreement electronically and in separate copies, which together form one agreement."),
    ],
  };
}

export function signaturesSection(ctx: ContractContext): SectionDraft {
  const { you, client } = ctx.contract;
  return {
    id: "signatures",
    heading: "Signatures",
    blocks: [
      paragraph("Signed by the parties on the dates below."),
      {
        kind: "signatures",
        parties: [
          { role: "Freelancer", name: you.name, business: you.businessName || undefined },
          { role: "Client", name: client.name, business: client.businessName || undefined },
        ],
      },
      { kind: "notice", text: NOT_LEGAL_ADVICE },
    ],
  };
}
