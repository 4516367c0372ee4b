import { useStore } from "@nanostores/react";
import { useMemo } from "react";
import type { SavedInvoice } from "../../domain/invoice/invoice-book";
import { MAX_INVOICE_LINES } from "../../domain/invoice/invoice-draft";
import { invoiceFieldId } from "../../domain/invoice/invoice-steps";
import { announce } from "../../stores/announcer";
import type { DraftForm } from "../../stores/draft-form";
import { addLine } from "../../stores/invoice-book";
import { $invoiceErrors } from "../../stores/invoice-editor";
import { moneyOf } from "../../domain/invoice/draft-money";
import { lineAmount } from "../../stores/invoice-preview";
import { focusAfterRender } from "../contract/repeater-actions";
import { ErrorMessage } from "../form/field";
import { MoneyField } from "../form/money-field";
import { PercentField } from "../form/percent-field";
import { Radios } from "../form/radios";
import { type LineErrors, LineItem, descriptionId } from "./line-item";
import { RunningTotals } from "./running-totals";

/** "Add at least one line" points at the Add button. */
const ADD_ID = invoiceFieldId("lines");

/** Step 3: what is charged, line by line, and any discount on the whole invoice. */
export function InvoiceLinesStep({ form, saved }: { form: DraftForm; saved: SavedInvoice }) {
  const errors = useStore($invoiceErrors);
  const { draft } = saved;
  const { lines } = draft;
  const count = lines.length;
  const money = moneyOf(draft);
  const currency = money?.currency ?? draft.currency;
  const listError = form.error("lines");
  const discount = form.text("discountMode");

  // Messages per line, grouped once per Continue, so a line's props stay the same while typing elsewhere.
  const byLine = useMemo(() => {
    const grouped = new Map<string, Record<string, string>>();
    for (const e of errors ?? []) {
      const match = /^lines\.([^.]+)\.(.+)$/.exec(e.field);
      if (!match) continue;
      const entry = grouped.get(match[1]!) ?? {};
      entry[match[2]!] = e.message;
      grouped.set(match[1]!, entry);
    }
    return grouped as Map<string, LineErrors>;
  }, [errors]);

  const add = () => {
    const added = addLine(saved.id);
    if (added === null) return;
    announce(`Line ${count + 1} added.`);
    focusAfterRender(descriptionId(added));
  };

  return (
    <>
      <p className="lead">Each thing you charge for, on its own line. Clear, itemised lines are the cheapest way to avoid a dispute.</p>
      <section className="field" aria-labelledby="lines-title">
        <div className={listError ? "field--error list-heading" : "list-heading"}>
          <h2 id="lines-title">What you are charging for</h2>
          <p className="field__hint">
            Quantities may have up to 3 decimals, like 1.5 hours. The tax rate is a percentage, like 20; leave it empty where no tax
            is shown. Up to {MAX_INVOICE_LINES} lines.
          </p>
          {listError ? <ErrorMessage id={`${ADD_ID}-error`}>{listError}</ErrorMessage> : null}
        </div>
        {count > 0 ? (
          <ol className="repeater line-list">
            {lines.map((line, index) => {
              return (
                <LineItem
                  key={line.id}
                  invoiceId={saved.id}
                  line={line}
                  index={index}
                  count={count}
                  currency={currency}
                  amount={money ? lineAmount(line, money) : null}
                  errors={byLine.get(line.id)}
                  addButtonId={ADD_ID}
                />
              );
            })}
          </ol>
        ) : null}
        {count < MAX_INVOICE_LINES ? (
          <button type="button" id={ADD_ID} className="button button--secondary" onClick={add} aria-describedby={listError ? `${ADD_ID}-error` : undefined}>
            Add a line
          </button>
        ) : (
          <p className="field__hint" id={ADD_ID} tabIndex={-1}>
            This invoice has the most lines an invoice can have ({MAX_INVOICE_LINES}). Split the work over two invoices.
          </p>
        )}
      </section>

      <Radios
        id={discount.id}
        legend={<h2 className="fieldset__heading">Discount on the whole invoice</h2>}
        legendSize="medium"
        hint="Taken off the subtotal, before tax."
        error={discount.error}
        value={discount.value}
        onChange={discount.onChange}
        options={[
          { value: "none", label: "No discount" },
          { value: "percent", label: "A percentage", reveal: <PercentField {...form.text("discountValue")} label="Discount percentage" /> },
          {
            value: "amount",
            label: "An amount",
            reveal: <MoneyField {...form.text("discountValue")} currency={currency} label="Discount amount" />,
          },
        ]}
      />
      <RunningTotals />
    </>
  );
}
