import { isCurrencyCode } from "../money/currency";
import { isNumberLocale } from "../money/number-locales";
import type { InvoiceDraft } from "./invoice-draft";

/** A draft's currency and number style, once both are real ones. */
export type DraftMoney = { currency: string; locale: string };

/** Formatting needs a real currency and number style; an imported draft may hold neither (then null). */
export function moneyOf(draft: Pick<InvoiceDraft, "currency" | "numberLocale">): DraftMoney | null {
  const currency = draft.currency.trim().toUpperCase();
  return isCurrencyCode(currency) && isNumberLocale(draft.numberLocale) ? { currency, locale: draft.numberLocale } : null;
}
