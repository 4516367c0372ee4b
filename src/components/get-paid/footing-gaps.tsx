import { useStore } from "@nanostores/react";
import { $footingCheck } from "../../stores/get-paid-plan";

const LABEL = { gap: "Gap", warning: "Check", ok: "In order" } as const;

/** What the answers above say about the claim: gaps first, each with what to do about it. */
export function FootingGaps() {
  const items = useStore($footingCheck);
  const order = { gap: 0, warning: 1, ok: 2 } as const;
  const sorted = [...items].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <section className="footing-gaps" aria-labelledby="footing-gaps-title">
      <h2 id="footing-gaps-title">What this means for your claim</h2>
      <ul className="footing-gaps__list">
        {sorted.map((item) => (
          <li key={item.id} className={`footing-gaps__item footing-gaps__item--${item.severity}`}>
            <span className={`tag ${item.severity === "gap" ? "tag--red" : item.severity === "warning" ? "tag--blue" : "tag--green"}`}>{LABEL[item.severity]}</span>{" "}
            <strong>{item.message}</strong>
            {item.action ? <p className="footing-gaps__action">{item.action}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
