import type { DraftForm } from "../../stores/draft-form";
import { InvoicePartyFields } from "./party-fields";

/** Step 1: who the invoice is from and who pays it. */
export function InvoicePartiesStep({ form }: { form: DraftForm }) {
  return (
    <>
      <p className="lead">Who the invoice is from and who pays it. Your own details are copied to your next invoice, so you type them once.</p>
      <InvoicePartyFields form={form} who="seller" />
      <InvoicePartyFields form={form} who="buyer" />
    </>
  );
}
