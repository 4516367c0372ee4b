import type { ContractDraft } from "../domain/contract/contract-draft";
import { fieldId } from "../domain/contract/contract-steps";
import type { FieldError } from "../domain/contract/field-errors";
import { setField } from "./contract-draft";
import { maxLengthAt, valueAt } from "./draft-path";

// Binds a form field to a draft path: its DOM id (the one error links point at), its value,
// its error (once Continue has been pressed) and the action that changes it.

export type TextBinding = {
  id: string;
  value: string;
  error: string | undefined;
  maxLength: number | undefined;
  onChange: (value: string) => void;
};

export type FlagBinding = { id: string; checked: boolean; error: string | undefined; onChange: (checked: boolean) => void };

export type ListBinding = { id: string; values: string[]; error: string | undefined; onChange: (values: string[]) => void };

export type DraftForm = {
  error(path: string): string | undefined;
  text(path: string): TextBinding;
  flag(path: string): FlagBinding;
  list(path: string): ListBinding;
};

export function draftForm(draft: ContractDraft, errors: readonly FieldError[] | null): DraftForm {
  const error = (path: string) => errors?.find((e) => e.field === path)?.message;
  return {
    error,
    text(path) {
      const value = valueAt(draft, path);
      return {
        id: fieldId(path),
        value: typeof value === "string" ? value : "",
        error: error(path),
        maxLength: maxLengthAt(path),
        onChange: (next) => setField(path, next),
      };
    },
    flag(path) {
      return { id: fieldId(path), checked: valueAt(draft, path) === true, error: error(path), onChange: (next) => setField(path, next) };
    },
    list(path) {
      const value = valueAt(draft, path);
      return {
        id: fieldId(path),
        values: Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [],
        error: error(path),
        onChange: (next) => setField(path, next),
      };
    },
  };
}
