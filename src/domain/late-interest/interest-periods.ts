import { addDays, daysBetween } from "../dates/calendar-date";
import type { LatePayment } from "./late-interest-claim";

export type InterestPeriod = {
  readonly from: string;
  /** Inclusive. */
  readonly to: string;
  readonly days: number;
  readonly balanceMinor: number;
};

/**
 * Cuts the days from `firstDay` to `lastDay` (both included) into periods with one balance each.
 * A payment made on day P lowers the balance from P + 1: day P still earns interest on the old
 * balance (the counting rule in late-interest-rules.ts). A payment on or before `firstDay - 1`
 * lowers the balance from the start. `splitAt` adds more cuts (1 January and 1 July for the
 * half-yearly rates): a period starts on each of those days. The balance never goes below 0, and
 * periods with nothing owed are left out. Payments after `lastDay` must be removed by the caller.
 */
export function interestPeriods(
  amountMinor: number,
  payments: readonly LatePayment[],
  firstDay: string,
  lastDay: string,
  splitAt: readonly string[] = [],
): InterestPeriod[] {
  if (lastDay < firstDay) return [];
  const starts = new Set<string>([firstDay]);
  for (const payment of payments) starts.add(addDays(payment.date, 1));
  for (const day of splitAt) starts.add(day);
  const ordered = [...starts].filter((day) => day >= firstDay && day <= lastDay).sort();

  const periods: InterestPeriod[] = [];
  for (const [i, from] of ordered.entries()) {
    const next = ordered[i + 1];
    const to = next === undefined ? lastDay : addDays(next, -1);
    const paidBefore = payments.reduce((sum, p) => (p.date < from ? sum + p.amountMinor : sum), 0);
    const balanceMinor = Math.max(0, amountMinor - paidBefore);
    if (balanceMinor > 0) periods.push({ from, to, days: daysBetween(from, to) + 1, balanceMinor });
  }
  return periods;
}

/** Every 1 January and 1 July after `firstDay`, up to `lastDay`: where half-yearly rates change. */
export function halfYearStarts(firstDay: string, lastDay: string): string[] {
  const days: string[] = [];
  for (let year = Number(firstDay.slice(0, 4)); year <= Number(lastDay.slice(0, 4)); year++) {
    for (const day of [`${year}-01-01`, `${year}-07-01`]) if (day > firstDay && day <= lastDay) days.push(day);
  }
  return days;
}
