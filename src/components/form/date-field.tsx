import type { ReactNode } from "react";
import { Field } from "./field";

export type DateFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** "YYYY-MM-DD", or "" while incomplete. */
  value: string;
  onChange: (value: string) => void;
};

// The same years the domain accepts, so the picker can't offer a date that will be refused.
const MIN_DATE = "1900-01-01";
const MAX_DATE = "2200-12-31";

export function DateField({ id, label, hint, error, value, onChange }: DateFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          className={error ? "input input--medium input--error input--date" : "input input--medium input--date"}
          type="date"
          name={id}
          min={MIN_DATE}
          max={MAX_DATE}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
