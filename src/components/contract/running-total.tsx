import { useStore } from "@nanostores/react";
import { useEffect, useState } from "react";
import { formatMoney } from "../../domain/money/format-money";
import { $draft } from "../../stores/contract-draft";
import { $schedulePreview } from "../../stores/contract-preview";

/** Wait this long after typing stops before the sentence is read out. */
const SPEAK_AFTER_MS = 800;

/** How the total is split so far: each payment's amount, what is allocated and what is left. */
export function RunningTotal() {
  const draft = useStore($draft);
  const preview = useStore($schedulePreview);
  const [spoken, setSpoken] = useState("");
  const status = preview?.status ?? "";

  useEffect(() => {
    const timer = setTimeout(() => setSpoken(status), SPEAK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);

  if (!preview) return null;
  const { currency, numberLocale, payment } = draft;
  const money = (minor: number) => formatMoney(minor, currency, numberLocale);
  const hasDeposit = payment.depositMode !== "none";
  const names = [
    ...(hasDeposit ? ["Deposit"] : []),
    ...payment.milestones.map((m, i) => `${i + 1}. ${m.name.trim() || `Milestone ${i + 1}`}`),
  ];
  const balanced = preview.total !== null && preview.left === 0 && preview.exact;
  const oneUnit = money(1);

  return (
    <section className="running-total" aria-labelledby="running-total-title">
      <h3 className="heading-s" id="running-total-title">
        How the total is split
      </h3>
      {preview.total === null ? (
        <p className="field__hint">{preview.status}</p>
      ) : (
        <>
          <table className="payment-parts">
            <caption className="visually-hidden">Amount of each payment</caption>
            <thead>
              <tr>
                <th scope="col">Payment</th>
                <th scope="col" className="num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {names.map((name, i) => (
                <tr key={`${i}-${name}`}>
                  <th scope="row">
                    {name}
                    {preview.parts[i]?.share?.mode === "rest" ? <span className="payment-parts__note"> (the rest)</span> : null}
                  </th>
                  <td className="num">
                    {preview.amounts[i] === null || preview.amounts[i] === undefined ? "—" : money(preview.amounts[i]!)}
                    {preview.roundedUp.includes(i) ? <span className="payment-parts__note">includes {oneUnit} of rounding</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={balanced ? "money-total money-total--ok" : "money-total money-total--bad"}>
            <span className="money-total__item">
              <span className="money-total__label">Allocated</span>
              <span className="money-total__value">
                {money(preview.allocated)} of {money(preview.total)}
              </span>
            </span>
            <span className="money-total__item">
              <span className="money-total__label">{preview.left < 0 ? "Too much" : "Left to allocate"}</span>
              <span className="money-total__value">{money(Math.abs(preview.left))}</span>
            </span>
          </div>
        </>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {spoken}
      </div>
    </section>
  );
}
