import type { ReactNode } from "react";

/** What a field wrapper hands to its input so hint and error are read with it. */
export type FieldA11y = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
};

/** What every single-value question takes: the text as typed, never a parsed value. */
export type QuestionProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
};

export type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Ids of more text that describes the input (a currency code, a character limit). */
  describedBy?: (string | undefined)[];
  children: (a11y: FieldA11y) => ReactNode;
  /** Shown under the input (a character count). */
  after?: ReactNode;
};

export function describedBy(...ids: (string | undefined | false)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return list.length > 0 ? list.join(" ") : undefined;
}

/** One question: label, hint, error message (after Continue) and the input, GOV.UK style. */
export function Field({ id, label, hint, error, describedBy: more = [], children, after }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      {children({ id, "aria-describedby": describedBy(hintId, errorId, ...more), "aria-invalid": error ? true : undefined })}
      {after}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Error:</span> {children}
    </p>
  );
}
