import type { ReactNode } from "react";
import type { DocumentModel } from "../../domain/document/document-model";
import { DocumentPreview } from "../document/document-preview";
import { DownloadPdfButton } from "../document/download-pdf-button";
import { PrintDocumentButton } from "../document/print-document-button";

// The sections a review step shares: its warnings, the PDF download and the live preview.

export type ReviewWarning = { key: string; message: ReactNode; source?: string | undefined };

/** "Worth a second look": warnings never block a download (nothing when there are none). */
export function ReviewWarnings({ intro, warnings }: { intro?: string; warnings: readonly ReviewWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="stack stack--small" aria-labelledby="review-warnings">
      <h2 id="review-warnings" className="heading-m">
        Worth a second look
      </h2>
      {intro ? <p>{intro}</p> : null}
      <ul className="stack stack--small list-plain" data-testid="review-warnings">
        {warnings.map((w) => (
          <li key={w.key} className="warning-text">
            <span className="visually-hidden">Warning: </span>
            {w.message}
            {w.source ? <span className="muted"> Source: {w.source}.</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

type DownloadProps = {
  heading: string;
  fileName: string;
  label: string;
  /** The document from the latest answers, built when the button is pressed. */
  document: () => { model: DocumentModel; fileName: string } | null;
};

export function ReviewDownload({ heading, fileName, label, document }: DownloadProps) {
  return (
    <section aria-labelledby="review-download" className="stack stack--small">
      <h2 id="review-download" className="heading-m">
        {heading}
      </h2>
      <p>
        The PDF is made on this device; nothing is uploaded. File name: <code>{fileName}</code>
      </p>
      <DownloadPdfButton label={label} document={document} warmUp />
    </section>
  );
}

export function ReviewPreview({ heading, model }: { heading: string; model: DocumentModel }) {
  return (
    <section aria-labelledby="review-preview" className="stack stack--small">
      <h2 id="review-preview" className="heading-m">
        {heading}
      </h2>
      <p>
        The same document as the PDF, readable here and by screen readers. Printing this page prints only the document.
      </p>
      <div>
        <PrintDocumentButton target="review-document" label="Print this document" />
      </div>
      <DocumentPreview model={model} headingLevel={3} id="review-document" printDefault />
    </section>
  );
}
