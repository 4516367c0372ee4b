import type { RateChange, ReferenceRateSeries } from "./reference-rate-history";

/**
 * The entry of `series` in force on `date` (the latest change with `from` on or before it), or
 * null when the date is before the series begins. A date after the series' `asOf` still gets the
 * last rate listed: the caller must say that rate has to be checked at the publisher.
 */
export function rateInForce(series: ReferenceRateSeries, date: string): RateChange | null {
  let found: RateChange | null = null;
  for (const change of series.changes) {
    if (change.from > date) break;
    found = change;
  }
  return found;
}

/** The last rate listed in the series. */
export function lastKnownRate(series: ReferenceRateSeries): RateChange {
  const last = series.changes.at(-1);
  if (last === undefined) throw new RangeError(`${series.name} has no rates`);
  return last;
}
