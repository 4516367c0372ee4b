import { currencyOptions } from "../../domain/money/currency";
import { NUMBER_LOCALES } from "../../domain/money/number-locales";
import type { SelectGroup, SelectOption } from "./select-field";

// The choices of the "currency" and "how numbers are written" questions (contract and invoice).

const COMMON_CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD"];

let currencyGroups: SelectGroup[] | undefined;

/** About 300 names from Intl: worked out once, the first time a currency question is shown. */
export function currencyChoices(): SelectGroup[] {
  if (currencyGroups) return currencyGroups;
  const all = currencyOptions()
    .map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))
    .sort((a, b) => a.value.localeCompare(b.value));
  currencyGroups = [
    { label: "Common currencies", options: COMMON_CURRENCIES.map((code) => all.find((c) => c.value === code)!).filter(Boolean) },
    { label: "All currencies", options: all.filter((c) => !COMMON_CURRENCIES.includes(c.value)) },
  ];
  return currencyGroups;
}

export const NUMBER_STYLES: readonly SelectOption[] = NUMBER_LOCALES.map((l) => ({ value: l.code, label: l.label }));
