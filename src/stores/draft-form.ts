import type { DraftValue } from "./draft-path";

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

/** What binds fields to one kind of draft: where values live, how they change, and their DOM ids. */
export type FormBinder = {
  /** The value at a path ("seller.name"); undefined when the path leads nowhere. */
  valueAt(path: string): unknown;
  setField(path: string, value: DraftValue): void;
  fieldId(path: string): string;
  maxLength(path: string): number | undefined;
};

/** The bindings of any draft (the contract's, an invoice's…) given its binder and shown errors. */
export function bindForm(binder: FormBinder, errors: readonly { field: string; message: string }[] | null): DraftForm {
  const error = (path: string) => errors?.find((e) => e.field === path)?.message;
  return {
    error,
    text(path) {
      const value = binder.valueAt(path);
      return {
        id: binder.fieldId(path),
        value: typeof value === "string" ? value : "",
        error: error(path),
        maxLength: binder.maxLength(path),
        onChange: (next) => binder.setField(path, next),
      };
    },
    flag(path) {
      return { id: binder.fieldId(path), checked: binder.valueAt(path) === true, error: error(path), onChange: (next) => binder.setField(path, next) };
    },
    list(path) {
      const value = binder.valueAt(path);
      return {
        id: binder.fieldId(path),
        values: Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [],
        error: error(path),
        onChange: (next) => binder.setField(path, next),
      };
    },
  };
}
