import { isCurrencyCode } from "../money/currency";
import { isNumberLocale } from "../money/number-locales";
import type { ContractDraft } from "./contract-draft";

/**
 * A damaged or hand-edited draft may carry a currency or number style that Intl can't use.
 * Readers record that as a field error on the parties step, and parse everything else with a
 * safe stand-in (USD, en-US) so one bad value never crashes the page.
 */
export function usableDraft(draft: ContractDraft): ContractDraft {
  const currency = draft.currency.trim().toUpperCase();
  const okCurrency = isCurrencyCode(currency);
  const okLocale = isNumberLocale(draft.numberLocale);
  if (okCurrency && okLocale && currency === draft.currency) return draft;
  return { ...draft, currency: okCurrency ? currency : "USD", numberLocale: okLocale ? draft.numberLocale : "en-US" };
}
