import { useStore } from "@nanostores/react";
import type { DraftForm } from "../../stores/draft-form";
import { $overdue } from "../../stores/overdue-draft";
import { LateFeeFields } from "../contract/late-fee-fields";
import { PercentField } from "../form/percent-field";
import { Radios } from "../form/radios";
import { SelectField } from "../form/select-field";
import { US_STATES } from "../../domain/law/governing-law";
import { InterestWorking } from "./interest-working";

/** Step 4: which rules decide what may be added to the debt, and the arithmetic, shown in full. */
export function InterestStep({ form }: { form: DraftForm }) {
  const draft = useStore($overdue);
  const currency = draft.invoice.currency.trim().toUpperCase();
  const regime = form.text("claim.regime");
  const statutory = regime.value === "uk" || regime.value === "eu" || regime.value === "de" || regime.value === "fr";
  return (
    <>
      <p className="lead">
        What you may add to the invoice depends on what your contract says and on the law where you and your client do business.
        Upfront shows the arithmetic, so you can check every figure before you claim it.
      </p>
      <Radios
        id={regime.id}
        legend={<h2 className="fieldset__heading">Which rules apply?</h2>}
        legendSize="medium"
        error={regime.error}
        value={regime.value}
        onChange={regime.onChange}
        options={[
          {
            value: "contract",
            label: "The late fee in our contract",
            hint: "Whatever the contract or the invoice’s terms say, applied as written.",
            reveal: <LateFeeFields form={form} path="claim.lateFee" currency={currency} />,
          },
          { value: "uk", label: "UK statutory interest", hint: "Late Payment of Commercial Debts (Interest) Act 1998: Bank of England rate + 8 points, plus £40, £70 or £100." },
          { value: "eu", label: "EU minimum (Late Payment Directive)", hint: "Directive 2011/7/EU: ECB rate + 8 points, plus €40. Your country’s law may give more." },
          { value: "de", label: "Germany", hint: "BGB § 288(2): base rate (Basiszinssatz) + 9 points between businesses, plus €40." },
          { value: "fr", label: "France", hint: "Code de commerce L441-10: ECB rate + 10 points on the amount including VAT, plus €40." },
          {
            value: "other",
            label: "Elsewhere, or no agreed late fee",
            hint: "In the US and most other places, only what the contract says can be added.",
            reveal: (
              <>
                <LateFeeFields form={form} path="claim.lateFee" currency={currency} />
                <SelectField
                  {...form.text("claim.usState")}
                  label="US state whose law applies (optional)"
                  hint="Upfront then checks the late fee against the limits it knows for that state."
                  options={[{ value: "", label: "Not in the US, or not sure" }, ...US_STATES.map((st) => ({ value: st.code, label: st.name }))]}
                />
              </>
            ),
          },
        ]}
      />
      {statutory ? (
        <>
          <PercentField
            {...form.text("claim.referenceRateOverride")}
            label="Use another reference rate (optional)"
            hint="Leave empty to use the central bank rates built into Upfront for each period. Enter a rate if you have checked a newer one."
          />
        </>
      ) : null}
      {regime.value === "contract" && draft.claim.lateFee.kind === "none" && (currency === "GBP" || currency === "EUR") ? (
        <div className="notice" role="note">
          <p>
            No late fee in your contract? Between businesses the law adds interest and a fixed sum anyway: choose{" "}
            {currency === "GBP" ? "UK statutory interest" : "the EU minimum, Germany or France"} above to see what you may claim.
          </p>
        </div>
      ) : null}
      <InterestWorking />
    </>
  );
}
