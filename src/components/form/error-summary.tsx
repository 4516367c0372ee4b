import { type Ref, useEffect, useRef } from "react";

export type SummaryError = { targetId: string; message: string };

export type ErrorSummaryProps = {
  errors: readonly SummaryError[];
  /** Changes each time Continue finds errors, so focus returns to the summary every time. */
  attempt?: unknown;
};

/** Moves focus to a field and brings its label into view (a plain #link would skip the label). */
function focusField(targetId: string): boolean {
  const target = document.getElementById(targetId);
  if (!target) return false;
  target.focus({ preventScroll: true });
  const around = target.closest<HTMLElement>(".field, .repeater__item") ?? target;
  around.scrollIntoView({ block: "start" });
  return true;
}

/** "There is a problem": one link per error, focused when it appears so it is read first. */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus({ preventScroll: true });
    box.current?.scrollIntoView({ block: "start" });
  }, [attempt]);
  return (
    <div className="error-summary" tabIndex={-1} ref={box as Ref<HTMLDivElement>} aria-labelledby="error-summary-title" role="region">
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={`${e.targetId}:${e.message}`}>
            <a
              href={`#${e.targetId}`}
              onClick={(event) => {
                if (focusField(e.targetId)) event.preventDefault();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
