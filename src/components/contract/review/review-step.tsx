import { useStore } from "@nanostores/react";
import { useMemo } from "react";
import { contractFileName } from "../../../domain/contract/contract-file-name";
import { contractSummary } from "../../../domain/contract/contract-summary";
import { CONTRACT_STEPS, type ContractStepId, fieldId } from "../../../domain/contract/contract-steps";
import { contractWarnings } from "../../../domain/contract/contract-warnings";
import { exposureInput } from "../../../domain/contract/draft-exposure";
import { readContract } from "../../../domain/contract/read-contract";
import { todayInZone } from "../../../domain/dates/calendar-date";
import { buildContractDocument } from "../../../domain/document/build-contract-document";
import { unprintableCharacters } from "../../../domain/document/printable-text";
import { NOT_LEGAL_ADVICE } from "../../../domain/document/contract/closing-sections";
import { exposureCurve } from "../../../domain/schedule/exposure";
import { $draft } from "../../../stores/contract-draft";
import { fixAnswer, goToStep } from "../../../stores/wizard-step";
import { DocumentPreview } from "../../document/document-preview";
import { DownloadPdfButton } from "../../document/download-pdf-button";
import { ExposureChart } from "../exposure-chart";
import { ContractInvoices } from "./contract-invoices";

function ChangeLink({ step, what }: { step: ContractStepId; what: string }) {
  return (
    <a
      href={`?step=${step}`}
      onClick={(event) => {
        event.preventDefault();
        goToStep(step);
      }}
    >
      Change<span className="visually-hidden"> {what}</span>
    </a>
  );
}

/** Step 7: check your answers, warnings, the live preview and the PDF download. */
export function ReviewStep() {
  const draft = useStore($draft);
  const today = todayInZone(new Date());
  const result = useMemo(() => readContract(draft), [draft]);

  if (!result.ok) {
    const steps = CONTRACT_STEPS.filter((s) => result.errors.some((e) => e.step === s.id));
    return (
      <div className="stack">
        <div className="notice" role="region" aria-labelledby="review-incomplete">
          <h2 id="review-incomplete" className="notice__title">
            Some answers are missing or need fixing
          </h2>
          <p>The contract can be made once these are done:</p>
          <ul className="stack stack--small">
            {steps.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>
                <ul>
                  {result.errors
                    .filter((e) => e.step === s.id)
                    .map((e) => (
                      <li key={e.field}>
                        <a
                          href={`?step=${s.id}#${fieldId(e.field)}`}
                          onClick={(event) => {
                            event.preventDefault();
                            fixAnswer(s.id, e.field);
                          }}
                        >
                          {e.message}
                        </a>
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

  const contract = result.contract;
  const model = buildContractDocument(contract, today);
  const warnings = contractWarnings(contract, today);
  const unprintable = unprintableCharacters(model);
  const rows = contractSummary(contract);
  const exposure = exposureCurve(exposureInput(contract));
  const pdfName = contractFileName(contract);
  const groups = CONTRACT_STEPS.filter((s) => s.id !== "review" && rows.some((r) => r.step === s.id));

  return (
    <div className="stack stack--large">
      <p className="notice">{NOT_LEGAL_ADVICE}</p>

      {unprintable.length > 0 ? (
        <div className="notice" role="region" aria-labelledby="review-unprintable" data-testid="review-unprintable">
          <h2 id="review-unprintable" className="notice__title">
            Some characters can’t be printed in the PDF yet
          </h2>
          <p>
            The PDF’s font has Latin, Greek and Cyrillic letters only, so these would be left blank in it:{" "}
            <span dir="auto">
              {unprintable.join(" ")}
            </span>
            . The preview below shows everything; to get a complete PDF, write those names or words in Latin letters.
          </p>
        </div>
      ) : null}

      {warnings.length > 0 ? (
        <section className="stack stack--small" aria-labelledby="review-warnings">
          <h2 id="review-warnings" className="heading-m">
            Worth a second look
          </h2>
          <ul className="stack stack--small list-plain" data-testid="review-warnings">
            {warnings.map((w) => (
              <li key={w.code} className="warning-text">
                <span className="visually-hidden">Warning: </span>
                {w.message}
                {w.source ? <span className="muted"> Source: {w.source}.</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

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
                  <dd className="summary-list__value doc-text">{r.value}</dd>
                  <dd className="summary-list__actions">
                    <ChangeLink step={group.id} what={r.key.toLowerCase()} />
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}

      <section aria-labelledby="review-exposure" className="stack stack--small">
        <h2 id="review-exposure" className="heading-m">
          Money at risk over the project
        </h2>
        <ExposureChart exposure={exposure} currency={contract.currency} locale={contract.locale} />
      </section>

      <section aria-labelledby="review-download" className="stack stack--small">
        <h2 id="review-download" className="heading-m">
          Download your contract
        </h2>
        <p>
          The PDF is made on this device; nothing is uploaded. File name: <code>{pdfName}</code>
        </p>
        <DownloadPdfButton label="Download contract (PDF)" document={latestDocument} warmUp />
      </section>

      <ContractInvoices contract={contract} />

      <section aria-labelledby="review-preview" className="stack stack--small">
        <h2 id="review-preview" className="heading-m">
          Preview of the contract
        </h2>
        <DocumentPreview model={model} headingLevel={3} />
      </section>
    </div>
  );
}

/** At click time, the document from the latest answers (the store may have changed since the last render). */
function latestDocument() {
  const latest = readContract($draft.get());
  if (!latest.ok) return null;
  const c = latest.contract;
  return {
    model: buildContractDocument(c, todayInZone(new Date())),
    fileName: contractFileName(c),
  };
}
