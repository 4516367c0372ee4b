import { addDays, daysBetween } from "../dates/calendar-date";

// Payment exposure: how much finished work the client holds but hasn't paid for yet.
// Model (stated in the chart's caption): work is delivered evenly from the start date to the
// end date; each payment arrives on its due date (a deposit on the start date, a milestone
// `netDays` after its invoice date). Exposure = work delivered − money received, never below 0.

export type ExposureInput = {
  startDate: string;
  endDate: string;
  total: number;
  netDays: number;
  payments: { amount: number; invoiceDate: string; kind: "deposit" | "milestone" }[];
};

export type ExposurePoint = { date: string; delivered: number; received: number };

export type Exposure = {
  /** Step points for a chart: at each date, delivered and received so far (after that day's payments). */
  points: ExposurePoint[];
  peak: { amount: number; basisPoints: number; date: string };
  /** When the last payment is expected. */
  lastPaymentDate: string;
};

function deliveredBy(input: ExposureInput, date: string): number {
  const span = daysBetween(input.startDate, input.endDate);
  const done = daysBetween(input.startDate, date);
  if (done <= 0) return span === 0 && done === 0 ? input.total : 0;
  if (done >= span) return input.total;
  return Math.round((input.total * done) / span);
}

export function exposureCurve(input: ExposureInput): Exposure {
  const receipts = input.payments.map((p) => ({
    amount: p.amount,
    date: p.kind === "deposit" ? input.startDate : addDays(p.invoiceDate, input.netDays),
    // A deposit is paid before work starts, so it counts before that day's delivery.
    beforeWork: p.kind === "deposit",
  }));
  const dates = [...new Set([input.startDate, input.endDate, ...receipts.map((r) => r.date)])].sort();
  const points: ExposurePoint[] = [];
  let peak = { amount: 0, basisPoints: 0, date: input.startDate };
  for (const date of dates) {
    const delivered = deliveredBy(input, date);
    const before = receipts.filter((r) => r.date < date || (r.beforeWork && r.date === date)).reduce((a, r) => a + r.amount, 0);
    const after = receipts.filter((r) => r.date <= date).reduce((a, r) => a + r.amount, 0);
    // The worst moment is just before the day's payments arrive.
    const exposure = Math.max(0, delivered - before);
    if (exposure > peak.amount) {
      peak = { amount: exposure, basisPoints: input.total === 0 ? 0 : Math.round((exposure / input.total) * 10_000), date };
    }
    points.push({ date, delivered, received: after });
  }
  return { points, peak, lastPaymentDate: dates[dates.length - 1]! };
}
