import { numberFormat } from "../intl-formats";
import { QUANTITY_SCALE } from "./parse-quantity";

type NumberFormatInput = Parameters<Intl.NumberFormat["format"]>[0];

/** Thousandths → the quantity as the number style writes it, no trailing zeros: 1500 → "1.5", 1000 → "1" (de-DE 1500 → "1,5"). */
export function formatQuantity(thousandths: number, locale: string): string {
  const whole = Math.floor(thousandths / QUANTITY_SCALE);
  const fraction = String(thousandths % QUANTITY_SCALE).padStart(3, "0");
  // A decimal string is formatted exactly (no binary float on the way).
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(`${whole}.${fraction}` as unknown as NumberFormatInput);
}
