import { Field, type QuestionProps } from "./field";

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: readonly SelectOption[] };

export type SelectFieldProps = QuestionProps & {
  /** Plain options, or groups shown as <optgroup>s. */
  options: readonly SelectOption[] | readonly SelectGroup[];
  /** The first, empty choice, e.g. "Choose a state". */
  placeholder?: string;
};

function isGroups(options: SelectFieldProps["options"]): options is readonly SelectGroup[] {
  return options.length > 0 && "options" in options[0]!;
}

export function SelectField({ id, label, hint, error, value, onChange, options, placeholder }: SelectFieldProps) {
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <select
          {...a11y}
          className={error ? "input input--error" : "input"}
          name={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {isGroups(options)
            ? options.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map(option)}
                </optgroup>
              ))
            : options.map(option)}
        </select>
      )}
    </Field>
  );
}
