import type { QuestionProps } from "./Field";
import { AffixedInput } from "./AffixedInput";

export type PercentFieldProps = QuestionProps & {
  maxLength?: number | undefined;
};

export function PercentField(props: PercentFieldProps) {
  return <AffixedInput {...props} inputMode="decimal" suffix="%" />;
}
