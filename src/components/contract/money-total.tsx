import type { ReactNode } from "react";
import { useSettled } from "../form/use-settled";

type Props = { label: string; amount: string | null; empty: ReactNode };

/** One total, read out by a screen reader once the typing pauses (not at every keystroke). */
export function MoneyTotal({ label, amount, empty }: Props) {
  const spoken = useSettled(amount === null ? "" : `${label} ${amount}`);
  return (
    <div className={amount === null ? "money-total" : "money-total money-total--ok"}>
      <span className="visually-hidden" role="status">
        {spoken}
      </span>
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
