import { useStore } from "@nanostores/react";
import { fieldId } from "../../domain/contract/contract-steps";
import { parseWholeNumber } from "../../domain/contract/parse-whole-number";
import { MAX_MILESTONES } from "../../domain/contract/text-limits";
import { announce } from "../../stores/announcer";
import { $draft, addMilestone, moveMilestone, removeMilestone } from "../../stores/contract-draft";
import { $exposure } from "../../stores/contract-preview";
import type { DraftForm } from "../../stores/draft-form";
import { forgetItemErrors } from "../../stores/wizard-step";
import { Checkboxes } from "../form/checkboxes";
import { ErrorMessage } from "../form/field";
import { MoneyField } from "../form/money-field";
import { PercentField } from "../form/percent-field";
import { Radios } from "../form/radios";
import { TextField } from "../form/text-field";
import { WholeNumberField } from "../form/whole-number-field";
import { ExposureChart } from "./exposure-chart";
import { MilestoneItem } from "./milestone-item";
import { focusAfterRender, focusMovedItem } from "./repeater-actions";
import { RunningTotal } from "./running-total";

const nameId = (index: number) => fieldId(`payment.milestones.${index}.name`);
/** The list's heading is where "the payments must add up" and "add a milestone" messages point. */
const LIST_ID = fieldId("payment.milestones");
const ADD_ID = "add-milestone";

const METHODS = [
  { value: "bank-transfer", label: "Bank transfer" },
  { value: "card", label: "Card payment" },
  { value: "paypal", label: "PayPal" },
  { value: "cheque", label: "Cheque" },
];

/** Step 4: the deposit, the milestone payments, and how and when invoices are paid. */
export function PaymentStep({ form }: { form: DraftForm }) {
  const draft = useStore($draft);
  const exposure = useStore($exposure);
  const { currency, numberLocale, payment } = draft;
  const { milestones } = payment;
  const count = milestones.length;
  const deposit = form.text("payment.depositMode");
  const listError = form.error("payment.milestones");
  const netDays = parseWholeNumber(payment.netDays, 0, 120, "");

  const add = () => {
    if (addMilestone() === null) return;
    announce(`Milestone ${count + 1} added.`);
    focusAfterRender(nameId(count));
  };
  const remove = (index: number, id: string) => {
    removeMilestone(id);
    forgetItemErrors("payment.milestones");
    const left = count - 1;
    announce(`Milestone ${index + 1} removed. ${left === 1 ? "1 milestone" : `${left} milestones`} left.`);
    focusAfterRender(left === 0 ? ADD_ID : nameId(Math.min(index, left - 1)));
  };
  const move = (index: number, id: string, by: -1 | 1) => {
    moveMilestone(id, by);
    forgetItemErrors("payment.milestones");
    announce(`Milestone moved to position ${index + 1 + by} of ${count}.`);
    focusMovedItem("milestone", id, by, index + 1 + by, count);
  };

  return (
    <>
      <p className="lead">Small payments as the work progresses mean a late or missing payment never costs you the whole project.</p>
      <Radios
        id={deposit.id}
        legend={<h2 className="fieldset__heading">Deposit</h2>}
        legendSize="medium"
        hint="Paid before you start, so you are never working entirely on credit. 25% to 50% is common."
        value={deposit.value}
        onChange={deposit.onChange}
        options={[
          { value: "none", label: "No deposit" },
          {
            value: "percent",
            label: "A percentage of the total",
            reveal: <PercentField {...form.text("payment.depositValue")} label="Deposit percentage" />,
          },
          {
            value: "amount",
            label: "A fixed amount",
            reveal: <MoneyField {...form.text("payment.depositValue")} currency={currency} label="Deposit amount" />,
          },
        ]}
      />

      <section className="field" aria-labelledby={LIST_ID}>
        {/* The red mark goes on the heading block only, not on every box in the list. */}
        <div className={listError ? "field--error list-heading" : "list-heading"}>
          <h2 id={LIST_ID} tabIndex={-1} aria-describedby={listError ? `${LIST_ID}-error` : undefined}>
            Milestones
          </h2>
          <p className="field__hint">The payments after the deposit. With the deposit they must add up to the total.</p>
          {listError ? <ErrorMessage id={`${LIST_ID}-error`}>{listError}</ErrorMessage> : null}
        </div>
        {count > 0 ? (
          <ol className="repeater">
            {milestones.map((m, index) => (
              <MilestoneItem
                key={m.id}
                form={form}
                milestone={m}
                index={index}
                count={count}
                deliverables={draft.scope.deliverables}
                currency={currency}
                onMove={(by) => move(index, m.id, by)}
                onRemove={() => remove(index, m.id)}
              />
            ))}
          </ol>
        ) : null}
        {count < MAX_MILESTONES ? (
          <button type="button" id={ADD_ID} className="button button--secondary" onClick={add}>
            Add another milestone
          </button>
        ) : (
          <p className="field__hint">You have added the most milestones a contract can have ({MAX_MILESTONES}).</p>
        )}
        <RunningTotal />
      </section>

      <section aria-labelledby="exposure-title">
        <h2 id="exposure-title">Unpaid work over time</h2>
        {exposure ? (
          <ExposureChart exposure={exposure} currency={currency} locale={numberLocale} {...(netDays.ok ? { netDays: netDays.value } : {})} />
        ) : (
          <p className="field__hint">
            The chart appears when the dates and price on the previous step, and every payment here, are filled in correctly.
          </p>
        )}
      </section>

      <h2>Payment terms</h2>
      <WholeNumberField
        {...form.text("payment.netDays")}
        label="Days your client has to pay each invoice"
        hint="Counted from the invoice date. 14 or 30 days is common; 0 means payment on receipt."
        suffix="days"
      />
      <Checkboxes
        {...form.list("payment.methods")}
        legend="How can your client pay?"
        hint="Select all that apply."
        options={[
          ...METHODS,
          {
            value: "other",
            label: "Another way",
            reveal: <TextField {...form.text("payment.otherMethod")} label="Describe it" hint="For example “Wise” or “Cash on delivery”." width="medium" />,
          },
        ]}
      />
    </>
  );
}
