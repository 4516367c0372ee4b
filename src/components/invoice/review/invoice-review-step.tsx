import { useStore } from "@nanostores/react";
import { useMemo, useState } from "react";
import { formatDate, todayInZone } from "../../../domain/dates/calendar-date";
import { documentDateLocale } from "../../../domain/dates/document-date-locale";
import { unprintableCharacters } from "../../../domain/document/printable-text";
import type { Invoice } from "../../../domain/invoice/invoice";
import type { SavedInvoice } from "../../../domain/invoice/invoice-book";
import { INVOICE_STEPS, type InvoiceStepId, invoiceFieldId } from "../../../domain/invoice/invoice-steps";
import type { InvoiceTotals } from "../../../domain/invoice/invoice-totals";
import { vatInvoiceWarnings } from "../../../domain/invoice/invoice-warnings";
import { savedInvoiceDocument } from "../../../domain/invoice/saved-invoice-document";
import { formatMoney } from "../../../domain/money/format-money";
import { formatIban } from "../../../domain/payment/iban";
import { formatPercent } from "../../../domain/percent/format-percent";
import { announce } from "../../../stores/announcer";
import { $bookReadOnly, findInvoice, markInvoiceOpen, markInvoicePaid } from "../../../stores/invoice-book";
import { fixInvoiceField, goToInvoiceStep, invoiceStepHref } from "../../../stores/invoice-editor";
import { $discountOffer } from "../../../stores/invoice-preview";
import { UnprintableNotice } from "../../document/unprintable-notice";
import { DateField } from "../../form/date-field";
import { ActionLink } from "../../wizard/action-link";
import { AnswerSummary } from "../../wizard/answer-summary";
import { MissingAnswers } from "../../wizard/missing-answers";
import { ReviewDownload, ReviewPreview, ReviewWarnings } from "../../wizard/review-sections";

function FixLink({ field, step, children }: { field: string; step?: InvoiceStepId; children: string }) {
  return (
    <ActionLink href={`#${invoiceFieldId(field)}`} action={() => fixInvoiceField(field, step)}>
      {children}
    </ActionLink>
  );
}

type Row = { step: InvoiceStepId; key: string; value: string };

/** What the user chose, step by step, in a few words each (the preview below has it all). */
function summaryRows(invoice: Invoice, totals: InvoiceTotals, offer: string | null): Row[] {
  const money = (minor: number) => formatMoney(minor, invoice.currency, invoice.locale);
  const date = (d: string) => formatDate(d, documentDateLocale(invoice.locale));
  const name = (p: Invoice["seller"]) => [p.name, p.businessName].filter(Boolean).join(", ");
  const due =
    invoice.due.kind === "net"
      ? `${date(invoice.due.date)} (${invoice.due.days} days)`
      : invoice.due.kind === "on-receipt"
        ? `${date(invoice.due.date)} (on receipt)`
        : date(invoice.due.date);
  const fee = invoice.lateFee;
  const lateFee =
    fee.kind === "none"
      ? "No late fee"
      : fee.kind === "flat"
        ? `${money(fee.amount)} per late invoice`
        : fee.kind === "percent-per-month"
          ? `${formatPercent(fee.basisPoints, invoice.locale)} a month`
          : `${formatPercent(fee.basisPoints, invoice.locale)} a year`;
  const { payment } = invoice;
  const rows: Row[] = [
    { step: "parties", key: "From", value: name(invoice.seller) },
    { step: "parties", key: "Bill to", value: name(invoice.buyer) },
    { step: "details", key: "Issue date", value: date(invoice.issueDate) },
    ...(invoice.supplyDate ? [{ step: "details" as const, key: "Date of supply", value: date(invoice.supplyDate) }] : []),
    { step: "details", key: "Due", value: due },
    { step: "lines", key: "Lines", value: `${invoice.lines.length} ${invoice.lines.length === 1 ? "line" : "lines"}` },
    { step: "lines", key: "Total", value: money(totals.total) },
    { step: "payment", key: "IBAN", value: payment.iban ? formatIban(payment.iban) : "Not given" },
    ...(payment.otherAccount ? [{ step: "payment" as const, key: "Other account", value: payment.otherAccount }] : []),
    ...(payment.paymentLink ? [{ step: "payment" as const, key: "Payment link", value: payment.paymentLink }] : []),
    { step: "terms", key: "Late fee", value: lateFee },
    ...(offer ? [{ step: "terms" as const, key: "Early-payment discount", value: offer }] : []),
  ];
  return rows;
}

