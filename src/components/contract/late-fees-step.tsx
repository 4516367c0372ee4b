import { useStore } from "@nanostores/react";
import { parseWholeNumber } from "../../domain/contract/parse-whole-number";
import { formatPercent } from "../../domain/percent/format-percent";
import { $draft } from "../../stores/contract-draft";
import { $discountPreview } from "../../stores/contract-preview";
import type { DraftForm } from "../../stores/draft-form";
import { EarlyDiscountField, LateFeeFields } from "./late-fee-fields";
import { LateFeeNotes } from "./late-fee-notes";

/** Step 5: what paying late costs, and what paying early saves. */
export function LateFeesStep({ form }: { form: DraftForm }) {
  const draft = useStore($draft);
  const discount = useStore($discountPreview);
  const { currency, numberLocale } = draft;
  const net = parseWholeNumber(draft.payment.netDays, 0, 120, "");

  return (
    <>
      <p className="lead">A late fee your client agreed to before the work started is much easier to ask for than one you bring up later.</p>
      <LateFeeFields form={form} path="lateFee" currency={currency} />

      <LateFeeNotes />

      <h2>Early-payment discount</h2>
      <EarlyDiscountField
        form={form}
        path="discount"
        periodHint={net.ok ? `Must be shorter than your payment term of ${net.value} days.` : "Must be shorter than your payment term."}
        preview={
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
        }
      />
    </>
  );
}
