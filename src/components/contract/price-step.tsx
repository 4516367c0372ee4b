import { useStore } from "@nanostores/react";
import { fieldId } from "../../domain/contract/contract-steps";
import { newTiers } from "../../domain/contract/new-contract-draft";
import { formatMoney } from "../../domain/money/format-money";
import { $draft } from "../../stores/contract-draft";
import { $priceTotal } from "../../stores/contract-preview";
import type { DraftForm } from "../../stores/draft-form";
import { AffixedInput } from "../form/affixed-input";
import { Checkbox } from "../form/checkbox";
import { DateField } from "../form/date-field";
import { ErrorMessage } from "../form/field";
import { MoneyField } from "../form/money-field";
import { Radios } from "../form/radios";
import { MoneyTotal } from "./money-total";
import { TierFields } from "./tier-fields";

/** Step 3: when the work happens and how it is priced. */
export function PriceStep({ form }: { form: DraftForm }) {
  const draft = useStore($draft);
  const total = useStore($priceTotal);
  const { currency, numberLocale, price } = draft;
  // A draft saved before options existed gets the three defaults to edit.
  const tiers = price.tiers.length === 3 ? price.tiers : newTiers();
  const model = form.text("price.model");
  const chosen = form.text("price.chosenTierId");
  const tiersError = form.error("price.tiers");

  return (
    <>
      <h2>Timeline</h2>
      <DateField {...form.text("startDate")} label="Start date" hint="When you start the work. A deposit is due before this." />
      <DateField {...form.text("endDate")} label="End date" hint="When you expect to hand over the last deliverable." />

      <h2>Price</h2>
      <Radios
        id={model.id}
        legend="How is the work priced?"
        value={model.value}
        onChange={model.onChange}
        options={[
          {
            value: "fixed",
            label: "A fixed fee",
            hint: "One price for the whole project. Clients like knowing the cost up front.",
            reveal: <MoneyField {...form.text("price.fixedFee")} currency={currency} label="Fee for the whole project" />,
          },
          {
            value: "hourly",
            label: "By the hour",
            hint: "You bill the hours you work, with an estimate agreed now.",
            reveal: (
              <>
                <MoneyField {...form.text("price.hourlyRate")} currency={currency} label="Hourly rate" />
                <AffixedInput {...form.text("price.estimatedHours")} label="Estimated hours" inputMode="decimal" suffix="hours" />
                <Checkbox
                  {...form.flag("price.hourlyCapped")}
                  label="Cap the bill at the estimate"
                  hint="Your client never pays more than the estimate, which makes a yes easier. Without a cap the estimate is a guide."
                />
              </>
            ),
          },
          {
            value: "tiers",
            label: "Good, better, best",
            hint: "Three options at three prices. Your client picks one, and often not the cheapest.",
            reveal: (
              <>
                {tiersError ? (
                  <div className="field field--error" id={fieldId("price.tiers")} tabIndex={-1}>
                    <ErrorMessage id={`${fieldId("price.tiers")}-error`}>{tiersError}</ErrorMessage>
                  </div>
                ) : null}
                {tiers.map((tier, index) => (
                  <TierFields key={tier.id} form={form} tier={tier} index={index} currency={currency} />
                ))}
                <Radios
                  id={chosen.id}
                  legend="Which option did your client choose?"
                  error={chosen.error}
                  value={chosen.value}
                  onChange={chosen.onChange}
                  options={tiers.map((tier, index) => ({ value: tier.id, label: tier.name.trim() || `Option ${index + 1}` }))}
                />
              </>
            ),
          },
        ]}
      />
      <MoneyTotal
        label={price.model === "hourly" ? "Estimated total" : "Contract total"}
        amount={total === null ? null : formatMoney(total, currency, numberLocale)}
        empty="Enter the price to see the total."
      />
    </>
  );
}
