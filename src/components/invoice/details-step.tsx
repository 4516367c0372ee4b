import type { DraftForm } from "../../stores/draft-form";
import { DateField } from "../form/date-field";
import { NUMBER_STYLES, currencyChoices } from "../form/money-options";
import { Radios } from "../form/radios";
import { SelectField } from "../form/select-field";
import { TextField } from "../form/text-field";
import { WholeNumberField } from "../form/whole-number-field";

/** Step 2: the invoice's number and dates, when it must be paid, and in which currency. */
export function InvoiceDetailsStep({ form, number }: { form: DraftForm; number: string }) {
  const terms = form.text("terms");
  return (
    <>
      <dl className="summary-list invoice-number">
        <div className="summary-list__row">
          <dt className="summary-list__key">Invoice number</dt>
          <dd className="summary-list__value">
            <strong>{number}</strong>
            <p className="field__hint">
              Given in order from your series when the invoice was made, and never given twice. Change the series on the list of
              invoices.
            </p>
          </dd>
        </div>
      </dl>
      <DateField {...form.text("issueDate")} label="Issue date" hint="The date on the invoice, usually the day you send it." />
      <DateField
        {...form.text("supplyDate")}
        label="Date of supply (optional)"
        hint="When you finished the work or delivered the goods, if that was not the issue date. VAT invoices must show it."
      />
      <Radios
        id={terms.id}
        legend={<h2 className="fieldset__heading">When must it be paid?</h2>}
        legendSize="medium"
        error={terms.error}
        value={terms.value}
        onChange={terms.onChange}
        options={[
          {
            value: "net",
            label: "Within a number of days",
            reveal: <WholeNumberField {...form.text("netDays")} label="Days from the issue date" hint="14 or 30 is common." suffix="days" />,
          },
          { value: "on-receipt", label: "On receipt", hint: "Due on the issue date." },
          {
            value: "date",
            label: "By a date",
            reveal: <DateField {...form.text("dueDate")} label="Due date" />,
          },
        ]}
      />
      <h2>Money</h2>
      <SelectField {...form.text("currency")} label="Currency" hint="Every amount on the invoice is in this currency." options={currencyChoices()} />
      <SelectField
        {...form.text("numberLocale")}
        label="How numbers are written"
        hint="How you type amounts in this form, and how they are printed on the invoice."
        options={NUMBER_STYLES}
      />
      <h2>References</h2>
      <TextField
        {...form.text("purchaseOrder")}
        label="Purchase order number (optional)"
        hint="If your client gave you one: many companies only pay invoices that quote it."
        width="medium"
      />
      <TextField
        {...form.text("reference")}
        label="Reference (optional)"
        hint="What the invoice is for, like “Website redesign, contract of 1 March 2027”."
      />
    </>
  );
}
