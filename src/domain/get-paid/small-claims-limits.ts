import type { GoverningLaw } from "../law/governing-law";
import type { SmallClaimsKey } from "./small-claims-keys";

// The most a claimant can ask for in each place's small-claims procedure, for the plan's "small
// claims court" option. Figures change: each row names its rule, the page it was checked
// against and the day it was checked (CHECKED). Places whose figure could not be confirmed are
// left out, and the lookup returns null for them (the option then says to check locally).
// Amounts are in minor units of `currency`, excluding interest and court costs unless the note
// says otherwise. This is information for choosing a route, not legal advice.

export const SMALL_CLAIMS_CHECKED = "2026-12-06";


export type SmallClaimsLimit = {
  key: SmallClaimsKey;
  /** "England and Wales", "New York City". */
  place: string;
  /** The procedure's own name, as a sentence fragment: "the small claims track of the County Court". */
  court: string;
  currency: string;
  /** The highest claim, in minor units. */
  limit: number;
  /** A lower limit for claimants that are companies or other entities (California), else null. */
  entityLimit: number | null;
  /** False where the procedure can't be used to collect an unpaid invoice (Ireland). */
  forUnpaidInvoices: boolean;
  note: string;
  /** The rule that sets the figure. */
  rule: string;
  /** The page the figure was checked against. */
  source: string;
  checked: string;
};

export const SMALL_CLAIMS_LIMITS: readonly SmallClaimsLimit[] = [
  {
    key: "england-wales",
    place: "England and Wales",
    court: "the small claims track of the County Court",
    currency: "GBP",
    limit: 1_000_000,
    entityLimit: null,
    forUnpaidInvoices: true,
    note: "Claims of £10,000 or less are normally allocated to the small claims track; a claim can be made online through Money Claim Online. Each side usually pays its own legal costs.",
    rule: "Civil Procedure Rules Part 26 (small claims track: claims of not more than £10,000)",
    source: "https://www.smallclaimscourtgenie.co.uk/what-is-the-small-claims-court-limit/",
    checked: SMALL_CLAIMS_CHECKED,
  },
  {
    key: "scotland",
    place: "Scotland",
    court: "simple procedure in the sheriff court",
    currency: "GBP",
    limit: 500_000,
    entityLimit: null,
    forUnpaidInvoices: true,
    note: "Simple procedure covers payment claims of £5,000 or less; larger claims use ordinary cause procedure. Claims are made through Civil Online.",
    rule: "Simple Procedure Rules (claims for payment of £5,000 or less)",
    source: "https://www.scotcourts.gov.uk/taking-action/simple-procedure",
    checked: SMALL_CLAIMS_CHECKED,
  },
  {
    key: "northern-ireland",
    place: "Northern Ireland",
    court: "the small claims court (County Court)",
    currency: "GBP",
    limit: 500_000,
    entityLimit: null,
    forUnpaidInvoices: true,
    note: "Raised from £3,000 to £5,000 on 3 October 2022. Above £5,000 a civil bill in the County Court is used, or the excess is given up.",
    rule: "County Courts (Financial Limits) Order (Northern Ireland) 2022",
    source: "https://www.nidirect.gov.uk/articles/small-claims-process",
    checked: SMALL_CLAIMS_CHECKED,
  },
  {
    key: "ireland",
    place: "Ireland",
    court: "the small claims procedure of the District Court",
    currency: "EUR",
    limit: 200_000,
    entityLimit: null,
    forUnpaidInvoices: false,
    note: "The small claims procedure (claims up to €2,000) can't be used for a debt such as an unpaid invoice: it is for consumer and business buyers' complaints about goods or services. A debt is claimed in the District Court by the ordinary procedure.",
    rule: "District Court (Small Claims Procedure) Rules; limit €2,000",
    source: "https://www.citizensinformation.ie/en/justice/courts_system/small_claims_court.html",
    checked: SMALL_CLAIMS_CHECKED,
  },
  {
    key: "us-CA",
    place: "California",
    court: "small claims court",
    currency: "USD",
    limit: 1_250_000,
    entityLimit: 625_000,
    forUnpaidInvoices: true,
    note: "$12,500 for a natural person (a sole proprietor included), $6,250 for a company, LLC or other entity, for cases filed from 1 January 2024. At most two claims over $2,500 a year anywhere in California. You must ask for payment before filing.",
    rule: "California Code of Civil Procedure §§ 116.220, 116.221 (as amended by SB 71, 2023)",
    source: "https://www.peopleclerk.com/post/how-much-can-you-sue-for-in-california-small-claims",
    checked: SMALL_CLAIMS_CHECKED,
  },
  {
    key: "us-NY-nyc",
    place: "New York City",
    court: "the Small Claims Part of the Civil Court of the City of New York",
    currency: "USD",
    limit: 1_000_000,
    entityLimit: null,
    forUnpaidInvoices: true,
    note: "Up to $10,000, where the client lives, works or has an office in the five boroughs; a claim can't be split to fit. Courts outside the city have lower limits.",
    rule: "New York City Civil Court Act § 1801",
    source: "https://nycourts.gov/courts/nyc/smallclaims/general.shtml",
    checked: SMALL_CLAIMS_CHECKED,
  },
  {
    key: "us-TX",
    place: "Texas",
    court: "the justice court (small claims case)",
    currency: "USD",
    limit: 2_000_000,
    entityLimit: null,
    forUnpaidInvoices: true,
    note: "Up to $20,000, excluding statutory interest and court costs but including any attorney fees.",
    rule: "Texas Government Code § 27.031; Texas Rules of Civil Procedure 500.3(a)",
    source: "https://faq.sll.texas.gov/questions/48984",
    checked: SMALL_CLAIMS_CHECKED,
  },
  {
    key: "us-FL",
    place: "Florida",
    court: "small claims in the county court",
    currency: "USD",
    limit: 800_000,
    entityLimit: null,
    forUnpaidInvoices: true,
    note: "Up to $8,000, excluding costs, interest and attorneys' fees (since 1 January 2020).",
    rule: "Florida Small Claims Rule 7.010(b)",
    source: "https://casetext.com/rule/florida-court-rules/florida-small-claims-rules/rule-7010-title-and-scope",
    checked: SMALL_CLAIMS_CHECKED,
  },
  {
    key: "us-IL",
    place: "Illinois",
    court: "small claims in the circuit court",
    currency: "USD",
    limit: 1_000_000,
    entityLimit: null,
    forUnpaidInvoices: true,
    note: "Up to $10,000, excluding interest and costs. A corporation must be represented by an attorney to bring a claim.",
    rule: "Illinois Supreme Court Rule 281",
    source: "https://howtolegalhelp.com/rule-281-definition-of-small-claim",
    checked: SMALL_CLAIMS_CHECKED,
  },
];

