import { useStore } from "@nanostores/react";
import { Suspense, lazy, useState } from "react";
import { getPaidFieldId } from "../../domain/get-paid/get-paid-steps";
import type { DraftForm } from "../../stores/draft-form";
import { $overdue, addPartialPayment, removePartialPayment } from "../../stores/overdue-draft";
import { hasInvoiceList } from "../../stores/get-paid-start";
import { forgetCaseListErrors } from "../../stores/get-paid-step";
import { Checkbox } from "../form/checkbox";
import { DateField } from "../form/date-field";
import { MoneyField } from "../form/money-field";
import { NUMBER_STYLES, currencyChoices } from "../form/money-options";
import { PartyFieldset } from "../form/party-fieldset";
import { SelectField } from "../form/select-field";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";
import { LoadFailure } from "../wizard/load-failure";

// The invoice list (and the invoice domain to read it) is loaded when the user asks for it.
const SavedInvoicePicker = lazy(() => import("./saved-invoice-picker").then((m) => ({ default: m.SavedInvoicePicker })));

/** Step 1: which invoice is unpaid, who owes it, what has been paid so far, and the date to plan for. */
export function InvoiceStep({ form }: { form: DraftForm }) {
  const draft = useStore($overdue);
  const currency = draft.invoice.currency.trim().toUpperCase();
  const payments = draft.invoice.partialPayments;
  const [picking, setPicking] = useState(false);

  const add = () => {
    const id = addPartialPayment();
    if (id === null) return;
    // Focus the new payment's date once it is on the page.
    requestAnimationFrame(() => document.getElementById(getPaidFieldId(`invoice.partialPayments.${id}.date`))?.focus());
  };

  return (
    <>
      <p className="lead">
        Tell Upfront about the invoice that has not been paid. The plan, the messages and the letters are all written from these
        answers, and nothing you type leaves this browser.
      </p>
      {hasInvoiceList() ? (
        picking ? (
          // Its own boundary: if the list can't be fetched, the invoice can still be typed in below.
          <LoadFailure>
            <Suspense fallback={<p className="wizard-loading">Loading your invoices…</p>}>
              <SavedInvoicePicker />
            </Suspense>
          </LoadFailure>
        ) : (
          <p>
            <button type="button" className="button button--secondary" onClick={() => setPicking(true)}>
              Start from an invoice you wrote here
            </button>
          </p>
        )
      ) : null}

      <h2>The invoice</h2>
      <TextField {...form.text("invoice.number")} label="Invoice number" hint="As printed on the invoice, like 2026-0042." width="medium" spellCheck={false} />
      <TextField
        {...form.text("invoice.description")}
        label="What it was for"
        hint="A few words your client will recognise, like “Website redesign, second milestone”."
      />
      <SelectField {...form.text("invoice.currency")} label="Currency" options={currencyChoices()} />
      <SelectField {...form.text("invoice.numberLocale")} label="How numbers are written" hint="How you type amounts here, and how they are printed." options={NUMBER_STYLES} />
      <MoneyField {...form.text("invoice.amount")} currency={currency} label="Amount invoiced" hint="The invoice total, including any VAT or sales tax." />
      <TextArea
        {...form.text("invoice.howToPay")}
        label="How to pay you"
        hint="Bank details or a payment link, as on the invoice. Every reminder repeats them, so paying takes one step."
        rows={3}
      />
      <DateField {...form.text("invoice.issueDate")} label="Issue date" />
      <DateField {...form.text("invoice.dueDate")} label="Due date" hint="The date payment was due, as the invoice or the contract says." />

      <fieldset className="fieldset" aria-describedby="partial-payments-hint">
        <legend className="fieldset__legend fieldset__legend--medium">
          <h2 className="fieldset__heading">Payments received so far</h2>
        </legend>
        <p className="field__hint" id="partial-payments-hint">
          Add any part of the invoice the client has already paid. Interest is only worked out on what is still owed.
        </p>
        {payments.length === 0 ? <p>None yet.</p> : null}
        <ol className="repeater">
          {payments.map((payment, index) => (
            <li key={payment.id} className="repeater__item">
              <fieldset className="fieldset">
                <legend className="fieldset__legend">Payment {index + 1}</legend>
                <DateField {...form.text(`invoice.partialPayments.${payment.id}.date`)} label="Date received" />
                <MoneyField {...form.text(`invoice.partialPayments.${payment.id}.amount`)} currency={currency} label="Amount received" />
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    removePartialPayment(payment.id);
                    forgetCaseListErrors("invoice.partialPayments");
                  }}
                >
                  Remove payment {index + 1}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" className="button button--secondary" onClick={add}>
          Add a payment received
        </button>
      </fieldset>

      <PartyFieldset form={form} path="you" mine nameHint="Your name as it appears on the invoice.">
        <TextArea {...form.text("you.address")} label="Address" hint="Printed at the top of letters." rows={3} autoComplete="street-address" />
        <TextField {...form.text("you.email")} label="E-mail address" type="email" autoComplete="email" spellCheck={false} />
        <TextField {...form.text("you.phone")} label="Phone (optional)" type="tel" autoComplete="tel" width="medium" />
      </PartyFieldset>

      <PartyFieldset form={form} path="client" mine={false} nameHint="The person you dealt with.">
        <TextArea {...form.text("client.address")} label="Address" hint="Formal letters go to this address." rows={3} autoComplete="off" />
        <TextField {...form.text("client.email")} label="E-mail address" type="email" autoComplete="off" spellCheck={false} />
        <TextField
          {...form.text("client.paymentsContactName")}
          label="Who processes payments there (optional)"
          hint="Accounts payable, a finance manager, the owner: on day 14 the plan writes to them too."
          autoComplete="off"
        />
        <TextField {...form.text("client.paymentsContactEmail")} label="Their e-mail address (optional)" type="email" autoComplete="off" spellCheck={false} />
        <Checkbox
          {...form.flag("claim.businessClient")}
          label="My client is a business, not a private person"
          hint="A company, or someone working for themselves. Statutory late-payment interest is for debts between businesses."
        />
        {draft.claim.businessClient && (
          <Checkbox
            {...form.flag("claim.soleTrader")}
            label="They trade in their own name (a sole trader), not as a company"
            hint="A formal notice gives a company 14 days to pay or reply, and a person, sole traders included, 30."
          />
        )}
      </PartyFieldset>

      <h2>When you are planning for</h2>
      <DateField
        {...form.text("asOf")}
        label="Today’s date (optional)"
        hint="Leave it empty to plan from the real date today. Change it to plan ahead or to look back at what should have happened."
      />
    </>
  );
}
