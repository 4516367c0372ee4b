import type { QuestionProps } from "./field";
import { AffixedInput } from "./affixed-input";

export type MoneyFieldProps = QuestionProps & {
  maxLength?: number | undefined;
  /** ISO 4217 code shown before the amount, e.g. "EUR". */
  currency: string;
};

/** An amount of money, typed as the user writes numbers; it is read (and checked) on Continue. */
export function MoneyField({ currency, ...props }: MoneyFieldProps) {
  return <AffixedInput {...props} inputMode="decimal" prefix={currency} width="medium" />;
}
