import type { ReactNode } from "react";

type Props = { label: string; amount: string | null; empty: ReactNode };

/** One total in a polite live region, so a screen reader hears it change as the price is typed. */
export function MoneyTotal({ label, amount, empty }: Props) {
  return (
    <div className={amount === null ? "money-total" : "money-total money-total--ok"} role="status" aria-live="polite">
      {amount === null ? (
        <span className="money-total__label">{empty}</span>
      ) : (
        <span className="money-total__item">
          <span className="money-total__label">{label}</span>
          <span className="money-total__value">{amount}</span>
        </span>
      )}
    </div>
  );
}
