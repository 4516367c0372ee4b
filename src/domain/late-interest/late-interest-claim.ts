import { addDays, CalendarDate, formatDate } from "../dates/calendar-date";
import { US_STATES } from "../law/governing-law";
import { rateInForce } from "../law/rate-in-force";
import { CurrencyCode } from "../money/currency";
import { MAX_MINOR } from "../money/minor-units";
import { LateFeeTerms } from "../terms/late-fee-terms";
import { z } from "../zod";
import { referenceDate } from "./reference-date";
import { STATUTORY_REGIMES, type StatutoryRegimeId } from "./statutory-regimes";

// What the late-interest calculator is asked: one invoice, the rule to apply, and what was paid.
//
// Regimes:
//   contract  the contract's late-fee terms as written (late-fee-terms.ts), with partial payments
//   uk        Late Payment of Commercial Debts (Interest) Act 1998, business to business
//   eu        Directive 2011/7/EU minimum (ECB rate + 8 points)
//   de        § 288(2) BGB (Basiszinssatz + 9 points)
//   fr        Code de commerce art. L441-10 (ECB rate + 10 points)
//   other     the US and elsewhere: the contract's terms only, with usury warnings where known
//
// `amountMinor` is the invoice total the client was asked to pay, VAT or sales tax included.

export const MAX_PAYMENTS = 100;

const CLAIM_DATE_ERROR = "Enter a real date (YYYY-MM-DD)";

const Amount = (what: string) =>
  z.int({ error: `Enter ${what} as a whole number of the currency's smallest unit (cents, pence)` }).check(
    z.minimum(1, { error: `${capitalised(what)} must be more than 0` }),
    z.maximum(MAX_MINOR, { error: `${capitalised(what)} is too large` }),
  );

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ClaimDate = z.string({ error: CLAIM_DATE_ERROR }).check(z.refine((t) => CalendarDate.safeParse(t).success, { error: CLAIM_DATE_ERROR }));

export const LatePayment = z.object({
  date: ClaimDate,
  amountMinor: Amount("the payment"),
});
export type LatePayment = z.infer<typeof LatePayment>;

/** A reference rate the user enters instead of ours, in basis points; null to use the dated history. */
export const ReferenceRateOverride = z.nullable(
  z.int({ error: "Enter the reference rate as a percentage, such as 4.25" }).check(
    z.minimum(-1_000, { error: "The reference rate cannot be below -10%" }),
    z.maximum(5_000, { error: "The reference rate cannot be above 50%" }),
  ),
);

const common = {
  currency: CurrencyCode,
  amountMinor: Amount("the invoice amount"),
  dueDate: ClaimDate,
  calculationDate: ClaimDate,
  payments: z.array(LatePayment, { error: "Payments must be a list" }).check(
    z.maxLength(MAX_PAYMENTS, { error: `Enter at most ${MAX_PAYMENTS} payments` }),
  ),
};

const statutory = <Id extends StatutoryRegimeId>(id: Id) =>
  z.object({ regime: z.literal(id), ...common, referenceRateOverrideBp: ReferenceRateOverride });

const usStateCodes = US_STATES.map((s) => s.code) as unknown as [
  (typeof US_STATES)[number]["code"],
  ...(typeof US_STATES)[number]["code"][],
];

const ClaimShape = z.discriminatedUnion(
  "regime",
  [
    z.object({ regime: z.literal("contract"), ...common, terms: LateFeeTerms }),
    z.object({
      regime: z.literal("other"),
      ...common,
      terms: LateFeeTerms,
      usState: z.nullable(z.enum(usStateCodes, { error: "Choose a US state from the list, or none" })),
    }),
    statutory("uk"),
    statutory("eu"),
    statutory("de"),
    statutory("fr"),
  ],
  { error: "Choose how late interest is worked out: contract, uk, eu, de, fr or other" },
);

type ClaimShape = z.infer<typeof ClaimShape>;

/** The first day of the reference-rate history a statutory claim needs, or null when it is covered. */
function missingHistoryFrom(claim: ClaimShape): string | null {
  if (claim.regime === "contract" || claim.regime === "other" || claim.referenceRateOverrideBp !== null) return null;
  const regime = STATUTORY_REGIMES[claim.regime];
  const first = addDays(claim.dueDate, 1);
  // For half-yearly regimes the earliest half-year is the one interest starts in; later ones are later.
  return rateInForce(regime.series, referenceDate(regime, first)) === null ? regime.series.changes[0]!.from : null;
}

export const LateInterestClaim = ClaimShape.check(
  z.refine((claim) => missingHistoryFrom(claim) === null, {
    path: ["dueDate"],
    error: (issue) => {
      const from = missingHistoryFrom(issue.input as ClaimShape);
      return (
        `Our reference rates for this rule start on ${from === null ? "a later date" : formatDate(from, "en-GB")}, after the date that applies to this debt. ` +
        "Enter the reference rate yourself."
      );
    },
  }),
);
export type LateInterestClaim = z.infer<typeof LateInterestClaim>;
export type LateInterestRegime = LateInterestClaim["regime"];
