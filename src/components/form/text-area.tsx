import { useEffect, useRef, useState } from "react";
import { Field, type QuestionProps } from "./field";
import { PasteCutNotice, usePasteCut } from "./paste-cut";

export type TextAreaProps = QuestionProps & {
  maxLength?: number | undefined;
  rows?: number;
  autoComplete?: string;
};

/** From this share of the limit on, the count turns into a warning. */
const WARN_AT = 0.9;
/** The count is announced once typing pauses, not on every key. */
const ANNOUNCE_AFTER_MS = 1000;

function remaining(left: number): string {
  return left === 1 ? "You have 1 character remaining" : `You have ${left.toLocaleString("en")} characters remaining`;
}

/** A multi-line answer with a visible character count that warns near the limit. */
export function TextArea({ id, label, hint, error, value, onChange, maxLength, rows = 5, autoComplete }: TextAreaProps) {
  const left = maxLength === undefined ? undefined : maxLength - value.length;
  const near = maxLength !== undefined && value.length >= maxLength * WARN_AT;
  const [spoken, setSpoken] = useState("");
  const paste = usePasteCut(value, maxLength);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // Announced only after the user types (not on page load), once they pause.
  const change = (next: string) => {
    onChange(next);
    paste.changed(next);
    if (maxLength === undefined) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSpoken(remaining(maxLength - next.length)), ANNOUNCE_AFTER_MS);
  };

  const limitId = maxLength === undefined ? undefined : `${id}-limit`;
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      describedBy={[limitId]}
      after={
        left === undefined ? null : (
          <>
            <span id={limitId} className="visually-hidden">
              You can enter up to {maxLength!.toLocaleString("en")} characters.
            </span>
            <div className={near ? "char-count char-count--bad" : "char-count"} aria-hidden="true">
              {remaining(left)}
            </div>
            {paste.cut ? <PasteCutNotice maxLength={maxLength!} /> : null}
            <div className="visually-hidden" aria-live="polite">
              {spoken}
            </div>
          </>
        )
      }
    >
      {(a11y) => (
        <textarea
          {...a11y}
          className={error ? "input input--error" : "input"}
          name={id}
          rows={rows}
          value={value}
          maxLength={maxLength}
          autoComplete={autoComplete ?? "off"}
          dir="auto"
          onChange={(event) => change(event.target.value)}
          onPaste={paste.onPaste}
        />
      )}
    </Field>
  );
}
