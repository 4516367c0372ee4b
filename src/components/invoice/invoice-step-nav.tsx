import { useStore } from "@nanostores/react";
import { INVOICE_STEPS } from "../../domain/invoice/invoice-steps";
import { $invoiceStep, $invoiceStepsToFix, goToInvoiceStep, invoiceStepHref, invoiceStepIndex } from "../../stores/invoice-editor";

/** The editor's steps: earlier ones are links back, the current one is marked, later ones plain text. */
export function InvoiceStepNav() {
  const step = useStore($invoiceStep);
  const toFix = useStore($invoiceStepsToFix);
  const current = invoiceStepIndex(step);
  return (
    <nav aria-label="Invoice steps">
      <h2 className="heading-s">Steps</h2>
      <ol className="step-nav">
        {INVOICE_STEPS.map((s, i) => {
          const done = i < current && !toFix.has(s.id);
          return (
            <li key={s.id} className={done ? "step-nav__item step-nav__item--done" : "step-nav__item"}>
              {i < current ? (
                <a
                  className="step-nav__link"
                  href={invoiceStepHref(s.id)}
                  onClick={(event) => {
                    // Ctrl/Cmd/Shift-click keeps the browser's own "open in new tab or window".
                    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    goToInvoiceStep(s.id);
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
