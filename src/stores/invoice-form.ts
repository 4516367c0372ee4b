import type { SavedInvoice } from "../domain/invoice/invoice-book";
import { invoiceFieldId } from "../domain/invoice/invoice-steps";
import { type DraftForm, bindForm } from "./draft-form";
import { valueAt } from "./draft-path";
import { indexPath, invoiceMaxLength, setInvoiceField } from "./invoice-book";

// The fields of one saved invoice, bound like the contract's (stores/draft-form.ts): paths are the
// ones messages use ("buyer.name", "lines.<lineId>.unitPrice"), and so are the DOM ids.

export function invoiceForm(saved: SavedInvoice, errors: readonly { field: string; message: string }[] | null): DraftForm {
  const { draft } = saved;
  return bindForm(
    {
      valueAt: (path) => {
        const at = indexPath(draft, path);
        return at === null ? undefined : valueAt(draft, at);
      },
      setField: (path, value) => setInvoiceField(saved.id, path, value),
      fieldId: invoiceFieldId,
      maxLength: invoiceMaxLength,
    },
    errors,
  );
}
