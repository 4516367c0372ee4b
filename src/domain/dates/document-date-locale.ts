/** Documents are in English; dates use the English of the number style's region (US or not). */
export function documentDateLocale(locale: string): string {
  return locale.startsWith("en-") ? locale : "en-GB";
}
