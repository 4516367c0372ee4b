import type { Invoice, InvoiceLine, InvoiceParty } from "../../invoice/invoice";
import { invoiceTotals } from "../../invoice/invoice-totals";
import type { DocumentModel, Section } from "../document-model";
import { invoiceContext } from "../invoice/invoice-context";
import { invoiceFacts } from "../invoice/invoice-facts";
import { linesTable } from "../invoice/lines-table";
import { partyColumn } from "../invoice/party-column";
import { taxIdLabel } from "../invoice/tax-name";
import { totalsBlock } from "../invoice/totals-block";
import { claimedWords, howToPay } from "./claim-blocks";
import { invoiceSummary } from "./invoice-summary";
import { type LetterContext, letterContext } from "./letter-context";
import type { LateFeeInvoiceInput, LetterRecipient, LetterSender } from "./letter-input";
import { templateNotice } from "./template-notice";

/**
 * Why the invoice adds no VAT. Default interest and a fixed sum for recovery costs make good the
 * creditor's loss from late payment; they are not consideration for a supply, so outside the
 * scope of VAT: CJEU case 222/81 BAZ Bausystem, paras 8-11 (interest for late payment), restated
 * in case C-277/05 Société thermale d'Eugénie-les-Bains, para 32. National practice agrees:
 * Germany, UStAE Abschnitt 1.3 Abs. 6 (Verzugszinsen are damages); France, CGI art. 256 and the
 * DGCCRF note of 29 November 2012 (the €40 recovery indemnity is not subject to VAT).
 */
export const NO_VAT_NOTE =
  "No VAT is charged on this invoice. Interest for late payment and fixed compensation for recovery costs make good the cost of being paid late; " +
  "they are not payment for a supply of goods or services, and are generally outside the scope of VAT " +
  "(Court of Justice of the EU, case 222/81 BAZ Bausystem, and case C-277/05 Société thermale, paragraph 32).";

/**
 * A separate invoice for the late-payment interest and the fixed compensation (German and French
 * practice bill the surcharge on its own invoice): its own number, a reference to the unpaid
 * invoice, a line per interest segment (or one line that lists them) and a line for the
 * compensation, no VAT, with the reason, and the total. Built from the invoice document's own
 * pieces (parties, facts, lines table, totals), so it reads like the user's other invoices.
 */
export function buildLateFeeInvoice(input: LateFeeInvoiceInput): DocumentModel {
  const letter = letterContext(input);
  const invoice = asInvoice(input, letter);
  const ctx = invoiceContext(invoice);
  const totals = invoiceTotals(invoice);
  const { claim } = input;
  const original = letter.invoice.number;
  const title = `Late-payment invoice ${input.number}`;

  const sections: Section[] = [
    {
      id: "parties",
      number: "",
      heading: "",
      blocks: [
        { kind: "parties", columns: [partyColumn("From", invoice.seller, ctx), partyColumn("Bill to", invoice.buyer, ctx)] },
        invoiceFacts(ctx),
      ],
    },
    {
      id: "items",
      number: "",
      heading: "",
      blocks: [linesTable(ctx, totals), totalsBlock(ctx, totals, "Total due"), { kind: "paragraph", text: NO_VAT_NOTE }],
    },
    {
      id: "original",
      number: "",
      heading: `Invoice ${original}, paid late`,
      blocks: [
        {
          kind: "paragraph",
          text: `This invoice charges the ${claimedWords(claim)} for the late payment of invoice ${original}, under ${claim.ruleName}${claim.ruleSource ? ` (${claim.ruleSource})` : ""}.`,
        },
        ...(claim.rulesText ? [{ kind: "paragraph" as const, text: claim.rulesText }] : []),
        invoiceSummary(letter),
      ],
    },
    { id: "payment", number: "", heading: "Payment", blocks: [...howToPay(letter, input.paymentDetails, input.number), templateNotice("invoice")] },
  ];

  const seller = ctx.sellerName;
  const total = ctx.money(totals.total);
  const taxId = invoice.seller.taxId ? ` · ${taxIdLabel(ctx.tax)} ${invoice.seller.taxId}` : "";
  return {
    title,
    subtitle: `${total} due ${ctx.date(input.dueDate)} · late payment of invoice ${original}`,
    runningHeader: `${title} · ${seller}`,
    runningFooter: `${seller}${taxId}`,
    sections,
    metadata: {
      title,
      author: seller,
      subject: `Late-payment invoice ${input.number} from ${seller} to ${ctx.buyerName}: ${total} of ${claimedWords(claim)} on invoice ${original}, due ${ctx.date(input.dueDate)}`,
      keywords: ["invoice", "late payment", "interest", input.number, original, seller, ctx.buyerName].join(", "),
      language: "en",
      creator: "Upfront",
    },
  };
}

