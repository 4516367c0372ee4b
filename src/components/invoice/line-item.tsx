import { memo } from "react";
import type { InvoiceLineDraft } from "../../domain/invoice/invoice-draft";
import { invoiceFieldId } from "../../domain/invoice/invoice-steps";
import { announce } from "../../stores/announcer";
import { duplicateLine, invoiceMaxLength, moveLine, removeLine, setInvoiceField } from "../../stores/invoice-book";
import { forgetLineErrors } from "../../stores/invoice-editor";
import type { TextBinding } from "../../stores/draft-form";
import { Field } from "../form/field";
import { MoneyField } from "../form/money-field";
import { PercentField } from "../form/percent-field";
import { SelectField } from "../form/select-field";
import { TextField } from "../form/text-field";
import { AffixedInput } from "../form/affixed-input";
import { RepeaterActions, focusAfterRender, focusMovedItem } from "../contract/repeater-actions";

/** Messages about one line, by field ("unitPrice"), as shown after Continue. */
export type LineErrors = Readonly<Record<string, string>>;

type Props = {
  invoiceId: string;
  line: InvoiceLineDraft;
  index: number;
  count: number;
  currency: string;
  /** The line's amount after its discount, formatted; null until it can be worked out. */
  amount: string | null;
  errors: LineErrors | undefined;
  /** Where focus goes when the last line is removed. */
  addButtonId: string;
};

const DISCOUNT_MODES = [
  { value: "none", label: "No discount" },
  { value: "percent", label: "A percentage" },
  { value: "amount", label: "An amount" },
];

export const descriptionId = (lineId: string) => invoiceFieldId(`lines.${lineId}.description`);

/**
 * One line item. Kept cheap, since an invoice can have hundreds: it only re-renders when its own
 * line, position, amount or messages change (memo), and every handler talks to the store directly.
 */
export const LineItem = memo(function LineItem({ invoiceId, line, index, count, currency, amount, errors, addButtonId }: Props) {
  const bind = (field: Exclude<keyof InvoiceLineDraft, "id">): TextBinding => {
    const path = `lines.${line.id}.${field}`;
    return {
      id: invoiceFieldId(path),
      value: line[field],
      error: errors?.[field],
      maxLength: invoiceMaxLength(path),
      onChange: (value) => setInvoiceField(invoiceId, path, value),
    };
  };
  const position = index + 1;
  const description = bind("description");
  const discountMode = bind("discountMode");

  const move = (by: -1 | 1) => {
    moveLine(invoiceId, line.id, by);
    announce(`Line moved to position ${position + by} of ${count}.`);
    focusMovedItem("line", line.id, by, position + by, count);
  };
  const remove = () => {
    removeLine(invoiceId, line.id);
    forgetLineErrors(line.id);
    const left = count - 1;
    announce(`Line ${position} removed. ${left === 1 ? "1 line" : `${left} lines`} left.`);
    // The line that moved into this place, else the one before, else the Add button.
    requestAnimationFrame(() => {
      const items = document.querySelectorAll<HTMLElement>(".line-item textarea");
      const target = items[Math.min(index, items.length - 1)] ?? document.getElementById(addButtonId);
      target?.focus();
    });
  };
  const duplicate = () => {
    const copy = duplicateLine(invoiceId, line.id);
    if (copy === null) return;
    announce(`Line ${position} duplicated as line ${position + 1}.`);
    focusAfterRender(descriptionId(copy));
  };

  return (
    <li className="repeater__item line-item" data-line-id={line.id}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend repeater__title">Line {position}</legend>
        <Field id={description.id} label="Description" error={description.error}>
          {(a11y) => (
            <textarea
              {...a11y}
              className={description.error ? "input input--error line-item__description" : "input line-item__description"}
              name={description.id}
              rows={2}
              dir="auto"
              value={description.value}
              maxLength={description.maxLength}
              onChange={(event) => description.onChange(event.target.value)}
            />
          )}
        </Field>
        <div className="line-item__figures">
          <AffixedInput {...bind("quantity")} label="Quantity" inputMode="decimal" />
          <TextField {...bind("unit")} label="Unit (optional)" width="short" />
          <MoneyField {...bind("unitPrice")} currency={currency} label="Unit price" />
          <PercentField {...bind("taxRate")} label="Tax rate (optional)" />
          <SelectField {...discountMode} label="Discount (optional)" options={DISCOUNT_MODES} />
          {line.discountMode === "percent" ? <PercentField {...bind("discountValue")} label="Discount percentage" /> : null}
          {line.discountMode === "amount" ? <MoneyField {...bind("discountValue")} currency={currency} label="Discount amount" /> : null}
        </div>
        <p className="line-item__amount">
          <span className="line-item__amount-label">Amount{line.discountMode === "none" ? "" : " after discount"}, before tax:</span>{" "}
          {amount === null ? <span className="muted">appears once the quantity and price are filled in</span> : <strong>{amount}</strong>}
        </p>
      </fieldset>
      <RepeaterActions noun="line" itemId={line.id} position={position} count={count} onMove={move} onRemove={remove} onDuplicate={duplicate} />
    </li>
  );
});
