import { getPaidFieldId } from "../domain/get-paid/get-paid-steps";
import type { OverdueDraft } from "../domain/get-paid/overdue-draft";
import { type DraftForm, bindForm } from "./draft-form";
import { valueAt } from "./draft-path";
import { overdueIndexPath, overdueMaxLength, setOverdueField } from "./overdue-draft";

// The case's fields, bound like the other wizards' (stores/draft-form.ts): a field, its message
// and its DOM id share the path ("invoice.amount", "invoice.partialPayments.p1.date").

export function overdueForm(draft: OverdueDraft, errors: readonly { field: string; message: string }[] | null): DraftForm {
  return bindForm(
    {
      valueAt: (path) => {
        const at = overdueIndexPath(draft, path);
        return at === null ? undefined : valueAt(draft, at);
      },
      setField: setOverdueField,
      fieldId: getPaidFieldId,
      maxLength: overdueMaxLength,
    },
    errors,
  );
}
