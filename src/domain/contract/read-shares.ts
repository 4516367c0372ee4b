import { parseMoney } from "../money/parse-money";
import { parsePercent } from "../percent/parse-percent";
import type { PaymentShare } from "../schedule/payment-part";
import type { ContractDraft } from "./contract-draft";
import type { FieldErrors } from "./field-errors";

export type SchedulePart = {
  kind: "deposit" | "milestone";
  /** Field path of the value input, for messages. */
  field: string;
  share: PaymentShare | null;
};

/** Reads the deposit and milestone shares as typed; unreadable ones are null. */
export function readShares(draft: ContractDraft, errors: FieldErrors | null): SchedulePart[] {
  const { currency, numberLocale: locale, payment } = draft;
  const parts: SchedulePart[] = [];
  const share = (mode: "percent" | "amount" | "rest", raw: string, field: string, label: string): PaymentShare | null => {
    if (mode === "rest") return { mode: "rest" };
    const result =
      mode === "percent"
        ? parsePercent(raw, locale, { label: `the percentage for ${label}` })
        : parseMoney(raw, currency, locale, { allowZero: false, label: `the amount for ${label}` });
    if (!result.ok) {
      errors?.add(field, result.error);
      return null;
    }
    return mode === "percent" ? { mode, basisPoints: result.value } : { mode, minor: result.value };
  };
  if (payment.depositMode !== "none") {
    parts.push({ kind: "deposit", field: "payment.depositValue", share: share(payment.depositMode, payment.depositValue, "payment.depositValue", "the deposit") });
  }
  payment.milestones.forEach((m, i) => {
    const field = `payment.milestones.${i}.shareValue`;
    parts.push({ kind: "milestone", field, share: share(m.shareMode, m.shareValue, field, `milestone ${i + 1}`) });
  });
  return parts;
}

