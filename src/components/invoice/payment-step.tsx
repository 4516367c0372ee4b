import { formatIban, readIban } from "../../domain/payment/iban";
import type { DraftForm } from "../../stores/draft-form";
import { Checkbox } from "../form/checkbox";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";
import { useSettled } from "../form/use-settled";

/** The IBAN as it will be printed, in groups of four, while it is typed. */
function IbanEcho({ id, value }: { id: string; value: string }) {
  const read = value.trim() === "" ? null : readIban(value);
  const grouped = formatIban(value);
  const spoken = useSettled(read?.ok ? `IBAN ${grouped}, check digits correct.` : "");
  if (read === null) return null;
  return (
    <div className="iban-echo" id={`${id}-echo`}>
      <span className="iban-echo__label">Printed as</span> <span className="iban-echo__value">{grouped}</span>
      {read.ok ? <span className="iban-echo__ok"> — check digits correct</span> : null}
      <span className="visually-hidden" role="status">
        {spoken}
      </span>
    </div>
  );
}

/** Step 4: how the client pays: bank account, other account details, a payment link, the QR code. */
export function InvoicePaymentStep({ form, currency }: { form: DraftForm; currency: string }) {
  const iban = form.text("payment.iban");
  return (
    <>
      <p className="lead">How your client pays you. Give at least one way; the more exact the details, the fewer payments go astray.</p>
      <TextField
        {...form.text("payment.accountHolder")}
        label="Account holder"
        hint="The name on the bank account, as your bank has it."
        autoComplete="name"
      />
      <TextField {...iban} label="IBAN (optional)" hint="Spaces are fine. It is checked by its check digits." spellCheck={false} autoComplete="off" />
      <IbanEcho id={iban.id} value={iban.value} />
      <TextField {...form.text("payment.bic")} label="BIC or SWIFT code (optional)" hint="8 or 11 letters and digits, like DEUTDEFF." width="medium" spellCheck={false} />
      <TextArea
        {...form.text("payment.otherAccount")}
        label="Other account details (optional)"
        hint="For accounts without an IBAN, like a US routing and account number or a UK sort code and account number. Printed as you write it."
        rows={3}
      />
      <TextField
        {...form.text("payment.paymentLink")}
        label="Payment link (optional)"
        hint="A web page where your client can pay, for example by card. It must start with https://."
        type="url"
        spellCheck={false}
      />
      {currency === "EUR" ? (
        <Checkbox
          {...form.flag("payment.qrCode")}
          label="Print a payment QR code"
          hint="An EPC “GiroCode”: most banking apps in the euro area scan it and fill in the transfer (your name and IBAN, the amount and the invoice number). Needs an IBAN."
        />
      ) : (
        <p className="field__hint">A payment QR code can be printed on invoices in euros (EUR) with an IBAN.</p>
      )}
    </>
  );
}
