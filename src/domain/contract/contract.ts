import type { GoverningLaw } from "../law/governing-law";
import type { EarlyDiscount } from "../terms/early-discount";
import type { LateFeeTerms } from "../terms/late-fee-terms";

// A contract whose every answer has been checked: what documents, schedules and the chart are built from.

export type Party = {
  name: string;
  businessName: string;
  address: string;
  email: string;
  taxId: string;
  basedIn: string;
};

export type Deliverable = { id: string; title: string; description: string; acceptanceCriteria: string };

export type Price =
  | { model: "fixed"; fee: number }
  | { model: "hourly"; rate: number; hoursHundredths: number; capped: boolean; estimate: number }
  | { model: "tiers"; tiers: { name: string; price: number; includes: string[] }[]; chosen: number };

export type PaymentDue =
  | { kind: "before-start"; date: string }
  | { kind: "date"; date: string }
  | { kind: "acceptance"; deliverable: string; expectedDate: string };

export type ScheduledPayment = {
  kind: "deposit" | "milestone";
  name: string;
  amount: number;
  /** Share of the total in basis points, for display (rounded). */
  basisPoints: number;
  due: PaymentDue;
  deliverables: string[];
};

export type Protections = {
  killFee: { mode: "percent-of-remaining"; basisPoints: number } | { mode: "by-phase" } | null;
  pauseWork: { overdueDays: number } | null;
  ownershipOnFullPayment: boolean;
  confidentiality: boolean;
  termination: { noticeDays: number } | null;
  disputeResolution: { talkDays: number } | null;
  independentContractor: boolean;
  limitationOfLiability: boolean;
};

export type Contract = {
  /** The draft's id ("" for a draft saved before ids existed): how its invoices find it. */
  id: string;
  you: Party;
  client: Party;
  law: GoverningLaw;
  currency: string;
  locale: string;
  scope: {
    title: string;
    summary: string;
    deliverables: Deliverable[];
    exclusions: string[];
    clientResponsibilities: string[];
    revisionRounds: number;
    extraRoundRate: number | null;
    acceptanceDays: number;
    changeRequestsInWriting: boolean;
  };
  startDate: string;
  endDate: string;
  price: Price;
  /** What the schedule adds up to, in minor units. */
  total: number;
  schedule: {
    payments: ScheduledPayment[];
    /** Indexes of payments that took one minor unit of rounding. */
    roundedUp: number[];
  };
  netDays: number;
  paymentMethods: string[];
  lateFee: LateFeeTerms;
  discount: EarlyDiscount | null;
  protections: Protections;
};
