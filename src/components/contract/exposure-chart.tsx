import { useEffect, useId, useRef, useState } from "react";
import { daysBetween, formatDate } from "../../domain/dates/calendar-date";
import { documentDateLocale } from "../../domain/dates/document-date-locale";
import { currencyDigits } from "../../domain/money/currency";
import { formatMoney } from "../../domain/money/format-money";
import { formatPercent } from "../../domain/percent/format-percent";
import type { Exposure } from "../../domain/schedule/exposure";

export type ExposureChartProps = {
  exposure: Exposure;
  currency: string;
  /** The number style (amounts); dates are written in English like the contract. */
  locale: string;
  /** Days each milestone invoice gives the client to pay, for the caption. */
  netDays?: number;
};

const PAD = { top: 16, right: 16, bottom: 40, left: 64 };

/** Dates in English, in the style of the chosen region when it is an English one. */

function useWidth(fallback: number) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(240, Math.round(entry.contentRect.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { box, width };
}

/**
 * Work delivered (dashed, rising evenly) against money received (solid steps): the shaded gap is
 * finished work the client has not paid for yet, and the marked peak is the most you could lose.
 * Drawn at the container's real width so its text stays readable on a phone.
 */
export function ExposureChart({ exposure, currency, locale, netDays }: ExposureChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const { box, width } = useWidth(640);
  const height = width < 480 ? 220 : 280;
  const { points, peak } = exposure;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const span = Math.max(1, daysBetween(first.date, last.date));
  const top = Math.max(1, ...points.map((p) => Math.max(p.delivered, p.received)));
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const x = (date: string) => PAD.left + (daysBetween(first.date, date) / span) * innerW;
  const y = (amount: number) => PAD.top + innerH - (amount / top) * innerH;
  const base = y(0);

  const money = (minor: number) => formatMoney(minor, currency, locale);
  const compact = (minor: number) => {
    try {
      return new Intl.NumberFormat(locale, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }).format(minor / 10 ** currencyDigits(currency));
    } catch {
      return money(minor);
    }
  };
  const dateWords = documentDateLocale(locale);
  const longDate = (date: string) => formatDate(date, dateWords);
  const shortDate = (date: string) =>
    new Intl.DateTimeFormat(dateWords, { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));

  const delivered = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.date)},${y(p.delivered)}`).join(" ");
  let received = `M${x(first.date)},${base}`;
  for (const p of points) received += ` H${x(p.date)} V${y(p.received)}`;
  const deliveredArea = `${delivered} L${x(last.date)},${base} L${x(first.date)},${base} Z`;
  const receivedArea = `${received} L${x(last.date)},${base} Z`;

  const peakIndex = points.findIndex((p) => p.date === peak.date);
  const peakPoint = points[peakIndex];
  const receivedBeforePeak = peakIndex > 0 ? points[peakIndex - 1]!.received : 0;
  const hasPeak = peak.amount > 0 && peakPoint !== undefined;

  const summary = hasPeak
    ? `Peak unpaid work: ${money(peak.amount)} (${formatPercent(peak.basisPoints, locale)}) around ${longDate(peak.date)}.`
    : "Your client never holds unpaid work: payments stay ahead of the work.";
  const caption =
    "Assumes the work is delivered evenly from the start date to the end date, the deposit is paid on the start date, and each " +
    (netDays === undefined ? "milestone is paid when its invoice falls due." : `milestone is paid ${netDays === 1 ? "1 day" : `${netDays} days`} after its invoice date.`);

  // A few dates along the bottom: start, end of work and last payment, if there is room for them.
  const ticks: string[] = [];
  for (const date of [first.date, ...points.filter((p) => p.delivered === last.delivered).slice(0, 1).map((p) => p.date), last.date]) {
    if (ticks.every((t) => Math.abs(x(t) - x(date)) > (width < 480 ? 90 : 110))) ticks.push(date);
  }
  const moneyTicks = [0, Math.round(top / 2), top];

  return (
    <figure className="chart exposure-chart" aria-labelledby={`${uid}-summary`}>
      <p className="exposure-chart__summary" id={`${uid}-summary`}>
        <strong>{summary}</strong>
      </p>
      <ul className="exposure-chart__legend" aria-hidden="true">
        <li>
          <svg width="32" height="12" focusable="false">
            <line x1="0" y1="6" x2="32" y2="6" className="exposure-chart__delivered" />
          </svg>
          Work delivered
        </li>
        <li>
          <svg width="32" height="12" focusable="false">
            <line x1="0" y1="6" x2="32" y2="6" className="exposure-chart__received" />
          </svg>
          Money received
        </li>
        <li>
          <svg width="16" height="12" focusable="false">
            <rect x="0" y="0" width="16" height="12" className="exposure-chart__gap" />
          </svg>
          Unpaid work
        </li>
      </ul>
      <div ref={box} className="exposure-chart__plot">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
          <defs>
            <mask id={`${uid}-gap`}>
              <rect x="0" y="0" width={width} height={height} fill="white" />
              <path d={receivedArea} fill="black" />
            </mask>
          </defs>
          {moneyTicks.map((m) => (
            <g key={m}>
              <line x1={PAD.left} x2={width - PAD.right} y1={y(m)} y2={y(m)} className="exposure-chart__grid" />
              <text x={PAD.left - 8} y={y(m)} dy="0.35em" textAnchor="end" className="exposure-chart__label">
                {compact(m)}
              </text>
            </g>
          ))}
          {ticks.map((t) => (
            <text key={t} x={x(t)} y={height - PAD.bottom + 22} textAnchor={x(t) > width - 60 ? "end" : x(t) < PAD.left + 30 ? "start" : "middle"} className="exposure-chart__label">
              {shortDate(t)}
            </text>
          ))}
          <path d={deliveredArea} className="exposure-chart__gap" mask={`url(#${uid}-gap)`} />
          <path d={received} className="exposure-chart__received" />
          <path d={delivered} className="exposure-chart__delivered" />
          <line x1={PAD.left} x2={width - PAD.right} y1={base} y2={base} className="exposure-chart__axis" />
          {hasPeak ? (
            <g className="exposure-chart__peak">
              <line x1={x(peak.date)} x2={x(peak.date)} y1={y(receivedBeforePeak)} y2={y(peakPoint!.delivered)} />
              <circle cx={x(peak.date)} cy={y(peakPoint!.delivered)} r="5" />
              <text
                x={x(peak.date) + (x(peak.date) > width / 2 ? -10 : 10)}
                y={Math.max(PAD.top + 12, y(peakPoint!.delivered) - 10)}
                textAnchor={x(peak.date) > width / 2 ? "end" : "start"}
                className="exposure-chart__label exposure-chart__peak-label"
              >
                Peak {compact(peak.amount)}
              </text>
            </g>
          ) : null}
        </svg>
      </div>
      <figcaption className="chart__caption">{caption}</figcaption>
      {/* Hidden on a wrapper: a table itself won't shrink to the 1px the hiding class asks for. */}
      <div className="visually-hidden">
      <table>
        <caption>Work delivered and money received by date</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Work delivered</th>
            <th scope="col">Money received</th>
            <th scope="col">Unpaid work</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.date}>
              <th scope="row">{longDate(p.date)}</th>
              <td>{money(p.delivered)}</td>
              <td>{money(p.received)}</td>
              <td>{money(Math.max(0, p.delivered - p.received))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
