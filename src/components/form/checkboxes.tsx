import type { ReactNode } from "react";
import { Checkbox } from "./checkbox";
import { ErrorMessage, describedBy } from "./field";

export type CheckboxOption = { value: string; label: ReactNode; hint?: ReactNode; reveal?: ReactNode };

export type CheckboxesProps = {
  /** Id of the first box: where an error link for the whole question lands. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  values: readonly string[];
  options: readonly CheckboxOption[];
  onChange: (values: string[]) => void;
};

/** "Select all that apply": a fieldset of checkboxes; the answer keeps the options' order. */
export function Checkboxes({ id, legend, hint, error, values, options, onChange }: CheckboxesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : values.includes(v))));
  return (
    <div className={error ? "field field--error" : "field"}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="fieldset__legend">{legend}</legend>
        {hint ? (
          <div className="field__hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        <div className="checkboxes">
          {options.map((option, index) => (
            <Checkbox
              key={option.value}
              bare
              id={index === 0 ? id : `${id}-${option.value}`}
              label={option.label}
              hint={option.hint}
              checked={values.includes(option.value)}
              reveal={option.reveal}
              onChange={(on) => toggle(option.value, on)}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
