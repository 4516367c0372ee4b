import type { Contract } from "../../contract/contract";
import { generalSection, signaturesSection } from "./closing-sections";
import type { ContractContext } from "./contract-context";
import { partiesSection } from "./parties-section";
import { feesSection, latePaymentSection, scheduleSection } from "./payment-sections";
import {
  cancellationSection,
  confidentialitySection,
  disputesSection,
  independentContractorSection,
  liabilitySection,
  ownershipSection,
  pauseWorkSection,
  terminationSection,
} from "./protection-sections";
import {
  acceptanceSection,
  changesSection,
  clientResponsibilitiesSection,
  deliverablesSection,
  exclusionsSection,
  projectSection,
} from "./scope-sections";
import type { SectionDraft } from "./section-draft";

// The order of the contract's sections, and which ones this contract includes.
// To add a clause: write its section builder, then give it a place here.
const OUTLINE: { id: string; build: (ctx: ContractContext) => SectionDraft; include?: (c: Contract) => boolean }[] = [
  { id: "parties", build: partiesSection },
  { id: "project", build: projectSection },
  { id: "deliverables", build: deliverablesSection },
  { id: "exclusions", build: exclusionsSection },
  { id: "client-responsibilities", build: clientResponsibilitiesSection, include: (c) => c.scope.clientResponsibilities.length > 0 },
  { id: "acceptance", build: acceptanceSection },
  { id: "changes", build: changesSection, include: (c) => c.scope.changeRequestsInWriting },
  { id: "fees", build: feesSection },
  { id: "schedule", build: scheduleSection },
  { id: "late-payment", build: latePaymentSection },
  { id: "pause-work", build: pauseWorkSection, include: (c) => c.protections.pauseWork !== null },
  { id: "ownership", build: ownershipSection, include: (c) => c.protections.ownershipOnFullPayment },
  { id: "cancellation", build: cancellationSection, include: (c) => c.protections.killFee !== null },
  { id: "termination", build: terminationSection, include: (c) => c.protections.termination !== null },
  { id: "confidentiality", build: confidentialitySection, include: (c) => c.protections.confidentiality },
  { id: "independent-contractor", build: independentContractorSection, include: (c) => c.protections.independentContractor },
  { id: "liability", build: liabilitySection, include: (c) => c.protections.limitationOfLiability },
  { id: "disputes", build: disputesSection, include: (c) => c.protections.disputeResolution !== null },
  { id: "general", build: generalSection },
  { id: "signatures", build: signaturesSection },
];

const UNNUMBERED = new Set(["parties", "signatures"]);

/** The ids of the sections this contract has, in order. */
export function contractOutline(contract: Contract): string[] {
  return OUTLINE.filter((s) => s.include?.(contract) ?? true).map((s) => s.id);
}

export function isNumberedSection(id: string): boolean {
  return !UNNUMBERED.has(id);
}

export function buildSection(id: string, ctx: ContractContext): SectionDraft {
  const entry = OUTLINE.find((s) => s.id === id);
  if (!entry) throw new Error(`Unknown contract section: ${id}`);
  return entry.build(ctx);
}
