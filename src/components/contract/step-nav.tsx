import { useStore } from "@nanostores/react";
import { CONTRACT_STEPS } from "../../domain/contract/contract-steps";
import { $step, $stepsToFix, goToStep, stepIndex } from "../../stores/wizard-step";

/** The list of steps: earlier ones are links back, the current one is marked, later ones are plain text. */
export function StepNav() {
  const step = useStore($step);
  const toFix = useStore($stepsToFix);
  const current = stepIndex(step);
  return (
    <nav aria-label="Contract steps">
      <h2 className="heading-s">Steps</h2>
      <ol className="step-nav">
        {CONTRACT_STEPS.map((s, i) => {
          const done = i < current && !toFix.has(s.id);
          return (
            <li key={s.id} className={done ? "step-nav__item step-nav__item--done" : "step-nav__item"}>
              {i < current ? (
                <a
                  className="step-nav__link"
                  href={`?step=${s.id}`}
                  onClick={(event) => {
                    // Ctrl/Cmd/Shift-click keeps the browser's own "open in new tab or window".
                    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    goToStep(s.id);
                  }}
                >
                  {s.title}
                  {done ? <span className="visually-hidden"> (completed)</span> : null}
                </a>
              ) : (
                <span className="step-nav__link" aria-current={i === current ? "step" : undefined}>
                  {s.title}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
