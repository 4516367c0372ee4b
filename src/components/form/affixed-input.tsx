import { Field, type QuestionProps } from "./field";

export type AffixedInputProps = QuestionProps & {
  maxLength?: number | undefined;
  inputMode: "decimal" | "numeric";
  prefix?: string;
  suffix?: string;
  width?: "short" | "medium";
};

/**
 * A text input for a number, with a unit before or after it ("USD", "%", "days"). Never
 * type="number": that would reject "1.234,56", change values on scroll and drop what was typed.
 */
export function AffixedInput({ id, label, hint, error, value, onChange, maxLength, inputMode, prefix, suffix, width = "short" }: AffixedInputProps) {
  // The unit is read with the input (as its description), since it sits outside the label.
  const unitId = prefix || suffix ? `${id}-unit` : undefined;
  const unit = (text: string) => (
    <span className="input-group__affix" id={unitId}>
      {text}
    </span>
  );
  return (
    <Field id={id} label={label} hint={hint} error={error} describedBy={[unitId]}>
      {(a11y) => (
        <div className="input-group">
          {prefix ? unit(prefix) : null}
          <input
            {...a11y}
            className={["input", `input--${width}`, error ? "input--error" : ""].filter(Boolean).join(" ")}
            type="text"
            name={id}
            inputMode={inputMode}
            autoComplete="off"
            spellCheck={false}
            value={value}
            maxLength={maxLength}
            onChange={(event) => onChange(event.target.value)}
          />
          {suffix ? unit(suffix) : null}
        </div>
      )}
    </Field>
  );
}
