// The currency a new form starts with, from the number style the browser suggests: the currency of
// that style's country (ISO 4217). The user can always choose another one.

const BY_LOCALE: Record<string, string> = {
  "en-US": "USD",
  "en-GB": "GBP",
  "en-IE": "EUR",
  "en-CA": "CAD",
  "en-AU": "AUD",
  "de-DE": "EUR",
  "nl-NL": "EUR",
  "es-ES": "EUR",
  "it-IT": "EUR",
  "pt-BR": "BRL",
  "fr-FR": "EUR",
  "fr-CA": "CAD",
  "sv-SE": "SEK",
  "pl-PL": "PLN",
  "de-CH": "CHF",
};

/** "de-DE" → "EUR", "en-GB" → "GBP"; "USD" for a style we don't know. */
export function currencyForLocale(numberLocale: string): string {
  return Object.hasOwn(BY_LOCALE, numberLocale) ? BY_LOCALE[numberLocale]! : "USD";
}
