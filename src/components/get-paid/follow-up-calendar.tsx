import { useStore } from "@nanostores/react";
import { useState } from "react";
import { $checkedCase } from "../../stores/get-paid-case";
import { $plan } from "../../stores/get-paid-plan";
import { saveBlob } from "../document/save-blob";

/** The plan's follow-up dates as a calendar file, so the user's own calendar reminds them. */
export function FollowUpCalendar() {
  const overdue = useStore($checkedCase);
  const plan = useStore($plan);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (!overdue || !plan) return null;
  const todo = plan.steps.filter((s) => s.state.kind === "todo").length;

  const download = async () => {
    try {
      // The calendar library is only loaded when a calendar file is asked for.
      const { followUpCalendar, followUpCalendarFileName } = await import("../../domain/get-paid/follow-up-calendar");
      const ics = followUpCalendar(plan, overdue, new Date());
      if (!ics.ok) throw new Error(ics.error);
      const name = followUpCalendarFileName(overdue);
      saveBlob(new Blob([ics.value], { type: "text/calendar;charset=utf-8" }), name);
      setStatus({ ok: true, text: `Downloaded ${name} with ${todo === 1 ? "1 date" : `${todo} dates`}.` });
    } catch (error) {
      console.error(error);
      setStatus({ ok: false, text: "The calendar file could not be made. Reload the page and try again (your answers are kept)." });
    }
  };

  return (
    <div className="stack stack--small follow-up-calendar">
      <button type="button" className="button button--secondary" onClick={download} disabled={todo === 0} data-testid="download-follow-ups-ics">
        Add the follow-up dates to your calendar (.ics)
      </button>
      <p role="status" className={status ? (status.ok ? "status" : "status status--bad") : undefined}>
        {status?.text ?? ""}
      </p>
    </div>
  );
}
