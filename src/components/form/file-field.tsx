import type { ChangeEvent, ReactNode } from "react";
import { ErrorMessage } from "./field";
import type { FileImportState } from "./use-file-import";

type Props = {
  id: string;
  label: string;
  hint: ReactNode;
  state: FileImportState<unknown>;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Added to the field's own classes. */
  className?: string;
  /** Shown under the input (e.g. "imported"). */
  children?: ReactNode;
};

/** A .json file to import, with its hint, the reason it was refused, and "busy" while it is read. */
export function FileField({ id, label, hint, state, onChange, className, children }: Props) {
  const failed = state.kind === "failed";
  const classes = ["field", failed ? "field--error" : null, className ?? null].filter(Boolean).join(" ");
  return (
    <div className={classes}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__hint" id={`${id}-hint`}>
        {hint}
      </div>
      {failed ? <ErrorMessage id={`${id}-error`}>{state.message}</ErrorMessage> : null}
      <input
        id={id}
        className="file-input"
        type="file"
        accept=".json,application/json"
        aria-describedby={failed ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-busy={state.kind === "busy" ? true : undefined}
        onChange={onChange}
      />
      {children}
    </div>
  );
}
