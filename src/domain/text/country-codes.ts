// ISO 3166-1 alpha-2 country codes: what an invoice stores as a party's country, what the VAT
// checks read and what "based in" text is matched against. The browser's Intl names more codes
// than ISO 3166-1 assigns to countries today; these are left out.

/** Codes Intl knows that are not countries of ISO 3166-1 today. */
const NOT_COUNTRIES: ReadonlySet<string> = new Set([
  // exceptionally reserved (ISO 3166-1 §7.5.3)
  "AC", "CP", "CQ", "DG", "EA", "IC", "TA",
  // transitionally reserved or withdrawn (Intl maps most to today's code: "DD" → DE, "BU" → MM)
  "AN", "BU", "CS", "DD", "DY", "FX", "HV", "NH", "RH", "SU", "TP", "VD", "YD", "YU", "ZR",
  // groupings; "UK" is written GB in ISO 3166-1
  "EU", "EZ", "UN", "UK",
]);
// User-assigned codes (ISO 3166-1 §7.5.4: AA, QM–QZ, XA–XZ, ZZ), used by Intl for pseudo-locales,
// "Outlying Oceania" and "Unknown Region". XK (Kosovo) is kept: it is in common use for Kosovo.
const USER_ASSIGNED = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ)$/;

/** True for two capital letters that ISO 3166-1 may assign to a country: "DE", "GB"; not "UK", "EU" or "ZZ". */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && !USER_ASSIGNED.test(code);
}

export type CountryOption = { value: string; label: string };

let options: CountryOption[] | undefined;

/** About 250 countries, { value: "DE", label: "Germany" }, by English name; worked out once. [] without Intl names. */
export function countryOptions(): CountryOption[] {
  if (options) return options;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  } catch {
    names = null;
  }
  const found: CountryOption[] = [];
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      if (!isCountryCode(code)) continue;
      let name: string | undefined;
      try {
        name = names?.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) found.push({ value: code, label: name });
    }
  }
  options = found.sort((x, y) => x.label.localeCompare(y.label, "en"));
  return options;
}

/** "Germany (DE)" for messages; just the code when the browser can't name it. */
export function countryLabel(code: string): string {
  const name = countryOptions().find((o) => o.value === code)?.label;
  return name ? `${name} (${code})` : code;
}
