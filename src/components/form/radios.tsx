import { Fragment, type ReactNode } from "react";
import { ErrorMessage, describedBy } from "./field";

export type RadioOption<V extends string> = {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
  /** Follow-up questions shown under this choice while it is chosen. */
  reveal?: ReactNode;
  /** The input's id when an error link must land on this choice. */
  id?: string;
  /** A message about this choice itself (e.g. only one milestone can take "the rest"). */
  error?: string | undefined;
};

export type RadiosProps<V extends string> = {
  /** Id of the first radio: where an error link for the whole question lands. */
  id: string;
  legend: ReactNode;
  /** "large" makes the legend the page's heading size; "medium" a section heading. */
  legendSize?: "large" | "medium";
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  inline?: boolean;
};

/** A question with one answer, as a fieldset of radios; a choice can reveal its own follow-up fields. */
export function Radios<V extends string>({ id, legend, legendSize, hint, error, value, options, onChange, inline }: RadiosProps<V>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const inputId = (option: RadioOption<V>, index: number) => option.id ?? (index === 0 ? id : `${id}-${option.value}`);
  return (
    <div className={error ? "field field--error" : "field"}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={legendSize ? `fieldset__legend fieldset__legend--${legendSize}` : "fieldset__legend"}>{legend}</legend>
        {hint ? (
          <div className="field__hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        <div className={inline ? "radios radios--inline" : "radios"}>
          {options.map((option, index) => {
            const optionId = inputId(option, index);
            const optionHintId = option.hint ? `${optionId}-hint` : undefined;
            const optionErrorId = option.error ? `${optionId}-error` : undefined;
            const checked = option.value === value;
            return (
              <Fragment key={option.value}>
                <div className="radio">
                  <input
                    className="radio__input"
                    type="radio"
                    id={optionId}
                    name={id}
                    value={option.value}
                    checked={checked}
                    aria-describedby={describedBy(optionHintId, optionErrorId)}
                    aria-invalid={option.error ? true : undefined}
                    onChange={() => onChange(option.value)}
                  />
                  <label className="radio__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div className="field__hint radio__hint" id={optionHintId}>
                      {option.hint}
                    </div>
                  ) : null}
                  {option.error ? <ErrorMessage id={optionErrorId!}>{option.error}</ErrorMessage> : null}
                </div>
                {checked && option.reveal ? <div className="radio__conditional">{option.reveal}</div> : null}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
