import { useStore } from "@nanostores/react";
import type { DraftForm } from "../../stores/draft-form";
import { suggestedSituation } from "../../domain/get-paid/footing";
import { $overdue, setSituation } from "../../stores/overdue-draft";
import { Checkbox } from "../form/checkbox";
import { DateField } from "../form/date-field";
import { MoneyField } from "../form/money-field";
import { Radios } from "../form/radios";
import { TextArea } from "../form/text-area";
import { WholeNumberField } from "../form/whole-number-field";
import { ContractScopeChoice } from "./contract-scope-choice";
import { InstalmentPreview } from "./instalment-preview";

/** Step 3: silent, disputing, or unable to pay. Each leads to its own plan. */
export function SituationStep({ form }: { form: DraftForm }) {
  const draft = useStore($overdue);
  const currency = draft.invoice.currency.trim().toUpperCase();
  const situation = form.text("situation");
  const offer = form.text("dispute.offer");
  const every = form.text("paymentPlan.every");
  return (
    <>
      <p className="lead">Most late invoices are one of three stories. Pick the one closest to yours: each has its own plan.</p>
      {suggestedSituation(draft.footing, draft.situation) ? (
        <div className="notice" role="note">
          <p>
            You said the client disputes the work or refuses to pay. The dispute plan answers that in writing first; reminders alone
            rarely move a client who thinks something is wrong.
          </p>
        </div>
      ) : null}
      <Radios
        id={situation.id}
        legend={<h2 className="fieldset__heading">What is going on?</h2>}
        legendSize="medium"
        error={situation.error}
        value={situation.value}
        onChange={setSituation}
        options={[
          {
            value: "silent",
            label: "They have gone quiet",
            hint: "No reply, or vague replies and no payment. The plan: reminders on days 1, 7 and 14, a formal notice on day 21, then a final demand.",
          },
          {
            value: "dispute",
            label: "They dispute the work or the charges",
            hint: "The plan: ask exactly what is wrong, ask for the part nobody disputes now, and answer in writing with what was agreed.",
            reveal: (
              <>
                <TextArea {...form.text("dispute.complaint")} label="What do they say is wrong?" hint="In their words, as far as you can." rows={4} />
                <MoneyField
                  {...form.text("dispute.undisputedAmount")}
                  currency={currency}
                  label="The part nobody disputes"
                  hint="What they should pay now whatever happens with the rest, for example the work they have already used."
                />
                <Radios
                  id={offer.id}
                  legend="What will you offer?"
                  error={offer.error}
                  value={offer.value}
                  onChange={offer.onChange}
                  options={[
                    { value: "fix", label: "To fix what is wrong", hint: "When the complaint is fair and within the agreed scope." },
                    { value: "credit", label: "A credit or a lower price for that part" },
                    { value: "explain", label: "To explain why the work meets what was agreed" },
                  ]}
                />
                <TextArea {...form.text("dispute.offerDetails")} label="Details of your offer (optional)" rows={3} />
                <ContractScopeChoice />
              </>
            ),
          },
          {
            value: "hardship",
            label: "They say they cannot pay now",
            hint: "The plan: a payment plan in writing, with dates, amounts that add up, and what happens if one is missed.",
            reveal: (
              <>
                <MoneyField {...form.text("paymentPlan.downPayment")} currency={currency} label="Paid on signing (optional)" hint="A first payment before the instalments." />
                <WholeNumberField {...form.text("paymentPlan.instalments")} label="Number of instalments" hint="From 2 to 24." suffix="instalments" />
                <DateField {...form.text("paymentPlan.firstDate")} label="First instalment due" />
                <Radios
                  id={every.id}
                  legend="Then every"
                  error={every.error}
                  value={every.value}
                  onChange={every.onChange}
                  inline
                  options={[
                    { value: "month", label: "Month" },
                    { value: "2-weeks", label: "Two weeks" },
                    { value: "week", label: "Week" },
                  ]}
                />
                <WholeNumberField
                  {...form.text("paymentPlan.graceDays")}
                  label="Days of grace for a late instalment"
                  hint="If an instalment is this many days late, the whole balance becomes due at once."
                  suffix="days"
                />
                <Checkbox
                  {...form.flag("paymentPlan.waiveInterestIfKept")}
                  label="Waive late fees and interest if every instalment is paid on time"
                  hint="A reason to keep to the plan; if one is missed, they are owed again with the whole balance."
                />
                <InstalmentPreview />
              </>
            ),
          },
        ]}
      />
    </>
  );
}