/** The late-fee invoice as a checked Invoice, so the invoice pieces and totals apply unchanged. */
function asInvoice(input: LateFeeInvoiceInput, letter: LetterContext): Invoice {
  return {
    number: input.number,
    seller: party(input.sender, input.sender.taxId),
    buyer: party(input.recipient, ""),
    currency: input.invoice.currency,
    locale: input.invoice.numberLocale,
    issueDate: input.letterDate,
    supplyDate: null,
    due: { kind: "date", date: input.dueDate },
    purchaseOrder: "",
    reference: `Late payment of invoice ${input.invoice.number}`,
    lines: lines(input, letter),
    invoiceDiscount: null,
    payment: { accountHolder: "", iban: null, bic: "", otherAccount: "", paymentLink: null, qrCode: false },
    lateFee: { kind: "none" },
    earlyDiscount: null,
    taxNote: NO_VAT_NOTE,
    notes: "",
    thankYou: "",
  };
}

function party(who: LetterSender | LetterRecipient, taxId: string): InvoiceParty {
  return { name: who.name, businessName: who.businessName, address: who.addressLines.join("\n"), email: who.email, taxId, country: "" };
}

const line = (id: string, description: string, amountMinor: number): InvoiceLine => ({
  id,
  description,
  quantityThousandths: 1000,
  unit: "",
  unitPrice: amountMinor,
  taxMillipercent: null,
  discount: null,
});

function lines(input: LateFeeInvoiceInput, letter: LetterContext): InvoiceLine[] {
  const { claim } = input;
  const original = input.invoice.number;
  const segment = (s: LateFeeInvoiceInput["claim"]["segments"][number]) =>
    `${letter.date(s.from)} – ${letter.date(s.to)}: ${s.days} ${s.days === 1 ? "day" : "days"} on ${letter.money(s.balanceMinor)} at ${s.ratePercentText} a year`;
  const out: InvoiceLine[] = [];
  if (claim.interestMinor > 0) {
    if (input.linePerSegment && claim.segments.length > 0) {
      claim.segments.forEach((s, i) => {
        if (s.interestMinor > 0) out.push(line(`interest-${i + 1}`, `Interest on invoice ${original}, ${segment(s)}`, s.interestMinor));
      });
    } else {
      const detail = claim.segments.map(segment).join("\n");
      out.push(line("interest", `Interest for late payment of invoice ${original}${detail ? `\n${detail}` : ""}`, claim.interestMinor));
    }
  }
  if (claim.lateFeeMinor > 0) {
    const rule = claim.lateFeeRule ? ` (${claim.lateFeeRule})` : "";
    out.push(line("late-fee", `Late fee on invoice ${original}${rule}`, claim.lateFeeMinor));
  }
  if (claim.compensationMinor > 0) {
    const rule = claim.compensationRule ? ` (${claim.compensationRule})` : "";
    out.push(line("compensation", `Fixed compensation for the cost of recovering invoice ${original}${rule}`, claim.compensationMinor));
  }
  return out;
}
