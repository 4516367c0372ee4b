import type { QuestionProps } from "./field";
import { AffixedInput } from "./affixed-input";

export type PercentFieldProps = QuestionProps & {
  maxLength?: number | undefined;
};

export function PercentField(props: PercentFieldProps) {
  return <AffixedInput {...props} inputMode="decimal" suffix="%" />;
}