/** Paid, or not yet: recorded here so the list shows it, and the PDF says so. */
function PaidControl({ saved }: { saved: SavedInvoice }) {
  const readOnly = useStore($bookReadOnly);
  const [date, setDate] = useState(todayInZone(new Date()));
  const [error, setError] = useState<string | undefined>(undefined);
  if (readOnly) return null;
  if (saved.status.kind === "void") {
    return <p>This invoice is void. It stays in your list so the numbering has no gap.</p>;
  }
  if (saved.status.kind === "paid") {
    const on = saved.status.on;
    return (
      <div className="stack stack--small">
        <p>Paid on {formatDate(on, documentDateLocale(saved.draft.numberLocale))}.</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const result = markInvoiceOpen(saved.id);
            if (result.ok) announce(`Invoice ${saved.number} marked unpaid.`);
          }}
        >
          Mark as unpaid
        </button>
      </div>
    );
  }
  const payDateId = "review-paid-date";
  return (
    <form
      className="stack stack--small"
      noValidate
      aria-labelledby="review-paid"
      onSubmit={(event) => {
        event.preventDefault();
        const result = markInvoicePaid(saved.id, date);
        if (!result.ok) {
          setError(result.message);
          document.getElementById(payDateId)?.focus();
          return;
        }
        setError(undefined);
        announce(`Invoice ${saved.number} marked paid.`);
      }}
    >
      <DateField id={payDateId} label="Date paid" value={date} error={error} onChange={setDate} />
      <div className="button-group">
        <button type="submit" className="button button--secondary">
          Mark as paid
        </button>
      </div>
    </form>
  );
}

/** Step 6: warnings, the answers in short, the PDF download and the live preview. */
export function InvoiceReviewStep({ saved }: { saved: SavedInvoice }) {
  const offer = useStore($discountOffer);
  const today = todayInZone(new Date());
  const result = useMemo(() => savedInvoiceDocument(saved, today), [saved.draft, saved.number, saved.status, today]);

  if (!result.ok) {
    return (
      <MissingAnswers
        intro="The invoice can be made once these are done:"
        steps={INVOICE_STEPS}
        errors={result.errors}
        fixHref={(_step, field) => `#${invoiceFieldId(field)}`}
        fix={(step, field) => fixInvoiceField(field, step)}
      />
    );
  }

  const { invoice, totals, model, fileName: pdfName } = result;
  const warnings = vatInvoiceWarnings(invoice, totals);
  const unprintable = unprintableCharacters(model);
  const rows = summaryRows(invoice, totals, offer);
  const groups = INVOICE_STEPS.filter((s) => rows.some((r) => r.step === s.id));

  return (
    <div className="stack stack--large">
      <UnprintableNotice characters={unprintable} />

      <ReviewWarnings
        intro="These don’t stop you downloading the invoice, but a tax authority or your client may ask for them."
        warnings={warnings.map((w) => ({
          key: w.id,
          message: w.field === "number" ? w.message : <FixLink field={w.field}>{w.message}</FixLink>,
          source: w.source,
        }))}
      />

      <ReviewDownload
        heading="Download your invoice"
        fileName={pdfName}
        label="Download invoice (PDF)"
        document={() => latestDocument(saved.id)}
      />

      <section aria-labelledby="review-paid" className="stack stack--small">
        <h2 id="review-paid" className="heading-m">
          Payment received?
        </h2>
        <PaidControl saved={saved} />
      </section>

      <AnswerSummary groups={groups} rows={rows} valueDir="auto" stepHref={invoiceStepHref} goToStep={goToInvoiceStep} />

      <ReviewPreview heading="Preview of the invoice" model={model} />
    </div>
  );
}

/** At click time, the document from the latest answers (the store may have changed since the last render). */
function latestDocument(id: string) {
  const saved = findInvoice(id);
  if (!saved) return null;
  const doc = savedInvoiceDocument(saved, todayInZone(new Date()));
  return doc.ok ? { model: doc.model, fileName: doc.fileName } : null;
}
