import { useStore } from "@nanostores/react";
import { formatDate } from "../../domain/dates/calendar-date";
import { documentDateLocale } from "../../domain/dates/document-date-locale";
import { paymentPlan } from "../../domain/get-paid/payment-plan";
import { formatMoney } from "../../domain/money/format-money";
import { $checkedCase } from "../../stores/get-paid-case";
import { useSettled } from "../form/use-settled";

/** The instalments the answers above make, with the total, as soon as every answer can be read. */
export function InstalmentPreview() {
  const overdue = useStore($checkedCase);
  const plan = overdue?.paymentPlan ? paymentPlan(overdue.balance, overdue.paymentPlan) : null;
  const summary = plan?.ok ? `${plan.value.instalments.length} instalments worked out.` : "";
  const spoken = useSettled(summary);
  if (!overdue || !plan) {
    return <p className="field__hint">Once the invoice and these answers are complete, the instalments are worked out here.</p>;
  }
  if (!plan.ok) return <p className="status status--bad">{plan.error}</p>;
  const money = (m: number) => formatMoney(m, overdue.invoice.currency, overdue.invoice.locale);
  const date = (d: string) => formatDate(d, documentDateLocale(overdue.invoice.locale));
  const { downPayment, instalments, roundingOn, balance } = plan.value;
  return (
    <div className="instalment-preview">
      <div className="doc-table-wrap" tabIndex={0} role="region" aria-labelledby="instalments-caption">
        <table className="doc-table">
          <caption id="instalments-caption">The payment plan</caption>
          <thead>
            <tr>
              <th scope="col">Payment</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {downPayment > 0 ? (
              <tr>
                <th scope="row">On signing</th>
                <td>{date(overdue.asOf)}</td>
                <td className="num">{money(downPayment)}</td>
              </tr>
            ) : null}
            {instalments.map((i) => (
              <tr key={i.n}>
                <th scope="row">Instalment {i.n}</th>
                <td>{date(i.date)}</td>
                <td className="num">{money(i.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Total, the balance still owed
              </th>
              <td className="num">{money(balance)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {roundingOn !== null ? <p className="field__hint">Instalment {roundingOn} takes the rounding difference, so the total is exact.</p> : null}
      <p className="visually-hidden" role="status">
        {spoken}
      </p>
    </div>
  );
}
