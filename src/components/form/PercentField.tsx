import type { ReactNode } from "react";
import { AffixedInput } from "./AffixedInput";

export type PercentFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number | undefined;
};

export function PercentField(props: PercentFieldProps) {
  return <AffixedInput {...props} inputMode="decimal" suffix="%" />;
}
