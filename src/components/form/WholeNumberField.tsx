import type { ReactNode } from "react";
import { AffixedInput } from "./AffixedInput";

export type WholeNumberFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number | undefined;
  /** The unit after the number, e.g. "days". */
  suffix?: string;
};

export function WholeNumberField(props: WholeNumberFieldProps) {
  return <AffixedInput {...props} inputMode="numeric" />;
}
