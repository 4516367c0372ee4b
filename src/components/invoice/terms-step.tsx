import { useStore } from "@nanostores/react";
import type { DraftForm } from "../../stores/draft-form";
import { $discountOffer } from "../../stores/invoice-preview";
import { EarlyDiscountField, LateFeeFields } from "../contract/late-fee-fields";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";

/** Step 5: late-payment terms, an early-payment discount, and the notes printed on the invoice. */
export function InvoiceTermsStep({ form, currency }: { form: DraftForm; currency: string }) {
  const offer = useStore($discountOffer);
  return (
    <>
      <p className="lead">
        Repeat the terms your client agreed to: the same late fee and discount as in your contract, in the same words.
      </p>
      <LateFeeFields form={form} path="lateFee" currency={currency} />

      <h2>Early-payment discount</h2>
      <EarlyDiscountField
        form={form}
        path="earlyDiscount"
        periodHint="Days from the issue date. The period must end before the due date."
        preview={
          <div className="discount-preview" role="status" aria-live="polite">
            {offer ? (
              <p>
                The invoice will say: <strong>{offer}</strong>
              </p>
            ) : (
              <p className="field__hint">Once the invoice is complete, the offer with both amounts and dates is shown here.</p>
            )}
          </div>
        }
      />

      <h2>Notes</h2>
      <TextArea
        {...form.text("taxNote")}
        label="Tax note (optional)"
        hint="Why no VAT is charged, when that is the case: for example “Reverse charge: VAT to be accounted for by the recipient (Article 196, Directive 2006/112/EC)”."
        rows={3}
      />
      <TextArea {...form.text("notes")} label="Notes (optional)" hint="Anything else your client should know, printed near the end." rows={4} />
      <TextField {...form.text("thankYou")} label="Closing line (optional)" hint="Printed last, like “Thank you for your business.”" />
    </>
  );
}
