import type { ContractDraft } from "../domain/contract/contract-draft";
import { fieldId } from "../domain/contract/contract-steps";
import type { FieldError } from "../domain/contract/field-errors";
import { contractMaxLength, setField } from "./contract-draft";
import { type DraftForm, bindForm } from "./draft-form";
import { valueAt } from "./draft-path";

// The contract draft's fields, bound like the other wizards' (stores/draft-form.ts). Kept apart
// from draft-form.ts so the invoice and get-paid pages don't load the contract's store with it.

export function contractForm(draft: ContractDraft, errors: readonly FieldError[] | null): DraftForm {
  return bindForm({ valueAt: (path) => valueAt(draft, path), setField, fieldId, maxLength: contractMaxLength }, errors);
}
