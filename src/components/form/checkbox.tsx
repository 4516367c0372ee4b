import type { ReactNode } from "react";
import { ErrorMessage } from "./field";

export type CheckboxProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Follow-up questions shown under the box while it is ticked. */
  reveal?: ReactNode;
  /** Set when the box sits inside a .checkboxes group that provides the .field. */
  bare?: boolean;
};

/** A yes/no question as one checkbox (on its own, or as one box of a group). */
export function Checkbox({ id, label, hint, error, checked, onChange, reveal, bare }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const box = (
    <>
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      <div className="checkbox">
        <input
          className="checkbox__input"
          type="checkbox"
          id={id}
          name={id}
          checked={checked}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <div className="field__hint checkbox__hint" id={hintId}>
            {hint}
          </div>
        ) : null}
      </div>
      {checked && reveal ? <div className="checkbox__conditional">{reveal}</div> : null}
    </>
  );
  if (bare) return box;
  return (
    <div className={error ? "field field--error" : "field"}>
      <div className="checkboxes">{box}</div>
    </div>
  );
}
