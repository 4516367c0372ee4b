import { useStore } from "@nanostores/react";
import { type ReactNode, Suspense, lazy, useEffect, useMemo } from "react";
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
import { StepForm } from "../wizard/step-form";
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
        <Suspense fallback={<p className="wizard-loading wizard-loading--view">Loading your invoice…</p>}>
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
  const index = invoiceStepIndex(step);
  const title = invoiceStepTitle(step);
  const form = useMemo(() => invoiceForm(saved, errors), [saved, errors]);

  useEffect(() => {
    document.title = `${hasErrors ? "Error: " : ""}${title} — Invoice ${saved.number} — Upfront`;
  }, [hasErrors, title, saved.number]);

  const status = saved.status.kind === "paid" ? ` · paid` : saved.status.kind === "void" ? " · void" : "";
  return (
    <div className="wizard invoice-wizard" data-ready="true">
      <div className="wizard__main">
        <BookNotices />
        <BackToList />
        <StepForm
          step={step}
          $focusAfterStep={$focusAfterInvoiceStep}
          review={step === "review"}
          first={index === 0}
          caption={
            <>
              Invoice {saved.number}
              {status} · Step {index + 1} of {INVOICE_STEPS.length}
            </>
          }
          title={title}
          errors={errors && errors.map((e) => ({ targetId: invoiceFieldId(e.field), message: e.message }))}
          attempt={failedContinues}
          readOnly={readOnly}
          onContinue={continueInvoiceStep}
          onBack={invoiceStepBack}
          reviewButtonsClassName="button-group wizard-buttons"
        >
          {stepContent(step, form, saved)}
        </StepForm>
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
