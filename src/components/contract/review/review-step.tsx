import { useStore } from "@nanostores/react";
import { useMemo } from "react";
import { contractFileName } from "../../../domain/contract/contract-file-name";
import { contractSummary } from "../../../domain/contract/contract-summary";
import { CONTRACT_STEPS, fieldId } from "../../../domain/contract/contract-steps";
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
import { UnprintableNotice } from "../../document/unprintable-notice";
import { AnswerSummary } from "../../wizard/answer-summary";
import { MissingAnswers } from "../../wizard/missing-answers";
import { ReviewDownload, ReviewPreview, ReviewWarnings } from "../../wizard/review-sections";
import { ExposureChart } from "../exposure-chart";
import { ContractInvoices } from "./contract-invoices";

/** Step 7: check your answers, warnings, the live preview and the PDF download. */
export function ReviewStep() {
  const draft = useStore($draft);
  const today = todayInZone(new Date());
  const result = useMemo(() => readContract(draft), [draft]);

  if (!result.ok) {
    return (
      <MissingAnswers
        intro="The contract can be made once these are done:"
        steps={CONTRACT_STEPS}
        errors={result.errors}
        fixHref={(step, field) => `?step=${step}#${fieldId(field)}`}
        fix={fixAnswer}
      />
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

      <UnprintableNotice characters={unprintable} />

      <ReviewWarnings warnings={warnings.map((w) => ({ key: w.code, message: w.message, source: w.source }))} />

      <AnswerSummary groups={groups} rows={rows} stepHref={(step) => `?step=${step}`} goToStep={goToStep} />

      <section aria-labelledby="review-exposure" className="stack stack--small">
        <h2 id="review-exposure" className="heading-m">
          Money at risk over the project
        </h2>
        <ExposureChart exposure={exposure} currency={contract.currency} locale={contract.locale} />
      </section>

      <ReviewDownload heading="Download your contract" fileName={pdfName} label="Download contract (PDF)" document={latestDocument} />

      <ContractInvoices contract={contract} />

      <ReviewPreview heading="Preview of the contract" model={model} />
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
