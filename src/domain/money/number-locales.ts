// Number styles offered in the wizard: how amounts are typed and printed.
export const NUMBER_LOCALES = [
  { code: "en-US", label: "1,234.56 (United States)" },
  { code: "en-GB", label: "1,234.56 (United Kingdom)" },
  { code: "en-IE", label: "1,234.56 (Ireland)" },
  { code: "en-CA", label: "1,234.56 (Canada, English)" },
  { code: "en-AU", label: "1,234.56 (Australia)" },
  { code: "de-DE", label: "1.234,56 (Germany)" },
  { code: "nl-NL", label: "1.234,56 (Netherlands)" },
  { code: "es-ES", label: "1.234,56 (Spain)" },
  { code: "it-IT", label: "1.234,56 (Italy)" },
  { code: "pt-BR", label: "1.234,56 (Brazil)" },
  { code: "fr-FR", label: "1 234,56 (France)" },
  { code: "fr-CA", label: "1 234,56 (Canada, French)" },
  { code: "sv-SE", label: "1 234,56 (Sweden)" },
  { code: "pl-PL", label: "1 234,56 (Poland)" },
  { code: "de-CH", label: "1’234.56 (Switzerland)" },
] as const;

export function isNumberLocale(code: string): boolean {
  return NUMBER_LOCALES.some((l) => l.code === code);
}

/** The closest offered style for a browser language, e.g. "de-AT" → "de-DE", anything else → "en-US". */
export function numberLocaleFor(language: string): string {
  const exact = NUMBER_LOCALES.find((l) => l.code.toLowerCase() === language.toLowerCase());
  if (exact) return exact.code;
  const base = language.split("-")[0]?.toLowerCase();
  return NUMBER_LOCALES.find((l) => l.code.startsWith(`${base}-`))?.code ?? "en-US";
}
