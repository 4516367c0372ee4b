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
import { DocumentPreview } from "../../document/document-preview";
import { DownloadPdfButton } from "../../document/download-pdf-button";
import { DateField } from "../../form/date-field";

function ChangeLink({ step, what }: { step: InvoiceStepId; what: string }) {
  return (
    <a
      href={invoiceStepHref(step)}
      onClick={(event) => {
        event.preventDefault();
        goToInvoiceStep(step);
      }}
    >
      Change<span className="visually-hidden"> {what}</span>
    </a>
  );
}

function FixLink({ field, step, children }: { field: string; step?: InvoiceStepId; children: string }) {
  return (
    <a
      href={`#${invoiceFieldId(field)}`}
      onClick={(event) => {
        event.preventDefault();
        fixInvoiceField(field, step);
      }}
    >
      {children}
    </a>
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
    const steps = INVOICE_STEPS.filter((s) => result.errors.some((e) => e.step === s.id));
    return (
      <div className="stack">
        <div className="notice" role="region" aria-labelledby="review-incomplete">
          <h2 id="review-incomplete" className="notice__title">
            Some answers are missing or need fixing
          </h2>
          <p>The invoice can be made once these are done:</p>
          <ul className="stack stack--small">
            {steps.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>
                <ul>
                  {result.errors
                    .filter((e) => e.step === s.id)
                    .map((e) => (
                      <li key={e.field}>
                        <FixLink field={e.field} step={s.id}>
                          {e.message}
                        </FixLink>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  }

  const { invoice, totals, model, fileName: pdfName } = result;
  const warnings = vatInvoiceWarnings(invoice, totals);
  const unprintable = unprintableCharacters(model);
  const rows = summaryRows(invoice, totals, offer);
  const groups = INVOICE_STEPS.filter((s) => rows.some((r) => r.step === s.id));

  return (
    <div className="stack stack--large">
      {unprintable.length > 0 ? (
        <div className="notice" role="region" aria-labelledby="review-unprintable" data-testid="review-unprintable">
          <h2 id="review-unprintable" className="notice__title">
            Some characters can’t be printed in the PDF yet
          </h2>
          <p>
            The PDF’s font has Latin, Greek and Cyrillic letters only, so these would be left blank in it:{" "}
            <span dir="auto">{unprintable.join(" ")}</span>. The preview below shows everything; to get a complete PDF, write those
            names or words in Latin letters.
          </p>
        </div>
      ) : null}

      {warnings.length > 0 ? (
        <section className="stack stack--small" aria-labelledby="review-warnings">
          <h2 id="review-warnings" className="heading-m">
            Worth a second look
          </h2>
          <p>These don’t stop you downloading the invoice, but a tax authority or your client may ask for them.</p>
          <ul className="stack stack--small list-plain" data-testid="review-warnings">
            {warnings.map((w) => (
              <li key={w.id} className="warning-text">
                <span className="visually-hidden">Warning: </span>
                {w.field === "number" ? w.message : <FixLink field={w.field}>{w.message}</FixLink>}
                {w.source ? <span className="muted"> Source: {w.source}.</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="review-download" className="stack stack--small">
        <h2 id="review-download" className="heading-m">
          Download your invoice
        </h2>
        <p>
          The PDF is made on this device; nothing is uploaded. File name: <code>{pdfName}</code>
        </p>
        <DownloadPdfButton label="Download invoice (PDF)" document={() => latestDocument(saved.id)} warmUp />
      </section>

      <section aria-labelledby="review-paid" className="stack stack--small">
        <h2 id="review-paid" className="heading-m">
          Payment received?
        </h2>
        <PaidControl saved={saved} />
      </section>

      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`review-${group.id}`} className="stack stack--small">
          <h2 id={`review-${group.id}`} className="heading-m">
            {group.title}
          </h2>
          <dl className="summary-list">
            {rows
              .filter((r) => r.step === group.id)
              .map((r) => (
                <div key={r.key} className="summary-list__row">
                  <dt className="summary-list__key">{r.key}</dt>
                  <dd className="summary-list__value doc-text" dir="auto">
                    {r.value}
                  </dd>
                  <dd className="summary-list__actions">
                    <ChangeLink step={group.id} what={r.key.toLowerCase()} />
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}

      <section aria-labelledby="review-preview" className="stack stack--small">
        <h2 id="review-preview" className="heading-m">
          Preview of the invoice
        </h2>
        <DocumentPreview model={model} headingLevel={3} />
      </section>
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
