import { computed } from "nanostores";
import type { ContractDraft } from "../domain/contract/contract-draft";
import { exposureFromDraft } from "../domain/contract/draft-exposure";
import { FieldErrors } from "../domain/contract/field-errors";
import { parseWholeNumber } from "../domain/contract/parse-whole-number";
import { readDiscount, readLateFee } from "../domain/contract/read-late-fees";
import { readGoverningLaw } from "../domain/contract/read-parties";
import { priceTotal, readPrice } from "../domain/contract/read-price";
import { previewSchedule } from "../domain/contract/schedule-preview";
import { type LateFeeWarning, lateFeeWarnings } from "../domain/law/late-fee-warnings";
import { isCurrencyCode } from "../domain/money/currency";
import { isNumberLocale } from "../domain/money/number-locales";
import { earlyDiscountAnnualRate, earlyDiscountNotation } from "../domain/terms/early-discount";
import { $draft } from "./contract-draft";

// Live figures shown while the user types (totals, the running allocation, the chart, legal notes).
// They are read quietly: a half-typed answer just means "nothing to show yet", never an error.

/** Formatting needs a real currency and number style; an imported draft may hold neither. */
function formattable(draft: ContractDraft): boolean {
  return isCurrencyCode(draft.currency) && isNumberLocale(draft.numberLocale);
}

function quietly<T>(draft: ContractDraft, read: (draft: ContractDraft, quiet: FieldErrors) => T, fallback: T): T {
  if (!formattable(draft)) return fallback;
  try {
    return read(draft, new FieldErrors("parties"));
  } catch {
    return fallback;
  }
}

/** The contract total in minor units, or null until the price can be read. */
export const $priceTotal = computed($draft, (draft) =>
  quietly(draft, (d, quiet) => {
    const price = readPrice(d, d.currency, d.numberLocale, quiet);
    return price ? priceTotal(price) : null;
  }, null),
);

export const $schedulePreview = computed($draft, (draft) => quietly(draft, (d) => previewSchedule(d), null));

/** The unpaid-work curve for the chart, or null until dates, price and schedule are readable. */
export const $exposure = computed($draft, (draft) => quietly(draft, (d) => exposureFromDraft(d), null));

/** Plain-English notes on the chosen late fee under the chosen law (empty until both are readable). */
export const $lateFeeNotes = computed($draft, (draft) =>
  quietly<LateFeeWarning[]>(draft, (d, quiet) => {
    const terms = readLateFee(d, quiet);
    const law = readGoverningLaw(d.law, quiet);
    return terms && law ? lateFeeWarnings(terms, law, { currency: d.currency, locale: d.numberLocale }) : [];
  }, []),
);

export type DiscountPreview = {
  /** "2/10 net 30" */
  notation: string;
  /** What skipping the discount costs the client a year, in basis points (null if it can't be worked out). */
  annualRate: { simple: number; compound: number } | null;
};

export const $discountPreview = computed($draft, (draft) =>
  quietly<DiscountPreview | null>(draft, (d, quiet) => {
    const net = parseWholeNumber(d.payment.netDays, 0, 120, "the payment term");
    if (!net.ok) return null;
    const discount = readDiscount(d, net.value, quiet);
    if (!discount) return null;
    return { notation: earlyDiscountNotation(discount, net.value), annualRate: earlyDiscountAnnualRate(discount, net.value) };
  }, null),
);
