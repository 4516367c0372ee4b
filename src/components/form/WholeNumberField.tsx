import type { QuestionProps } from "./Field";
import { AffixedInput } from "./AffixedInput";

export type WholeNumberFieldProps = QuestionProps & {
  maxLength?: number | undefined;
  /** The unit after the number, e.g. "days". */
  suffix?: string;
};

export function WholeNumberField(props: WholeNumberFieldProps) {
  return <AffixedInput {...props} inputMode="numeric" />;
}