export function smallClaimsLimit(key: SmallClaimsKey): SmallClaimsLimit {
  return SMALL_CLAIMS_LIMITS.find((l) => l.key === key)!;
}

const US_KEYS: Partial<Record<string, SmallClaimsKey>> = { CA: "us-CA", NY: "us-NY-nyc", TX: "us-TX", FL: "us-FL", IL: "us-IL" };

/**
 * The limit for the contract wizard's governing law, or null where none was verified. New York
 * gives New York City's (its note says so); Ireland's row says it is not for unpaid invoices.
 */
export function smallClaimsLimitFor(law: GoverningLaw): SmallClaimsLimit | null {
  switch (law.kind) {
    case "uk":
      return smallClaimsLimit(law.jurisdiction);
    case "eu":
      return law.country === "IE" ? smallClaimsLimit("ireland") : null;
    case "us-state": {
      const key = US_KEYS[law.state];
      return key ? smallClaimsLimit(key) : null;
    }
    case "other":
      return null;
  }
}

export type SmallClaimsFit = "fits" | "over" | "not-for-invoices" | "other-currency";

/** Whether `amount` (minor units of `currency`) can be claimed there, by a natural person or an entity. */
export function smallClaimsFit(limit: SmallClaimsLimit, amount: number, currency: string, claimant: "person" | "entity" = "person"): SmallClaimsFit {
  if (!limit.forUnpaidInvoices) return "not-for-invoices";
  if (currency !== limit.currency) return "other-currency";
  const max = claimant === "entity" && limit.entityLimit !== null ? limit.entityLimit : limit.limit;
  return amount <= max ? "fits" : "over";
}
