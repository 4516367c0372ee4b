import type { FieldErrors } from "../contract/field-errors";
import { formatMoney } from "../money/format-money";
import { MAX_MINOR } from "../money/minor-units";
import { parseMoney } from "../money/parse-money";
import { parsePercent } from "../percent/parse-percent";
import { cleanLine, cleanText } from "../text/clean-text";
import type { InvoiceLine, LineDiscount } from "./invoice";
import type { InvoiceDraft, InvoiceLineDraft } from "./invoice-draft";
import type { InvoiceStepId } from "./invoice-steps";
import { invoiceTotals, lineGross } from "./invoice-totals";
import { parseQuantity } from "./parse-quantity";
import { parseTaxRate } from "./tax-rate";

type Money = { currency: string; locale: string };

/** A line the user added but never filled in (no description, no price) is left out, not an error. */
export function isEmptyLine(line: InvoiceLineDraft): boolean {
  return cleanText(line.description) === "" && cleanLine(line.unitPrice) === "";
}

function readDiscount(
  mode: InvoiceLineDraft["discountMode"],
  value: string,
  field: string,
  money: Money,
  errors: FieldErrors<InvoiceStepId>,
): LineDiscount | undefined {
  if (mode === "none") return null;
  if (mode === "percent") {
    const basisPoints = errors.take(field, parsePercent(value, money.locale, { label: "the discount", max: 10_000 }));
    return basisPoints === undefined ? undefined : { kind: "percent", basisPoints };
  }
  const minor = errors.take(field, parseMoney(value, money.currency, money.locale, { allowZero: false, label: "the discount" }));
  return minor === undefined ? undefined : { kind: "amount", minor };
}

function readLine(draft: InvoiceLineDraft, money: Money, errors: FieldErrors<InvoiceStepId>): InvoiceLine | undefined {
  const at = (field: string) => `lines.${draft.id}.${field}`;
  const fmt = (minor: number) => formatMoney(minor, money.currency, money.locale);
  const description = cleanText(draft.description);
  if (description === "") errors.add(at("description"), "Describe what this line is for");
  const quantityThousandths = errors.take(at("quantity"), parseQuantity(draft.quantity, money.locale));
  const unitPrice = errors.take(at("unitPrice"), parseMoney(draft.unitPrice, money.currency, money.locale, { label: "the unit price" }));
  const taxText = cleanLine(draft.taxRate);
  const taxMillipercent = taxText === "" ? null : errors.take(at("taxRate"), parseTaxRate(taxText, money.locale));
  const discount = readDiscount(draft.discountMode, draft.discountValue, at("discountValue"), money, errors);

  if (quantityThousandths === undefined || unitPrice === undefined) return undefined;
  const gross = lineGross({ quantityThousandths, unitPrice });
  if (gross > MAX_MINOR) {
    errors.add(at("unitPrice"), `This line comes to more than ${fmt(MAX_MINOR)}: lower the quantity or the unit price`);
    return undefined;
  }
  if (discount?.kind === "amount" && discount.minor > gross)
    errors.add(at("discountValue"), `The discount can't be more than the line's amount (${fmt(gross)})`);
  if (description === "" || taxMillipercent === undefined || discount === undefined || errors.has(at("discountValue"))) return undefined;
  return { id: draft.id, description, quantityThousandths, unit: cleanLine(draft.unit), unitPrice, taxMillipercent, discount };
}

export type ReadLines = { lines: InvoiceLine[]; invoiceDiscount: LineDiscount };

/**
 * The line items and the invoice discount, or undefined after recording messages under
 * `lines.<lineId>.<field>` (by id, so a message stays beside its input when lines are reordered).
 */
export function readInvoiceLines(
  draft: Pick<InvoiceDraft, "lines" | "discountMode" | "discountValue">,
  money: Money,
  errors: FieldErrors<InvoiceStepId>,
): ReadLines | undefined {
  errors.at("lines");
  const fmt = (minor: number) => formatMoney(minor, money.currency, money.locale);
  const filled = draft.lines.filter((l) => !isEmptyLine(l));
  if (filled.length === 0) errors.add("lines", "Add at least one line with a description of what you are charging for");
  const read = filled.map((l) => readLine(l, money, errors));
  const invoiceDiscount = readDiscount(draft.discountMode, draft.discountValue, "discountValue", money, errors);
  const lines = read.every((l) => l !== undefined) ? (read as InvoiceLine[]) : undefined;
  if (!lines || filled.length === 0 || invoiceDiscount === undefined) return undefined;

  const nets = invoiceTotals({ lines, invoiceDiscount: null }).lines;
  const subtotal = nets.reduce((sum, l) => sum + l.net, 0);
  // Each line is at most MAX_MINOR, so this sum is exact; past MAX_MINOR the totals would not be.
  if (subtotal > MAX_MINOR) {
    errors.add("lines", `The invoice comes to more than ${fmt(MAX_MINOR)}: split it into several invoices`);
    return undefined;
  }
  if (invoiceDiscount?.kind === "amount" && invoiceDiscount.minor > subtotal) {
    errors.add("discountValue", `The discount can't be more than the subtotal (${fmt(subtotal)})`);
    return undefined;
  }
  const { total } = invoiceTotals({ lines, invoiceDiscount });
  if (total > MAX_MINOR) {
    errors.add("lines", `The invoice total with tax must be ${fmt(MAX_MINOR)} or less: split it into several invoices`);
    return undefined;
  }
  return { lines, invoiceDiscount };
}
