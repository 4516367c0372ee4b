import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import { splitTotal } from "../schedule/split-total";
import type { ContractDraft } from "./contract-draft";
import { type SchedulePart, readShares } from "./read-shares";
import { FieldErrors } from "./field-errors";
import { priceTotal, readPrice } from "./read-price";
import { usableDraft } from "./usable-draft";

export type SchedulePreview = {
  total: number | null;
  parts: SchedulePart[];
  /** Amount of each part, when every share is readable (null where it is not). */
  amounts: (number | null)[];
  allocated: number;
  left: number;
  sumBasisPoints: number;
  exact: boolean;
  roundedUp: number[];
  /** A sentence for the live status region, e.g. "Allocated $9,000.00 of $10,000.00 (90%). $1,000.00 left to allocate." */
  status: string;
};

export function previewSchedule(typed: ContractDraft): SchedulePreview {
  const draft = usableDraft(typed);
  const quiet = new FieldErrors("price");
  const price = readPrice(draft, draft.currency, draft.numberLocale, quiet);
  const total = price ? priceTotal(price) : null;
  const parts = readShares(draft, null);
  const empty = { total, parts, amounts: parts.map(() => null), allocated: 0, left: total ?? 0, sumBasisPoints: 0, exact: false, roundedUp: [] };
  if (total === null) return { ...empty, status: "Enter the price on the previous step to see the amounts." };
  const readable = parts.map((p) => p.share ?? ({ mode: "amount", minor: 0 } as const));
  // An unreadable share counts as 0 so the running total still moves as the user types.
  const usable = readable.filter((s) => !(s.mode === "amount" && s.minor === 0));
  const split = splitTotal(total, usable);
  const fmt = (m: number) => formatMoney(m, draft.currency, draft.numberLocale);
  if (split.ok && usable.length === readable.length) {
    return {
      ...empty,
      amounts: split.amounts,
      allocated: total,
      left: 0,
      sumBasisPoints: 10_000,
      exact: true,
      roundedUp: split.roundedUp,
      status: `Allocated ${fmt(total)} of ${fmt(total)} (100%). Nothing left to allocate.`,
    };
  }
  const approx: (number | null)[] = readable.map((s) =>
    s.mode === "amount" ? s.minor : s.mode === "percent" ? Math.round((total * s.basisPoints) / 10_000) : null,
  );
  // "The rest" takes whatever the other parts leave, never less than 0.
  const others = approx.reduce<number>((a, b) => a + (b ?? 0), 0);
  const restIndex = readable.findIndex((s) => s.mode === "rest");
  if (restIndex >= 0) approx[restIndex] = Math.max(0, total - others);
  const allocated = approx.reduce<number>((a, b) => a + (b ?? 0), 0);
  const sumBasisPoints = total === 0 ? 0 : Math.round((allocated / total) * 10_000);
  const left = total - allocated;
  const amounts = parts.map((p, i) => (p.share ? (approx[i] ?? null) : null));
  const where = `Allocated ${fmt(allocated)} of ${fmt(total)} (${formatPercent(sumBasisPoints, draft.numberLocale)}).`;
  const status =
    left > 0
      ? `${where} ${fmt(left)} left to allocate.`
      : left < 0
        ? `${where} That is ${fmt(-left)} too much: the deposit and milestones add up to ${formatPercent(sumBasisPoints, draft.numberLocale)}.`
        : `${where} Check each amount: the parts must add up to exactly the total.`;
  return { ...empty, amounts, allocated, left, sumBasisPoints, exact: false, status };
}
