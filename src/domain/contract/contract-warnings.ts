import { formatDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import { lateFeeWarnings } from "../law/late-fee-warnings";
import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import { exposureCurve } from "../schedule/exposure";
import type { Contract } from "./contract";
import { exposureInput } from "./draft-exposure";

export type ContractWarning = { code: string; message: string; source?: string };

/** Above this share of the fee, unpaid finished work is a real risk worth flagging. */
export const EXPOSURE_WARNING_BASIS_POINTS = 3_000;

/**
 * Things worth a second look before sending the contract. Warnings never block a download.
 * `today` is the user's calendar date.
 */
export function contractWarnings(contract: Contract, today: string): ContractWarning[] {
  const warnings: ContractWarning[] = [];
  const fmt = (m: number) => formatMoney(m, contract.currency, contract.locale);
  const payments = contract.schedule.payments;
  if (!payments.some((p) => p.kind === "deposit")) {
    warnings.push({ code: "no-deposit", message: "There is no deposit. A deposit paid before you start (25–50% is common) shows the client is committed and covers your first weeks of work." });
  }
  // The earliest payment, whatever order the milestones were listed in.
  const dateOf = (p: (typeof payments)[number]) => (p.due.kind === "acceptance" ? p.due.expectedDate : p.due.date);
  const firstDate = payments.map(dateOf).sort()[0];
  if (!payments.some((p) => p.kind === "deposit") && firstDate !== undefined && firstDate >= contract.endDate) {
    warnings.push({ code: "paid-at-end", message: "The first payment is only due at the end of the project. If the client never pays, you will have done all the work for nothing: add a deposit or an earlier milestone." });
  }
  const { peak } = exposureCurve(exposureInput(contract));
  if (peak.basisPoints > EXPOSURE_WARNING_BASIS_POINTS) {
    warnings.push({
      code: "high-exposure",
      message: `At its peak, around ${formatDate(peak.date, documentDateLocale(contract.locale))}, ${fmt(peak.amount)} (${formatPercent(peak.basisPoints, contract.locale)} of the fee) of finished work is unpaid. More, earlier milestones would lower that.`,
    });
  }
  if (contract.startDate < today) {
    warnings.push({ code: "start-in-past", message: `The start date (${formatDate(contract.startDate, documentDateLocale(contract.locale))}) is in the past. That's fine for work already under way, but check the deposit date still makes sense.` });
  }
  for (const w of lateFeeWarnings(contract.lateFee, contract.law, { currency: contract.currency, locale: contract.locale })) {
    warnings.push({ code: `late-fee-${w.code}`, message: w.message, source: w.source });
  }
  return warnings;
}
