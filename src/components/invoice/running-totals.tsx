import { useStore } from "@nanostores/react";
import { formatMoney } from "../../domain/money/format-money";
import { formatTaxRate } from "../../domain/invoice/tax-rate";
import { $runningTotals } from "../../stores/invoice-preview";
import { useSettled } from "../form/use-settled";

/** The invoice's figures while lines are typed: subtotal, discount, tax per rate and the total. */
export function RunningTotals() {
  const running = useStore($runningTotals);
  const totals = running?.totals ?? null;
  const money = (minor: number) => (running ? formatMoney(minor, running.money.currency, running.money.locale) : "");
  const spoken = useSettled(totals ? `Total ${money(totals.total)}` : "");
  if (!running) return null;
  return (
    <section className="running-totals" aria-labelledby="running-totals-title">
      <h2 className="heading-s" id="running-totals-title">
        Totals
      </h2>
      <span className="visually-hidden" role="status">
        {spoken}
      </span>
      {totals === null ? (
        <p className="field__hint">The totals appear once every line has a description, a quantity and a price that can be read.</p>
      ) : (
        <table className="totals-table">
          <caption className="visually-hidden">Totals of the invoice</caption>
          <tbody>
            <tr>
              <th scope="row">Subtotal</th>
              <td className="num">{money(totals.subtotal)}</td>
            </tr>
            {totals.invoiceDiscount > 0 ? (
              <tr>
                <th scope="row">Discount</th>
                <td className="num">−{money(totals.invoiceDiscount)}</td>
              </tr>
            ) : null}
            {totals.byRate
              .filter((r) => r.millipercent !== null)
              .map((r) => (
                <tr key={r.millipercent}>
                  <th scope="row">
                    Tax {formatTaxRate(r.millipercent!, running.money.locale)} on {money(r.base)}
                  </th>
                  <td className="num">{money(r.tax)}</td>
                </tr>
              ))}
            <tr className="totals-table__total">
              <th scope="row">Total</th>
              <td className="num">{money(totals.total)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
