import type { QuestionProps } from "./field";
import { AffixedInput } from "./affixed-input";

export type WholeNumberFieldProps = QuestionProps & {
  maxLength?: number | undefined;
  /** The unit after the number, e.g. "days". */
  suffix?: string;
};

export function WholeNumberField(props: WholeNumberFieldProps) {
  return <AffixedInput {...props} inputMode="numeric" />;
}
