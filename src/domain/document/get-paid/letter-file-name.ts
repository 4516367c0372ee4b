import { fileName } from "../../text/file-name";
import { displayName } from "../../text/display-name";

// File names for the get-paid documents: what the document is, the invoice number and the
// client, e.g. "final-demand-2026-0042-acme-ltd.pdf". fileName makes them safe on every system.

type Named = { recipient: { name: string; businessName: string }; invoice: { number: string } };

const named = (prefix: string, input: Named, number = input.invoice.number) =>
  fileName(prefix, [number, displayName(input.recipient)], "pdf");

/** "formal-notice-2026-0042-acme-ltd.pdf" or "final-demand-2026-0042-acme-ltd.pdf". */
export const formalNoticeFileName = (input: Named & { kind: "formal-notice" | "final-demand" }) => named(input.kind, input);
/** "payment-plan-2026-0042-acme-ltd.pdf". */
export const paymentPlanFileName = (input: Named) => named("payment-plan", input);
/** "dispute-response-2026-0042-acme-ltd.pdf". */
export const disputeResponseFileName = (input: Named) => named("dispute-response", input);
/** "work-suspension-2026-0042-acme-ltd.pdf". */
export const workSuspensionFileName = (input: Named) => named("work-suspension", input);
/** Named by its own number: "late-fee-invoice-2026-0050-acme-ltd.pdf". */
export const lateFeeInvoiceFileName = (input: Named & { number: string }) => named("late-fee-invoice", input, input.number);
/** "evidence-timeline-2026-0042-acme-ltd.pdf". */
export const evidenceTimelineFileName = (input: Named) => named("evidence-timeline", input);
