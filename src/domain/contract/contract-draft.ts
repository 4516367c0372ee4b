import { z } from "zod";
import { ADDRESS_MAX, LONG_TEXT_MAX, MAX_DELIVERABLES, MAX_MILESTONES, SHORT_TEXT_MAX } from "./text-limits";

// The draft is what the user typed, kept as typed (strings), so nothing is ever lost or coerced.
// Turning it into checked values is read-contract.ts's job. Every field has a default, so an
// older or partial draft still parses; unknown keys are stripped.

const line = (max = SHORT_TEXT_MAX) => z.string().max(max).default("");
const text = (max = LONG_TEXT_MAX) => z.string().max(max).default("");
const id = z.string().min(1).max(40);

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
  kind: z.enum(["us-state", "uk", "eu", "other"]).default("us-state"),
  usState: line(2),
  ukJurisdiction: z.enum(["england-wales", "scotland", "northern-ireland"]).default("england-wales"),
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
  deliverables: z.array(DeliverableDraft).max(MAX_DELIVERABLES).default([]),
  /** One exclusion per line. */
  exclusions: text(),
  /** One responsibility per line. */
  clientResponsibilities: text(),
  revisionRounds: line(10).default("2"),
  extraRoundRate: line(40),
  acceptanceDays: line(10).default("5"),
  changeRequestsInWriting: z.boolean().default(true),
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
  model: z.enum(["fixed", "hourly", "tiers"]).default("fixed"),
  fixedFee: line(40),
  hourlyRate: line(40),
  estimatedHours: line(20),
  /** Capped: the estimate is a maximum the client will not be billed beyond. */
  hourlyCapped: z.boolean().default(true),
  tiers: z.array(TierDraft).max(3).default([]),
  chosenTierId: z.string().max(40).default(""),
});
export type PriceDraft = z.infer<typeof PriceDraft>;

export const MilestoneDraft = z.object({
  id,
  name: line(),
  deliverableIds: z.array(id).max(MAX_DELIVERABLES).default([]),
  dueKind: z.enum(["date", "acceptance"]).default("date"),
  dueDate: line(10),
  /** For "on acceptance of …": which deliverable, and when that is expected (for planning and the chart). */
  acceptanceOf: z.string().max(40).default(""),
  expectedDate: line(10),
  shareMode: z.enum(["percent", "amount", "rest"]).default("percent"),
  shareValue: line(40),
});
export type MilestoneDraft = z.infer<typeof MilestoneDraft>;

export const PAYMENT_METHODS = ["bank-transfer", "card", "paypal", "cheque", "other"] as const;

export const PaymentDraft = z.object({
  depositMode: z.enum(["none", "percent", "amount"]).default("percent"),
  depositValue: line(40).default("30"),
  milestones: z.array(MilestoneDraft).max(MAX_MILESTONES).default([]),
  netDays: line(10).default("14"),
  methods: z.array(z.enum(PAYMENT_METHODS)).max(PAYMENT_METHODS.length).default(["bank-transfer"]),
  otherMethod: line(100),
});
export type PaymentDraft = z.infer<typeof PaymentDraft>;

export const LateFeeDraft = z.object({
  kind: z.enum(["none", "flat", "percent-per-month", "annual-rate"]).default("percent-per-month"),
  flatFee: line(40),
  percentPerMonth: line(20).default("1.5"),
  annualRate: line(20),
  graceDays: line(10).default("7"),
  capEnabled: z.boolean().default(false),
  capPercent: line(20).default("10"),
});
export type LateFeeDraft = z.infer<typeof LateFeeDraft>;

export const DiscountDraft = z.object({
  enabled: z.boolean().default(false),
  percent: line(20).default("2"),
  withinDays: line(10).default("7"),
});
export type DiscountDraft = z.infer<typeof DiscountDraft>;

const toggle = (on: boolean) => z.object({ enabled: z.boolean().default(on) });

export const ProtectionsDraft = z.object({
  killFee: toggle(true).extend({
    mode: z.enum(["percent-of-remaining", "by-phase"]).default("percent-of-remaining"),
    percent: line(20).default("25"),
  }).prefault({}),
  pauseWork: toggle(true).extend({ overdueDays: line(10).default("14") }).prefault({}),
  ownershipOnFullPayment: toggle(true).prefault({}),
  confidentiality: toggle(true).prefault({}),
  termination: toggle(true).extend({ noticeDays: line(10).default("14") }).prefault({}),
  disputeResolution: toggle(true).extend({ talkDays: line(10).default("14") }).prefault({}),
  independentContractor: toggle(true).prefault({}),
  limitationOfLiability: toggle(true).prefault({}),
});
export type ProtectionsDraft = z.infer<typeof ProtectionsDraft>;

export const ContractDraft = z.object({
  you: PartyDraft.prefault({}),
  client: PartyDraft.prefault({}),
  law: GoverningLawDraft.prefault({}),
  currency: line(3).default("USD"),
  /** How numbers are written and read: "en-US" 1,234.56; "de-DE" 1.234,56; "fr-FR" 1 234,56. */
  numberLocale: line(20).default("en-US"),
  scope: ScopeDraft.prefault({}),
  startDate: line(10),
  endDate: line(10),
  price: PriceDraft.prefault({}),
  payment: PaymentDraft.prefault({}),
  lateFee: LateFeeDraft.prefault({}),
  discount: DiscountDraft.prefault({}),
  protections: ProtectionsDraft.prefault({}),
});
export type ContractDraft = z.infer<typeof ContractDraft>;
