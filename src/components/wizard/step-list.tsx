export type WizardStep<Id extends string> = { readonly id: Id; readonly title: string };

type Props<Id extends string> = {
  /** The nav's accessible name ("Contract steps"). */
  label: string;
  steps: readonly WizardStep<Id>[];
  current: Id;
  /** Steps that still have something to fix: not ticked as done. */
  toFix: ReadonlySet<Id>;
  href: (step: Id) => string;
  goTo: (step: Id) => void;
};

/** The list of steps: earlier ones are links back, the current one is marked, later ones are plain text. */
export function StepList<Id extends string>({ label, steps, current: currentId, toFix, href, goTo }: Props<Id>) {
  const current = steps.findIndex((s) => s.id === currentId);
  return (
    <nav aria-label={label}>
      <h2 className="heading-s">Steps</h2>
      <ol className="step-nav">
        {steps.map((s, i) => {
          const done = i < current && !toFix.has(s.id);
          return (
            <li key={s.id} className={done ? "step-nav__item step-nav__item--done" : "step-nav__item"}>
              {i < current ? (
                <a
                  className="step-nav__link"
                  href={href(s.id)}
                  onClick={(event) => {
                    // Ctrl/Cmd/Shift-click keeps the browser's own "open in new tab or window".
                    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    goTo(s.id);
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
