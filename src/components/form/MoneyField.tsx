import type { ReactNode } from "react";
import { AffixedInput } from "./AffixedInput";

export type MoneyFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number | undefined;
  /** ISO 4217 code shown before the amount, e.g. "EUR". */
  currency: string;
};

/** An amount of money, typed as the user writes numbers; it is read (and checked) on Continue. */
export function MoneyField({ currency, ...props }: MoneyFieldProps) {
  return <AffixedInput {...props} inputMode="decimal" prefix={currency} width="medium" />;
}
