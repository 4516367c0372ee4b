import { z } from "../zod";
import { MAX_MINOR } from "../money/minor-units";

// What the contract says happens when an invoice is paid late.
//
// The one rule used everywhere (amount, wording, warnings):
// - Nothing is charged while the invoice is within its grace period: "graceDays" days after the due date.
// - A flat late fee is charged once, on the first day after the grace period.
// - Interest is simple (never compounded) and accrues daily from the first day after the grace
//   period until payment, on a 365-day year, also in leap years:
//     percent-per-month: monthly rate × 12 / 365 per day (1.5% a month = 18% a year);
//     annual-rate:       annual rate / 365 per day.
// - An optional cap limits the total late charges on one invoice to a percent of the invoice amount.

export const GraceDays = z.int({ error: "Enter the grace period as a whole number of days" }).check(
  z.minimum(0, { error: "The grace period cannot be negative" }),
  z.maximum(365, { error: "Keep the grace period to 365 days or fewer" }),
);

export const LateFeeCap = z.nullable(
  z.object({
    basisPoints: z.int({ error: "Enter the maximum as a percentage of the invoice amount" }).check(
      z.minimum(1, { error: "The maximum must be more than 0%" }),
      z.maximum(10_000, { error: "The maximum cannot be more than 100% of the invoice amount" }),
    ),
  }),
);
export type LateFeeCap = z.infer<typeof LateFeeCap>;

export const LateFeeTerms = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({
    kind: z.literal("flat"),
    amount: z.int({ error: "Enter the late fee as an amount" }).check(
      z.minimum(1, { error: "The late fee must be more than 0" }),
      z.maximum(MAX_MINOR, { error: "The late fee is too large" }),
    ),
    graceDays: GraceDays,
    cap: LateFeeCap,
  }),
  z.object({
    kind: z.literal("percent-per-month"),
    basisPoints: z.int({ error: "Enter the monthly interest rate as a percentage" }).check(
      z.minimum(1, { error: "The monthly interest rate must be more than 0%" }),
      z.maximum(10_000, { error: "The monthly interest rate cannot be more than 100%" }),
    ),
    graceDays: GraceDays,
    cap: LateFeeCap,
  }),
  z.object({
    kind: z.literal("annual-rate"),
    basisPoints: z.int({ error: "Enter the yearly interest rate as a percentage" }).check(
      z.minimum(1, { error: "The yearly interest rate must be more than 0%" }),
      z.maximum(100_000, { error: "The yearly interest rate cannot be more than 1000%" }),
    ),
    graceDays: GraceDays,
    cap: LateFeeCap,
  }),
]);
export type LateFeeTerms = z.infer<typeof LateFeeTerms>;

export type LateFeeKind = LateFeeTerms["kind"];
/** The kinds that charge something; they all carry graceDays and cap. */
export type ChargingLateFeeTerms = Exclude<LateFeeTerms, { kind: "none" }>;
