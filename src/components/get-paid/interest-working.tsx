import { useStore } from "@nanostores/react";
import { formatDate } from "../../domain/dates/calendar-date";
import { documentDateLocale } from "../../domain/dates/document-date-locale";
import { formatDailyInterest } from "../../domain/late-interest/daily-interest";
import { formatMoney } from "../../domain/money/format-money";
import { formatPercent } from "../../domain/percent/format-percent";
import { $caseInterest, $checkedCase } from "../../stores/get-paid-case";

/** The calculator's arithmetic, period by period: days, balance, rate and why, interest, compensation, total. */
export function InterestWorking() {
  const overdue = useStore($checkedCase);
  const interest = useStore($caseInterest);
  if (!overdue || !interest) {
    return (
      <section className="interest-working" aria-labelledby="interest-working-title">
        <h2 id="interest-working-title">What you may claim</h2>
        <p>Once the invoice’s amount and dates on step 1 are complete, the interest and fees are worked out here, with every step shown.</p>
      </section>
    );
  }
  const locale = overdue.invoice.locale;
  const money = (m: number) => formatMoney(m, overdue.invoice.currency, locale);
  const date = (d: string) => formatDate(d, documentDateLocale(locale));
  return (
    <section className="interest-working" aria-labelledby="interest-working-title" data-testid="interest-working">
      <h2 id="interest-working-title">What you may claim</h2>
      {interest.kind === "not-applicable" ? <p>{interest.reason}</p> : null}
      {interest.kind === "problem" ? <p className="status status--bad">{interest.message}</p> : null}
      {interest.kind === "result"
        ? (() => {
            const r = interest.result;
            return (
              <>
                <p>
                  <strong>{r.rule.name}</strong> ({r.rule.source}). {r.rule.summary}
                </p>
                {r.referenceRate ? (
                  <p className="field__hint">
                    Reference rate: {r.referenceRate.name}
                    {r.referenceRate.overridden ? ", replaced by the rate you entered" : `, from Upfront’s table of rates known up to ${date(r.referenceRate.asOf)} (${r.referenceRate.publisher}: ${r.referenceRate.url})`}.
                  </p>
                ) : null}
                <dl className="interest-facts">
                  <div>
                    <dt>Still owed on {date(overdue.asOf)}</dt>
                    <dd>{money(r.outstandingMinor)}</dd>
                  </div>
                  <div>
                    <dt>Days late</dt>
                    <dd>{overdue.daysOverdue}</dd>
                  </div>
                  <div>
                    <dt>Interest runs from</dt>
                    <dd>{date(r.firstDay)}</dd>
                  </div>
                </dl>
                {r.segments.length > 0 ? (
                  <div className="doc-table-wrap" tabIndex={0} role="region" aria-labelledby="interest-periods-caption">
                    <table className="doc-table interest-periods">
                      <caption id="interest-periods-caption">Interest, period by period</caption>
                      <thead>
                        <tr>
                          <th scope="col">Period</th>
                          <th scope="col" className="num">
                            Days
                          </th>
                          <th scope="col" className="num">
                            On
                          </th>
                          <th scope="col" className="num">
                            Yearly rate
                          </th>
                          <th scope="col" className="num">
                            Per day
                          </th>
                          <th scope="col" className="num">
                            Interest
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {r.segments.map((s) => (
                          <tr key={s.from}>
                            <th scope="row">
                              {date(s.from)} to {date(s.to)}
                            </th>
                            <td className="num">{s.days}</td>
                            <td className="num">{money(s.balanceMinor)}</td>
                            <td className="num">
                              {formatPercent(s.rateBp, locale)}
                              {s.referenceRateBp !== null ? (
                                <span className="interest-periods__why">
                                  {formatPercent(s.referenceRateBp, locale)} + {formatPercent(s.rateBp - s.referenceRateBp, locale)}
                                </span>
                              ) : null}
                              <span className="interest-periods__why interest-periods__reason">{s.why}</span>
                            </td>
                            <td className="num">{formatDailyInterest(s.balanceMinor, s.rateBp, overdue.invoice.currency, locale)}</td>
                            <td className="num">{money(s.interestMinor)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
                <table className="doc-table interest-totals">
                  <caption className="visually-hidden">What late payment adds</caption>
                  <tbody>
                    <tr>
                      <th scope="row">Interest</th>
                      <td className="num">{money(r.interestMinor)}</td>
                    </tr>
                    {r.lateFee ? (
                      <tr>
                        <th scope="row">
                          Late fee <span className="interest-periods__why">{r.lateFee.why}</span>
                        </th>
                        <td className="num">{money(r.lateFee.amountMinor)}</td>
                      </tr>
                    ) : null}
                    <tr>
                      <th scope="row">
                        Fixed compensation <span className="interest-periods__why">{r.compensation.why}</span>
                      </th>
                      <td className="num">{money(r.compensation.amountMinor)}</td>
                    </tr>
                    <tr className="interest-totals__strong">
                      <th scope="row">You may add</th>
                      <td className="num">{money(r.totalClaimableMinor)}</td>
                    </tr>
                    <tr className="interest-totals__strong">
                      <th scope="row">Total due with the invoice</th>
                      <td className="num" data-testid="interest-total-due">
                        {money(r.totalDueMinor)}
                      </td>
                    </tr>
                  </tbody>
                </table>
                <p className="field__hint">
                  Rounding: each period’s interest is worked out exactly and rounded once, half up, to the currency’s smallest unit;
                  the interest is the sum of the periods.
                </p>
                {r.warnings.length > 0 ? (
                  <ul className="interest-warnings">
                    {r.warnings.map((w) => (
                      <li key={w.code}>
                        {w.message}
                        {w.source ? <span className="interest-periods__why"> Source: {w.source}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <details className="interest-rules">
                  <summary>How this is worked out</summary>
                  <ul>
                    {r.rules.map((rule) => (
                      <li key={rule}>{rule}</li>
                    ))}
                  </ul>
                </details>
              </>
            );
          })()
        : null}
    </section>
  );
}

