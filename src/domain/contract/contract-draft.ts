import { z } from "../zod";
import { choice, flag, group, id, line, list, text } from "../drafts/draft-fields";
import { ADDRESS_MAX, MAX_DELIVERABLES, MAX_MILESTONES } from "./text-limits";

// The draft is what the user typed, kept as typed (strings), so nothing is ever lost or coerced.
// Turning it into checked values is read-contract.ts's job. Unknown keys are stripped.

export const PartyDraft = z.object({
  name: line(),
  businessName: line(),
  address: text(ADDRESS_MAX),
  email: line(254),
  taxId: line(50),
  /** Where the party is based (country, and state or region). */
  basedIn: line(),
});
export type PartyDraft = z.infer<typeof PartyDraft>;

export const GoverningLawDraft = z.object({
  kind: choice(["us-state", "uk", "eu", "other"], "us-state"),
  usState: line(2),
  ukJurisdiction: choice(["england-wales", "scotland", "northern-ireland"], "england-wales"),
  euCountry: line(2),
  otherName: line(100),
});
export type GoverningLawDraft = z.infer<typeof GoverningLawDraft>;

export const DeliverableDraft = z.object({
  id,
  title: line(),
  description: text(2_000),
  acceptanceCriteria: text(2_000),
});
export type DeliverableDraft = z.infer<typeof DeliverableDraft>;

export const ScopeDraft = z.object({
  title: line(),
  summary: text(),
  deliverables: list(DeliverableDraft, MAX_DELIVERABLES),
  /** One exclusion per line. */
  exclusions: text(),
  /** One responsibility per line. */
  clientResponsibilities: text(),
  revisionRounds: line(10, "2"),
  extraRoundRate: line(40),
  acceptanceDays: line(10, "5"),
  changeRequestsInWriting: flag(true),
});
export type ScopeDraft = z.infer<typeof ScopeDraft>;

export const TierDraft = z.object({
  id,
  name: line(60),
  price: line(40),
  /** What the tier includes, one item per line. */
  includes: text(2_000),
});
export type TierDraft = z.infer<typeof TierDraft>;

export const PriceDraft = z.object({
  model: choice(["fixed", "hourly", "tiers"], "fixed"),
  fixedFee: line(40),
  hourlyRate: line(40),
  estimatedHours: line(20),
  /** Capped: the estimate is a maximum the client will not be billed beyond. */
  hourlyCapped: flag(true),
  tiers: list(TierDraft, 3),
  chosenTierId: line(40),
});
export type PriceDraft = z.infer<typeof PriceDraft>;

export const MilestoneDraft = z.object({
  id,
  name: line(),
  deliverableIds: list(id, MAX_DELIVERABLES),
  dueKind: choice(["date", "acceptance"], "date"),
  dueDate: line(10),
  /** For "on acceptance of …": which deliverable, and when that is expected (for planning and the chart). */
  acceptanceOf: line(40),
  expectedDate: line(10),
  shareMode: choice(["percent", "amount", "rest"], "percent"),
  shareValue: line(40),
});
export type MilestoneDraft = z.infer<typeof MilestoneDraft>;

export const PAYMENT_METHODS = ["bank-transfer", "card", "paypal", "cheque", "other"] as const;

export const PaymentDraft = z.object({
  depositMode: choice(["none", "percent", "amount"], "percent"),
  depositValue: line(40, "30"),
  milestones: list(MilestoneDraft, MAX_MILESTONES),
  netDays: line(10, "14"),
  methods: list(z.enum(PAYMENT_METHODS), PAYMENT_METHODS.length, ["bank-transfer"]),
  otherMethod: line(100),
});
export type PaymentDraft = z.infer<typeof PaymentDraft>;

export const LateFeeDraft = z.object({
  kind: choice(["none", "flat", "percent-per-month", "annual-rate"], "percent-per-month"),
  flatFee: line(40),
  percentPerMonth: line(20, "1.5"),
  annualRate: line(20),
  graceDays: line(10, "7"),
  capEnabled: flag(false),
  capPercent: line(20, "10"),
});
export type LateFeeDraft = z.infer<typeof LateFeeDraft>;

export const DiscountDraft = z.object({
  enabled: flag(false),
  percent: line(20, "2"),
  withinDays: line(10, "7"),
});
export type DiscountDraft = z.infer<typeof DiscountDraft>;

export const ProtectionsDraft = z.object({
  killFee: group(
    z.object({
      enabled: flag(true),
      mode: choice(["percent-of-remaining", "by-phase"], "percent-of-remaining"),
      percent: line(20, "25"),
    }),
  ),
  pauseWork: group(z.object({ enabled: flag(true), overdueDays: line(10, "14") })),
  ownershipOnFullPayment: group(z.object({ enabled: flag(true) })),
  confidentiality: group(z.object({ enabled: flag(true) })),
  termination: group(z.object({ enabled: flag(true), noticeDays: line(10, "14") })),
  disputeResolution: group(z.object({ enabled: flag(true), talkDays: line(10, "14") })),
  independentContractor: group(z.object({ enabled: flag(true) })),
  limitationOfLiability: group(z.object({ enabled: flag(true) })),
});
export type ProtectionsDraft = z.infer<typeof ProtectionsDraft>;

export const ContractDraft = z.object({
  /** Names this contract for the invoices made from it; given by the page, "" in older drafts. */
  id: line(40),
  you: group(PartyDraft),
  client: group(PartyDraft),
  law: group(GoverningLawDraft),
  currency: line(3, "USD"),
  /** How numbers are written and read: "en-US" 1,234.56; "de-DE" 1.234,56; "fr-FR" 1 234,56. */
  numberLocale: line(20, "en-US"),
  scope: group(ScopeDraft),
  startDate: line(10),
  endDate: line(10),
  price: group(PriceDraft),
  payment: group(PaymentDraft),
  lateFee: group(LateFeeDraft),
  discount: group(DiscountDraft),
  protections: group(ProtectionsDraft),
});
export type ContractDraft = z.infer<typeof ContractDraft>;
