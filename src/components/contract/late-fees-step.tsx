import { useStore } from "@nanostores/react";
import { parseWholeNumber } from "../../domain/contract/parse-whole-number";
import { formatPercent } from "../../domain/percent/format-percent";
import { $draft } from "../../stores/contract-draft";
import { $discountPreview } from "../../stores/contract-preview";
import type { DraftForm } from "../../stores/draft-form";
import { Checkbox } from "../form/checkbox";
import { MoneyField } from "../form/money-field";
import { PercentField } from "../form/percent-field";
import { Radios } from "../form/radios";
import { WholeNumberField } from "../form/whole-number-field";
import { LateFeeNotes } from "./late-fee-notes";

/** Step 5: what paying late costs, and what paying early saves. */
export function LateFeesStep({ form }: { form: DraftForm }) {
  const draft = useStore($draft);
  const discount = useStore($discountPreview);
  const { currency, numberLocale, lateFee } = draft;
  const kind = form.text("lateFee.kind");
  const charging = lateFee.kind !== "none";
  const interest = lateFee.kind === "percent-per-month" || lateFee.kind === "annual-rate";
  const net = parseWholeNumber(draft.payment.netDays, 0, 120, "");

  return (
    <>
      <p className="lead">A late fee your client agreed to before the work started is much easier to ask for than one you bring up later.</p>
      <Radios
        id={kind.id}
        legend={<h2 className="fieldset__heading">Late fee</h2>}
        legendSize="medium"
        hint="What your client pays when an invoice is paid late."
        value={kind.value}
        onChange={kind.onChange}
        options={[
          { value: "none", label: "No late fee" },
          {
            value: "flat",
            label: "A one-off fee per late invoice",
            reveal: <MoneyField {...form.text("lateFee.flatFee")} currency={currency} label="Late fee per invoice" />,
          },
          {
            value: "percent-per-month",
            label: "Interest per month",
            hint: "Grows the longer the invoice is unpaid. 1.5% a month is 18% a year.",
            reveal: <PercentField {...form.text("lateFee.percentPerMonth")} label="Interest per month" />,
          },
          {
            value: "annual-rate",
            label: "Interest per year",
            hint: "Charged day by day on the unpaid amount.",
            reveal: <PercentField {...form.text("lateFee.annualRate")} label="Interest per year" />,
          },
        ]}
      />
      {charging ? (
        <WholeNumberField
          {...form.text("lateFee.graceDays")}
          label="Grace period"
          hint="Days after the due date before any fee applies. 0 means from the first day late."
          suffix="days"
        />
      ) : null}
      {interest ? (
        <Checkbox
          {...form.flag("lateFee.capEnabled")}
          label="Limit the total late charges on an invoice"
          hint="A cap makes the fee look fair, which helps if it is ever challenged."
          reveal={<PercentField {...form.text("lateFee.capPercent")} label="Most that can be charged, as a percentage of the invoice" />}
        />
      ) : null}

      <LateFeeNotes />

      <h2>Early-payment discount</h2>
      <Checkbox
        {...form.flag("discount.enabled")}
        label="Offer a discount for paying early"
        hint="It can get you paid sooner, but you give up the discount on every invoice paid early."
        reveal={
          <>
            <PercentField {...form.text("discount.percent")} label="Discount" />
            <WholeNumberField
              {...form.text("discount.withinDays")}
              label="If paid within"
              hint={net.ok ? `Must be shorter than your payment term of ${net.value} days.` : "Must be shorter than your payment term."}
              suffix="days"
            />
            <div className="discount-preview" role="status" aria-live="polite">
              {discount ? (
                <>
                  <p>
                    Your terms read <strong>{discount.notation}</strong>.
                  </p>
                  {discount.annualRate ? (
                    <p>
                      Skipping the discount costs your client about {formatPercent(discount.annualRate.simple, numberLocale)} a year (
                      {formatPercent(discount.annualRate.compound, numberLocale)} compounded), so a client with cash to spare is likely to pay early.
                    </p>
                  ) : null}
                </>
              ) : (
                <p className="field__hint">Enter the discount and a period shorter than the payment term to see what it means.</p>
              )}
            </div>
          </>
        }
      />
    </>
  );
}
