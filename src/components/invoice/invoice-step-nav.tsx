import { useStore } from "@nanostores/react";
import { INVOICE_STEPS } from "../../domain/invoice/invoice-steps";
import { $invoiceStep, $invoiceStepsToFix, goToInvoiceStep, invoiceStepHref } from "../../stores/invoice-editor";
import { StepList } from "../wizard/step-list";

/** The editor's steps: earlier ones are links back, the current one is marked, later ones plain text. */
export function InvoiceStepNav() {
  const step = useStore($invoiceStep);
  const toFix = useStore($invoiceStepsToFix);
  return (
    <StepList label="Invoice steps" steps={INVOICE_STEPS} current={step} toFix={toFix} href={invoiceStepHref} goTo={goToInvoiceStep} />
  );
}
