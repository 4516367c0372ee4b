import { useStore } from "@nanostores/react";
import { Suspense, startTransition, useEffect, useRef, useState } from "react";
import { $announcement } from "../../stores/announcer";
import { $openInvoiceId } from "../../stores/invoice-editor";
import { lazyStep, usePreloadOnFirstUse } from "../wizard/lazy-step";
import { useFirstViewReady } from "../wizard/first-view";
import { LoadFailure } from "../wizard/load-failure";
import { WhenShown } from "../wizard/when-shown";
import { InvoiceList } from "./invoice-list";
import "../../styles/contract-wizard.css";
import "../../styles/invoice.css";

// The editor is its own chunk: the list comes first, and the editor follows once the user starts.
const InvoiceWizard = lazyStep(() => import("./invoice-wizard").then((m) => m.InvoiceWizard));
const EDITOR = [InvoiceWizard];

/**
 * Invoices: the list, or the editor of the invoice named in the address (?id=…). The server can't
 * know the saved invoices or the address, so the island sends a short loading line and the real
 * page appears once the browser has both. A first visit sees InvoiceFirstView meanwhile (the page
 * has it as HTML), and the loading line stays hidden.
 */
export function InvoiceApp() {
  const [ready, setReady] = useState(false);
  // A transition: React renders the page in slices and lets the browser in between, so a slow
  // phone's main thread is not blocked for the full first render.
  useEffect(() => startTransition(() => setReady(true)), []);
  if (!ready) {
    return (
      <p className="wizard-loading wizard-loading--view" aria-busy="true">
        Loading your invoices…
      </p>
    );
  }
  return <Invoices />;
}

/** The empty list a new visitor starts on, drawn at build time as the page's HTML (client:first-use). */
export function InvoiceFirstView() {
  return <Invoices firstView />;
}

function Invoices({ firstView = false }: { firstView?: boolean }) {
  const id = useStore($openInvoiceId);
  const status = useRef<HTMLDivElement>(null);
  useFirstViewReady(status);
  const announcement = useStore($announcement);
  const shown = useRef(false);
  usePreloadOnFirstUse(EDITOR, id === null);

  // Between the list and an invoice the whole view changes: focus goes to the new view's heading,
  // once that view is on the page (the editor's code may still be loading).
  const viewShown = () => {
    const first = !shown.current;
    shown.current = true;
    if (first) return;
    requestAnimationFrame(() => {
      const heading = document.getElementById(id === null ? "invoice-heading" : "step-heading");
      heading?.focus({ preventScroll: true });
      window.scrollTo({ top: 0, behavior: "instant" });
    });
  };

  return (
    <>
      <LoadFailure key={id ?? "list"}>
        <Suspense fallback={<p className="wizard-loading wizard-loading--view" aria-busy="true">Opening the invoice…</p>}>
          {id === null ? <InvoiceList firstView={firstView} /> : <InvoiceWizard />}
          <WhenShown onShown={viewShown} />
        </Suspense>
      </LoadFailure>
      <div className="visually-hidden" role="status" aria-live="polite" ref={status}>
        {announcement}
      </div>
    </>
  );
}
