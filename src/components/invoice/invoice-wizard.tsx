import { useStore } from "@nanostores/react";
import { type ReactNode, type SubmitEvent, Suspense, lazy, useEffect, useMemo, useRef } from "react";
import type { SavedInvoice } from "../../domain/invoice/invoice-book";
import { INVOICE_STEPS, type InvoiceStepId, invoiceFieldId } from "../../domain/invoice/invoice-steps";
import type { DraftForm } from "../../stores/draft-form";
import { $bookReadOnly } from "../../stores/invoice-book";
import {
  $failedInvoiceContinues,
  $focusAfterInvoiceStep,
  $invoiceErrors,
  $invoiceStep,
  $openInvoice,
  continueInvoiceStep,
  invoiceStepBack,
  invoiceStepIndex,
  invoiceStepTitle,
  showInvoiceList,
} from "../../stores/invoice-editor";
import { invoiceForm } from "../../stores/invoice-form";
import { ErrorSummary } from "../form/error-summary";
import { BookNotices } from "./book-notices";
import { InvoiceDetailsStep } from "./details-step";
import { InvoiceStepNav } from "./invoice-step-nav";
import { InvoiceLinesStep } from "./lines-step";
import { InvoicePartiesStep } from "./parties-step";
import { InvoicePaymentStep } from "./payment-step";
import { SaveStatus } from "./save-status";
import { InvoiceTermsStep } from "./terms-step";

// The review step builds the document (and with it the QR code): loaded when first needed.
const InvoiceReviewStep = lazy(() => import("./review/invoice-review-step").then((m) => ({ default: m.InvoiceReviewStep })));

function BackToList() {
  return (
    <a
      className="back-link"
      href="/invoice"
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        showInvoiceList();
      }}
    >
      All invoices
    </a>
  );
}

function stepContent(step: InvoiceStepId, form: DraftForm, saved: SavedInvoice): ReactNode {
  const currency = saved.draft.currency.trim().toUpperCase();
  switch (step) {
    case "parties":
      return <InvoicePartiesStep form={form} />;
    case "details":
      return <InvoiceDetailsStep form={form} number={saved.number} />;
    case "lines":
      return <InvoiceLinesStep form={form} saved={saved} />;
    case "payment":
      return <InvoicePaymentStep form={form} currency={currency} />;
    case "terms":
      return <InvoiceTermsStep form={form} currency={currency} />;
    case "review":
      return (
        <Suspense fallback={<p className="wizard-loading">Loading your invoice…</p>}>
          <InvoiceReviewStep saved={saved} />
        </Suspense>
      );
  }
}

/** The invoice editor for the invoice in the address (?id=…), or a message when it is not here. */
export function InvoiceWizard() {
  const saved = useStore($openInvoice);
  useEffect(() => {
    if (!saved) document.title = "Invoice not found — Upfront";
  }, [saved]);
  if (!saved) {
    return (
      <div className="stack" data-ready="true">
        <BookNotices />
        <BackToList />
        <h1 id="invoice-heading" tabIndex={-1}>
          This invoice is not in this browser
        </h1>
        <p>
          Invoices are kept in the browser they were written in. It may have been deleted, or written in another browser: there,
          download your invoices from the list and import the file here.
        </p>
      </div>
    );
  }
  return <Editor saved={saved} />;
}

function Editor({ saved }: { saved: SavedInvoice }) {
  const step = useStore($invoiceStep);
  const errors = useStore($invoiceErrors);
  const failedContinues = useStore($failedInvoiceContinues);
  const readOnly = useStore($bookReadOnly);
  const hasErrors = errors !== null && errors.length > 0;
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  const index = invoiceStepIndex(step);
  const title = invoiceStepTitle(step);
  const form = useMemo(() => invoiceForm(saved, errors), [saved, errors]);

  useEffect(() => {
    document.title = `${hasErrors ? "Error: " : ""}${title} — Invoice ${saved.number} — Upfront`;
  }, [hasErrors, title, saved.number]);

  // A new step starts at the top with its heading focused, so a screen reader reads where it is.
  // Not on first load: the page's own focus order starts at the top (and from the list, the
  // heading is focused by InvoiceApp).
  useEffect(() => {
    const first = firstStep.current;
    firstStep.current = false;
    const field = $focusAfterInvoiceStep.get();
    const target = field ? document.getElementById(field) : null;
    $focusAfterInvoiceStep.set(null);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "center" });
      return;
    }
    if (first) return;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0, behavior: "instant" });
  }, [step]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    continueInvoiceStep();
  };

  const isReview = step === "review";
  const status = saved.status.kind === "paid" ? ` · paid` : saved.status.kind === "void" ? " · void" : "";
  const body = (
    <>
      {hasErrors ? (
        <ErrorSummary attempt={failedContinues} errors={errors.map((e) => ({ targetId: invoiceFieldId(e.field), message: e.message }))} />
      ) : null}
      <p className="wizard-caption">
        Invoice {saved.number}
        {status} · Step {index + 1} of {INVOICE_STEPS.length}
      </p>
      <h1 id="step-heading" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {readOnly && !isReview ? (
        <fieldset className="fieldset" disabled>
          <legend className="visually-hidden">Read-only answers</legend>
          {stepContent(step, form, saved)}
        </fieldset>
      ) : (
        stepContent(step, form, saved)
      )}
    </>
  );

  return (
    <div className="wizard invoice-wizard" data-ready="true">
      <div className="wizard__main">
        <BookNotices />
        <BackToList />
        {isReview ? (
          <div className="wizard-step">
            {body}
            <div className="button-group wizard-buttons">
              <button type="button" className="button button--secondary" onClick={invoiceStepBack}>
                Back
              </button>
            </div>
          </div>
        ) : (
          <form className="wizard-step" noValidate onSubmit={submit} aria-labelledby="step-heading">
            {body}
            <div className="button-group wizard-buttons">
              <button type="submit" className="button">
                Continue
              </button>
              {index > 0 ? (
                <button type="button" className="button button--secondary" onClick={invoiceStepBack}>
                  Back
                </button>
              ) : null}
            </div>
          </form>
        )}
      </div>
      <aside className="wizard__aside" aria-label="Your progress and invoices">
        <InvoiceStepNav />
        <section className="draft-tools" aria-labelledby="invoice-tools-title">
          <h2 className="heading-s" id="invoice-tools-title">
            Your invoices
          </h2>
          <SaveStatus />
          <p className="draft-tools__note">Nothing you type is sent anywhere.</p>
          <p>
            <BackToList />
          </p>
        </section>
      </aside>
    </div>
  );
}
