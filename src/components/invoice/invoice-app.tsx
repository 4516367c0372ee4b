import { useStore } from "@nanostores/react";
import { startTransition, useEffect, useRef, useState } from "react";
import { $announcement } from "../../stores/announcer";
import { $openInvoiceId } from "../../stores/invoice-editor";
import { InvoiceList } from "./invoice-list";
import { InvoiceWizard } from "./invoice-wizard";
import "../../styles/contract-wizard.css";
import "../../styles/invoice.css";

/**
 * Invoices: the list, or the editor of the invoice named in the address (?id=…). The server can't
 * know the saved invoices or the address, so it sends a short loading line and the real page
 * appears once the browser has both.
 */
export function InvoiceApp() {
  const [ready, setReady] = useState(false);
  // A transition: React renders the page in slices and lets the browser in between, so a slow
  // phone's main thread is not blocked for the full first render.
  useEffect(() => startTransition(() => setReady(true)), []);
  if (!ready) {
    return (
      <p className="wizard-loading" aria-busy="true">
        Loading your invoices…
      </p>
    );
  }
  return <Invoices />;
}

function Invoices() {
  const id = useStore($openInvoiceId);
  const announcement = useStore($announcement);
  const shown = useRef<string | null | undefined>(undefined);

  // Between the list and an invoice the whole view changes: focus goes to the new view's heading.
  useEffect(() => {
    const first = shown.current === undefined;
    shown.current = id;
    if (first) return;
    requestAnimationFrame(() => {
      const heading = document.getElementById(id === null ? "invoice-heading" : "step-heading");
      heading?.focus({ preventScroll: true });
      window.scrollTo({ top: 0, behavior: "instant" });
    });
  }, [id]);

  return (
    <>
      {id === null ? <InvoiceList /> : <InvoiceWizard key={id} />}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
