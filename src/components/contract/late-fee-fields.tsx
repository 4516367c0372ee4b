import type { ReactNode } from "react";
import type { DraftForm } from "../../stores/draft-form";
import { Checkbox } from "../form/checkbox";
import { MoneyField } from "../form/money-field";
import { PercentField } from "../form/percent-field";
import { Radios } from "../form/radios";
import { WholeNumberField } from "../form/whole-number-field";

// The late-fee and early-discount questions, bound to any draft that keeps a LateFeeDraft and a
// DiscountDraft (the contract at "lateFee"/"discount", an invoice at "lateFee"/"earlyDiscount").

type LateFeeProps = {
  form: DraftForm;
  /** Where the LateFeeDraft is in the draft, e.g. "lateFee". */
  path: string;
  currency: string;
};

/** What paying late costs: none, a one-off fee, or interest (with a grace period and an optional cap). */
export function LateFeeFields({ form, path, currency }: LateFeeProps) {
  const at = (field: string) => `${path}.${field}`;
  const kind = form.text(at("kind"));
  const charging = kind.value !== "none";
  const interest = kind.value === "percent-per-month" || kind.value === "annual-rate";
  return (
    <>
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
            reveal: <MoneyField {...form.text(at("flatFee"))} currency={currency} label="Late fee per invoice" />,
          },
          {
            value: "percent-per-month",
            label: "Interest per month",
            hint: "Grows the longer the invoice is unpaid. 1.5% a month is 18% a year.",
            reveal: <PercentField {...form.text(at("percentPerMonth"))} label="Interest per month" />,
          },
          {
            value: "annual-rate",
            label: "Interest per year",
            hint: "Charged day by day on the unpaid amount.",
            reveal: <PercentField {...form.text(at("annualRate"))} label="Interest per year" />,
          },
        ]}
      />
      {charging ? (
        <WholeNumberField
          {...form.text(at("graceDays"))}
          label="Grace period"
          hint="Days after the due date before any fee applies. 0 means from the first day late."
          suffix="days"
        />
      ) : null}
      {interest ? (
        <Checkbox
          {...form.flag(at("capEnabled"))}
          label="Limit the total late charges on an invoice"
          hint="A cap makes the fee look fair, which helps if it is ever challenged."
          reveal={<PercentField {...form.text(at("capPercent"))} label="Most that can be charged, as a percentage of the invoice" />}
        />
      ) : null}
    </>
  );
}

type DiscountProps = {
  form: DraftForm;
  /** Where the DiscountDraft is in the draft, e.g. "discount". */
  path: string;
  /** The hint under "If paid within": how long the period may be. */
  periodHint: ReactNode;
  /** What the chosen discount means (a live region), shown under its fields. */
  preview: ReactNode;
};

/** An early-payment discount: the box, and while it is ticked, the percentage and the period. */
export function EarlyDiscountField({ form, path, periodHint, preview }: DiscountProps) {
  const at = (field: string) => `${path}.${field}`;
  return (
    <Checkbox
      {...form.flag(at("enabled"))}
      label="Offer a discount for paying early"
      hint="It can get you paid sooner, but you give up the discount on every invoice paid early."
      reveal={
        <>
          <PercentField {...form.text(at("percent"))} label="Discount" />
          <WholeNumberField {...form.text(at("withinDays"))} label="If paid within" hint={periodHint} suffix="days" />
          {preview}
        </>
      }
    />
  );
}
