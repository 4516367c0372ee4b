import type { Party } from "../../contract/contract";
import { displayName } from "../../text/display-name";
import type { ContractContext } from "./contract-context";
import { type SectionDraft, paragraph } from "./section-draft";

function partyFacts(role: string, party: Party): { term: string; value: string }[] {
  const lines = [
    { term: role, value: party.businessName ? `${party.name}, ${party.businessName}` : party.name },
    { term: "Address", value: party.address },
    { term: "Email", value: party.email },
  ];
  if (party.basedIn) lines.push({ term: "Based in", value: party.basedIn });
  if (party.taxId) lines.push({ term: "Tax or VAT number", value: party.taxId });
  return lines;
}

export function partiesSection({ contract }: ContractContext): SectionDraft {
  const you = displayName(contract.you);
  const client = displayName(contract.client);
  return {
    id: "parties",
    heading: "The parties",
    blocks: [
      paragraph(
        `This services agreement is between ${you} (“the Freelancer”) and ${client} (“the Client”). ` +
          "It takes effect on the date of the last signature below.",
      ),
      { kind: "facts", items: partyFacts("Freelancer", contract.you) },
      { kind: "facts", items: partyFacts("Client", contract.client) },
    ],
  };
}
