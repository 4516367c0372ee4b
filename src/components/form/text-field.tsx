import type { HTMLInputAutoCompleteAttribute } from "react";
import { Field, type QuestionProps } from "./field";
import { PasteCutNotice, usePasteCut } from "./paste-cut";

export type TextFieldProps = QuestionProps & {
  maxLength?: number | undefined;
  type?: "text" | "email" | "tel" | "url";
  /** Only for the user's own details; a client's name must not be filled from the browser's memory. */
  autoComplete?: HTMLInputAutoCompleteAttribute;
  width?: "short" | "medium";
  spellCheck?: boolean;
  readOnly?: boolean;
};

export function TextField({ id, label, hint, error, value, onChange, maxLength, type = "text", autoComplete, width, spellCheck, readOnly }: TextFieldProps) {
  const paste = usePasteCut(value, maxLength);
  const classes = ["input", width ? `input--${width}` : "", error ? "input--error" : ""].filter(Boolean).join(" ");
  return (
    <Field id={id} label={label} hint={hint} error={error} after={paste.cut && maxLength !== undefined ? <PasteCutNotice maxLength={maxLength} /> : null}>
      {(a11y) => (
        <input
          {...a11y}
          className={classes}
          type={type}
          name={id}
          value={value}
          maxLength={maxLength}
          autoComplete={autoComplete ?? "off"}
          spellCheck={spellCheck}
          readOnly={readOnly}
          dir="auto"
          onPaste={paste.onPaste}
          onChange={(event) => {
            paste.changed(event.target.value);
            onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}
