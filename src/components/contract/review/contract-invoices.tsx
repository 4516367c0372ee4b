import { useStore } from "@nanostores/react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Contract } from "../../../domain/contract/contract";
import { formatDate, isValidCalendarDate, todayInZone } from "../../../domain/dates/calendar-date";
import { documentDateLocale } from "../../../domain/dates/document-date-locale";
import { contractCalendar } from "../../../domain/calendar/contract-calendar";
import { savedForContract, upcomingNumbers } from "../../../domain/invoice/contract-invoice-set";
import type { SavedInvoice } from "../../../domain/invoice/invoice-book";
import { type ContractInvoicePlan, invoicesFromContract } from "../../../domain/invoice/invoices-from-contract";
import { savedInvoiceDocument } from "../../../domain/invoice/saved-invoice-document";
import { formatMoney } from "../../../domain/money/format-money";
import { fileName } from "../../../domain/text/file-name";
import { announce } from "../../../stores/announcer";
import { $bookReadOnly, $invoiceBook, createContractInvoices, findInvoice } from "../../../stores/invoice-book";
import { DateField } from "../../form/date-field";
import { makePdf } from "../../document/pdf-maker";
import { saveBlob } from "../../document/save-blob";

type Props = { contract: Contract };

type Work = { kind: "idle" } | { kind: "busy"; what: string } | { kind: "done"; message: string } | { kind: "failed"; message: string };

const today = () => todayInZone(new Date());

/** What no longer matches the contract: payments without an invoice, and amounts that differ (before tax). */
function changedSinceCreated(saved: readonly SavedInvoice[], plans: readonly ContractInvoicePlan[]): string[] {
  const found: string[] = [];
  for (const plan of plans) {
    const inv = saved.find((s) => s.source?.paymentIndex === plan.paymentIndex);
    if (!inv) {
      found.push(`${plan.name} has no invoice yet.`);
      continue;
    }
    const doc = savedInvoiceDocument(inv, todayInZone(new Date()));
    if (doc.ok && doc.totals.subtotal - doc.totals.invoiceDiscount !== plan.amount) {
      const money = (minor: number) => formatMoney(minor, doc.invoice.currency, doc.invoice.locale);
      found.push(`Invoice ${inv.number} (${plan.name}) is for ${money(doc.totals.subtotal - doc.totals.invoiceDiscount)} before tax; the contract now says ${money(plan.amount)}.`);
    }
  }
  const extra = saved.filter((s) => !plans.some((p) => p.paymentIndex === s.source?.paymentIndex));
  for (const inv of extra) found.push(`Invoice ${inv.number} is for a payment the contract no longer has.`);
  return found;
}

/** "invoices-acme-ltd-website-redesign.zip" */
function setFileName(contract: Contract, extension: string, prefix: string): string {
  return fileName(prefix, [contract.client.businessName || contract.client.name, contract.scope.title], extension);
}

/**
 * The invoices the contract implies: a deposit invoice to send on signing and one per milestone.
 * Creating them saves them in the invoice list with the next numbers; then they can be downloaded
 * one by one or as a zip, and their dates added to the user's own calendar.
 */
