import type { SelectOption } from "../form/select-field";

// The country question's choices: ISO 3166-1 alpha-2 codes (what the invoice stores and the VAT
// checks read) named by the browser's Intl. The browser also knows codes that are not countries
// of ISO 3166-1 today; these are left out.
const NOT_COUNTRIES = new Set([
  // exceptionally reserved (ISO 3166-1 §7.5.3)
  "AC", "CP", "CQ", "DG", "EA", "IC", "TA",
  // transitionally reserved or withdrawn
  "AN", "BU", "CS", "DD", "DY", "FX", "HV", "NH", "RH", "SU", "TP", "VD", "YD", "YU", "ZR",
  // groupings and private-use codes; "UK" is written GB in ISO 3166-1
  "EU", "EZ", "UN", "UK", "QO", "XA", "XB", "ZZ",
]);

let options: SelectOption[] | undefined;

/** About 250 countries by name, worked out once, the first time the question is shown. */
export function countryOptions(): SelectOption[] {
  if (options) return options;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(["en"], { type: "region" });
  } catch {
    names = null;
  }
  const found: SelectOption[] = [];
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
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

/** The choices with the saved code kept even when the browser can't name it (an imported invoice). */
export function countryChoices(saved: string): SelectOption[] {
  const all = countryOptions();
  return saved === "" || all.some((o) => o.value === saved) ? all : [{ value: saved, label: saved }, ...all];
}
