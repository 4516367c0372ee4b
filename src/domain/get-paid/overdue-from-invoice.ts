import { formatAmount } from "../money/format-money";
import type { SavedInvoice } from "../invoice/invoice-book";
import type { InvoiceDraft } from "../invoice/invoice-draft";
import { invoiceTotals } from "../invoice/invoice-totals";
import { readInvoice } from "../invoice/read-invoice";
import { cleanLine } from "../text/clean-text";
import { newOverdueDraft } from "./new-overdue-draft";
import type { OverdueDraft } from "./overdue-draft";

// A case started from an invoice of the invoice list ("Chase"). Kept apart from new-overdue-draft.ts
// because reading an invoice pulls in the invoice domain, which the page loads only when needed.

export type OverdueFromInvoice =
  | { ok: true; draft: OverdueDraft; /** False when the saved invoice can't be read (amount or due date left for the user). */ complete: boolean }
  | { ok: false; message: string };

/** The invoice's own payment details as one text for the messages: account, IBAN, link. */
function howToPay(draft: InvoiceDraft): string {
  const p = draft.payment;
  const lines: string[] = [];
  const iban = cleanLine(p.iban).replace(/\s+/g, "").toUpperCase();
  if (iban !== "") {
    const grouped = iban.replace(/(.{4})(?=.)/g, "$1 ");
    const holder = cleanLine(p.accountHolder);
    const bic = cleanLine(p.bic);
    lines.push(`Bank transfer${holder ? ` to ${holder}` : ""}, IBAN ${grouped}${bic ? `, BIC ${bic}` : ""}`);
  }
  const other = p.otherAccount.trim();
  if (other !== "") lines.push(other);
  const link = cleanLine(p.paymentLink);
  if (link !== "") lines.push(`Pay online: ${link}`);
  return lines.join("\n");
}

/**
 * A draft pre-filled from an invoice of the invoice list: the seller becomes "you", the buyer the
 * client; number, reference, currency, number style, dates, the total (from readInvoice and
 * invoiceTotals, tax included), the payment details, and the invoice's late-fee terms as the
 * claim (regime "contract"). A void or paid invoice is not overdue, so it gives a message instead.
 * When the saved invoice can't be read, what can be copied is copied and `complete` is false.
 */
export function overdueDraftFromSavedInvoice(saved: SavedInvoice, base: OverdueDraft = newOverdueDraft(saved.draft.numberLocale, saved.draft.currency)): OverdueFromInvoice {
  if (saved.status.kind === "void") return { ok: false, message: `Invoice ${saved.number} is void, so nothing is owed on it.` };
  if (saved.status.kind === "paid") return { ok: false, message: `Invoice ${saved.number} is marked paid. Mark it open again in the invoice list if the payment never arrived.` };
  const d = saved.draft;
  const read = readInvoice(d, saved.number);
  const amount = read.ok ? formatAmount(invoiceTotals(read.invoice).total, read.invoice.currency, read.invoice.locale) : "";
  const dueDate = read.ok ? read.invoice.due.date : d.terms === "date" ? d.dueDate : "";
  const party = (p: InvoiceDraft["seller"]) => ({ name: p.name, businessName: p.businessName, address: p.address, email: p.email });
  return {
    ok: true,
    complete: read.ok,
    draft: {
      ...base,
      you: { ...base.you, ...party(d.seller) },
      client: { ...base.client, ...party(d.buyer) },
      invoice: {
        ...base.invoice,
        savedInvoiceId: saved.id,
        number: saved.number,
        description: cleanLine(d.reference).slice(0, 200),
        currency: d.currency,
        numberLocale: d.numberLocale,
        amount,
        issueDate: d.issueDate,
        dueDate,
        howToPay: howToPay(d),
      },
      claim: {
        ...base.claim,
        regime: "contract",
        // Statutory late-payment interest is for business debts only; a client with a business
        // name or a tax number is taken to be a business (the user can change it).
        businessClient: cleanLine(d.buyer.businessName) !== "" || cleanLine(d.buyer.taxId) !== "",
        lateFee: { ...d.lateFee },
      },
    },
  };
}