export function ContractInvoices({ contract }: Props) {
  const book = useStore($invoiceBook);
  const readOnly = useStore($bookReadOnly);
  const [signedOn, setSignedOn] = useState(today);
  const [work, setWork] = useState<Work>({ kind: "idle" });
  const busy = useRef(false);
  const zipButton = useRef<HTMLButtonElement>(null);
  const [focusZip, setFocusZip] = useState(false);

  // The Create button goes away once the invoices exist: focus moves to what comes next.
  useEffect(() => {
    if (!focusZip) return;
    zipButton.current?.focus();
    setFocusZip(false);
  }, [focusZip]);

  const dateOk = isValidCalendarDate(signedOn);
  const plans = useMemo(() => (dateOk ? invoicesFromContract(contract, { depositInvoiceDate: signedOn }) : []), [contract, signedOn, dateOk]);
  const saved = useMemo(() => savedForContract(book, contract), [book, contract]);
  const created = saved.length > 0;
  const numbers = created ? [] : upcomingNumbers(book, plans.length);
  const money = (minor: number) => formatMoney(minor, contract.currency, contract.locale);
  const date = (d: string) => formatDate(d, documentDateLocale(contract.locale));
  const notes = [...new Set(plans.flatMap((p) => p.notes))];
  const changed = created ? changedSinceCreated(saved, plans) : [];

  async function run(what: string, task: () => Promise<string>) {
    if (busy.current) return;
    busy.current = true;
    setWork({ kind: "busy", what });
    try {
      const message = await task();
      setWork({ kind: "done", message });
      announce(message);
    } catch (error) {
      console.error(error);
      setWork({ kind: "failed", message: error instanceof Error && error.message.startsWith("Upfront:") ? error.message.slice(9) : "The files could not be made. Reload the page and try again (your answers and invoices are kept)." });
    } finally {
      busy.current = false;
    }
  }

  function create() {
    const result = createContractInvoices(contract, plans);
    if (!result.ok) {
      setWork({ kind: "failed", message: result.message });
      return;
    }
    const first = result.numbers[0];
    const last = result.numbers[result.numbers.length - 1];
    const message =
      result.numbers.length === 1 ? `Invoice ${first} was created and saved in your invoices.` : `Invoices ${first} to ${last} were created and saved in your invoices.`;
    setWork({ kind: "done", message });
    announce(message);
    setFocusZip(true);
  }

  /** The document of each saved invoice, read from the latest saved answers. */
  function documents(list: readonly SavedInvoice[]) {
    return list.map((inv) => {
      const latest = findInvoice(inv.id) ?? inv;
      const doc = savedInvoiceDocument(latest, today());
      if (!doc.ok) throw new Error(`Upfront: Invoice ${inv.number} has answers to fix before it can be made: open it in your invoices.`);
      return doc;
    });
  }

  const downloadOne = (inv: SavedInvoice) =>
    run(`Making invoice ${inv.number}…`, async () => {
      const [doc] = documents([inv]);
      saveBlob(await makePdf(doc!.model), doc!.fileName);
      return `Downloaded ${doc!.fileName}.`;
    });

  const downloadZip = () =>
    run("Making the PDFs…", async () => {
      const docs = documents(saved);
      const files = [];
      // One at a time: the worker renders one PDF at a time anyway, and memory stays flat.
      for (const doc of docs) files.push({ name: doc.fileName, bytes: new Uint8Array(await (await makePdf(doc.model)).arrayBuffer()) });
      const { zipFiles } = await import("../../../domain/files/zip-files");
      const zip = zipFiles(files, { modified: today() });
      const name = setFileName(contract, "zip", "invoices");
      saveBlob(new Blob([zip as BlobPart], { type: "application/zip" }), name);
      return `Downloaded ${name} with ${files.length} invoices.`;
    });

  const downloadCalendar = () =>
    run("Making the calendar file…", async () => {
      const events = contractCalendar(contract, plans, saved);
      const { toIcs } = await import("../../../domain/calendar/to-ics");
      const ics = toIcs(events, { calName: `${contract.scope.title} — ${contract.client.businessName || contract.client.name}`, now: new Date() });
      if (!ics.ok) throw new Error(`Upfront: ${ics.error}`);
      const name = setFileName(contract, "ics", "payment-dates");
      saveBlob(new Blob([ics.value], { type: "text/calendar;charset=utf-8" }), name);
      return `Downloaded ${name} with ${events.length} dates.`;
    });

  const isBusy = work.kind === "busy";

  return (
    <section aria-labelledby="review-invoices" className="stack stack--small" data-testid="contract-invoices">
      <h2 id="review-invoices" className="heading-m">
        Invoices for this contract
      </h2>
      <p>
        A deposit invoice to send with the contract, and one invoice per milestone, with the contract’s amounts, late fee and
        early-payment discount. They are saved in <a href="/invoice">your invoices</a>, where you can add VAT, your bank details
        and edit them before sending.
      </p>

      {!created ? (
        <DateField
          id="contract-invoices-signed"
          label="Date of the deposit invoice"
          hint="The day you send the contract for signing: the deposit is invoiced then."
          value={signedOn}
          error={dateOk ? undefined : "Enter the date of the deposit invoice"}
          onChange={setSignedOn}
        />
      ) : null}

      <div className="doc-table-wrap" tabIndex={0} role="region" aria-labelledby="review-invoices">
        <table className="doc-table contract-invoices" data-testid="contract-invoices-table">
          <caption className="visually-hidden">Invoices for this contract</caption>
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">For</th>
              <th scope="col">Issued</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">
                Amount
              </th>
              {created ? <th scope="col">PDF</th> : null}
            </tr>
          </thead>
          <tbody>
            {created
              ? saved.map((inv) => {
                  const doc = savedInvoiceDocument(inv, today());
                  return (
                    <tr key={inv.id}>
                      <td className="nowrap">
                        <a href={`/invoice?id=${encodeURIComponent(inv.id)}`}>{inv.number}</a>
                        {inv.status.kind === "paid" ? ` (paid ${date(inv.status.on)})` : ""}
                      </td>
                      <td>{plans.find((p) => p.paymentIndex === inv.source?.paymentIndex)?.name ?? "—"}</td>
                      <td>{doc.ok ? date(doc.invoice.issueDate) : "—"}</td>
                      <td>{doc.ok ? date(doc.invoice.due.date) : "—"}</td>
                      <td className="num nowrap">{doc.ok ? formatMoney(doc.totals.total, doc.invoice.currency, doc.invoice.locale) : "—"}</td>
                      <td>
                        {doc.ok ? (
                          <button type="button" className="button button--secondary button--small" onClick={() => downloadOne(inv)} aria-disabled={isBusy}>
                            Download<span className="visually-hidden"> invoice {inv.number}</span>
                          </button>
                        ) : (
                          <a href={`/invoice?id=${encodeURIComponent(inv.id)}&step=review`}>Fix to download</a>
                        )}
                      </td>
                    </tr>
                  );
                })
              : plans.map((plan, i) => (
                  <tr key={plan.paymentIndex}>
                    <td className="nowrap">{numbers[i]}</td>
                    <td>{plan.name}</td>
                    <td>{date(plan.issueDate)}</td>
                    <td>{date(plan.dueDate)}</td>
                    <td className="num nowrap">{money(plan.amount)}</td>
                  </tr>
                ))}
          </tbody>
        </table>
      </div>

      {changed.length > 0 ? (
        <div className="notice" role="region" aria-labelledby="contract-invoices-changed" data-testid="contract-invoices-changed">
          <h3 id="contract-invoices-changed" className="notice__title">
            The contract has changed since these invoices were made
          </h3>
          <ul>
            {changed.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p>
            Change the invoices in <a href="/invoice">your invoices</a>, or void them there and come back here to create a new set.
          </p>
        </div>
      ) : null}

      {!created && notes.length > 0 ? (
        <ul className="stack stack--small">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}

      {readOnly ? (
        <p className="notice">Your invoices are open read-only (saved by a newer version of Upfront), so new ones can’t be added here.</p>
      ) : !created ? (
        <>
          <p className="muted">Numbers are given when you create the invoices; until then nothing is saved.</p>
          <button type="button" className="button" onClick={create} disabled={!dateOk || plans.length === 0} data-testid="create-contract-invoices">
            Create {plans.length === 1 ? "the invoice" : `these ${plans.length} invoices`}
          </button>
        </>
      ) : (
        <div className="button-group">
          <button ref={zipButton} type="button" className="button" onClick={downloadZip} aria-disabled={isBusy} data-testid="download-invoices-zip">
            Download all invoices (.zip)
          </button>
          <button type="button" className="button button--secondary" onClick={downloadCalendar} aria-disabled={isBusy} data-testid="download-invoices-ics">
            Add the dates to your calendar (.ics)
          </button>
        </div>
      )}

      <p role="status" className={work.kind === "failed" ? "status status--bad" : work.kind === "done" ? "status" : undefined}>
        {work.kind === "busy" ? work.what : work.kind === "done" || work.kind === "failed" ? work.message : ""}
      </p>
    </section>
  );
}
