import { numberFormat } from "../intl-formats";
import { z } from "../zod";

// ISO 4217 codes the browser's Intl knows. Minor-unit digits come from the same data (Unicode
// CLDR, what browsers print): JPY 0, EUR 2, KWD 3 as in ISO 4217, but 0 for a few currencies whose
// small coins are no longer used (HUF, COP, IDR…) where ISO 4217 still lists 2.
const knownCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && knownCodes.has(code);
}

export function currencyDigits(code: string): number {
  return numberFormat("en", { style: "currency", currency: code }).resolvedOptions()
    .maximumFractionDigits ?? 2;
}

export function currencyName(code: string, locale = "en"): string {
  return new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? code;
}

/** Every known ISO 4217 code with its English name, for a select box. */
export function currencyOptions(locale = "en"): { code: string; name: string }[] {
  return [...knownCodes].map((code) => ({ code, name: currencyName(code, locale) }));
}

export const CurrencyCode = z
  .string()
  .check(
    z.trim(),
    z.toUpperCase(),
    z.refine(isCurrencyCode, { error: "Choose a currency from the list (an ISO 4217 code such as USD, EUR or JPY)" }),
  );
export type CurrencyCode = z.infer<typeof CurrencyCode>;
