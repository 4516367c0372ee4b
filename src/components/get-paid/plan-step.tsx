import { useStore } from "@nanostores/react";
import { useMemo } from "react";
import { formatDate } from "../../domain/dates/calendar-date";
import { documentDateLocale } from "../../domain/dates/document-date-locale";
import { furthestDueStep, nextStep, stepsToDoBefore } from "../../domain/get-paid/escalation-plan";
import { GET_PAID_STEPS } from "../../domain/get-paid/get-paid-steps";
import { messageContext } from "../../domain/get-paid/message-context";
import { formatMoney } from "../../domain/money/format-money";
import { displayName } from "../../domain/text/display-name";
import { $caseInterest, $caseRead, $checkedCase, userToday } from "../../stores/get-paid-case";
import { $plan } from "../../stores/get-paid-plan";
import { announce } from "../../stores/announcer";
import { fixCaseField } from "../../stores/get-paid-step";
import { $overdue, markSkipped } from "../../stores/overdue-draft";
import { getPaidStepOfField } from "../../domain/get-paid/get-paid-steps";
import { MissingAnswers } from "../wizard/missing-answers";
import { EvidenceLog } from "./evidence-log";
import { FollowUpCalendar } from "./follow-up-calendar";
import { LettersPanel } from "./letters-panel";
import { PlanStepCard } from "./plan-step-card";

/** Step 5: what to send today, the dated plan with its messages, the letters, the calendar and the evidence log. */
export function PlanStep() {
  const read = useStore($caseRead);
  const overdue = useStore($checkedCase);
  const interest = useStore($caseInterest);
  const plan = useStore($plan);
  const draft = useStore($overdue);
  const context = useMemo(() => (overdue ? messageContext(overdue, interest, draft.letters) : {}), [overdue, interest, draft.letters]);
  const claimText = context.claimText;

  if (!read.ok || !overdue || !plan) {
    const errors = read.ok ? [] : read.errors.map((e) => ({ ...e, step: getPaidStepOfField(e.field) }));
    return (
      <MissingAnswers
        intro="The plan is written from your answers. It can be made once these are done:"
        steps={GET_PAID_STEPS}
        errors={errors}
        fixHref={(step) => `?step=${step}`}
        fix={(_step, field) => fixCaseField(field)}
      />
    );
  }

  const money = (m: number) => formatMoney(m, overdue.invoice.currency, overdue.invoice.locale);
  const date = (d: string) => formatDate(d, documentDateLocale(overdue.invoice.locale));
  const next = nextStep(plan);
  const furthest = furthestDueStep(plan);
  const client = displayName(overdue.client);
  const planned = overdue.asOf !== userToday();

  return (
    <>
      <section className="today-card" aria-labelledby="today-title" data-testid="today-card">
        <h2 id="today-title">{planned ? `On ${date(overdue.asOf)}` : "Today"}</h2>
        <p className="today-card__facts">
          Invoice {overdue.invoice.number} to {client}: <strong>{money(overdue.balance)}</strong>{" "}
          {overdue.status === "overdue"
            ? `is ${overdue.daysOverdue === 1 ? "1 day" : `${overdue.daysOverdue} days`} overdue (it was due on ${date(overdue.invoice.dueDate)}).`
            : overdue.status === "paid"
              ? "has been paid in full. Nothing more to send."
              : `is due on ${date(overdue.invoice.dueDate)}${overdue.daysUntilDue > 0 ? `, in ${overdue.daysUntilDue === 1 ? "1 day" : `${overdue.daysUntilDue} days`}` : ", today"}.`}
        </p>
        {claimText ? <p>{claimText}</p> : null}
        {next ? (
          <p className="today-card__next">
            {next.when === "upcoming" ? "Next: " : next.when === "late" ? "Do now (it was planned for " + date(next.step.date) + "): " : "Do today: "}
            <a href={`#plan-step-${next.step.id}`}>{next.step.title}</a>
            {next.when === "upcoming" ? ` on ${date(next.step.date)}` : ""}.
          </p>
        ) : null}
        {next && furthest ? (
          <div className="today-card__catch-up">
            <p>
              {overdue.daysOverdue} days after the due date, the plan has reached <a href={`#plan-step-${furthest.id}`}>{furthest.title}</a>. If
              you have already chased, skip the earlier steps and start there. (Steps you did send are better marked sent, each with its
              date, so they go in your evidence log.)
            </p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                const earlier = stepsToDoBefore(plan, furthest).map((s) => s.id);
                markSkipped(earlier, overdue.asOf);
                announce(`${earlier.length === 1 ? "1 earlier step" : `${earlier.length} earlier steps`} skipped. Next: ${furthest.title}.`);
                requestAnimationFrame(() => document.getElementById(`plan-step-${furthest.id}`)?.focus());
              }}
            >
              Skip the earlier steps
            </button>
          </div>
        ) : null}
        {!next && overdue.status !== "paid" ? (
          <p className="today-card__next">Every step of the plan is done. See the options at the end of the plan.</p>
        ) : null}
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">The plan, day by day</h2>
        <p className="field__hint">
          Days count from the due date. Mark each step sent when you have sent it: it is added to your evidence log with the date.
        </p>
        <ol className="plan-timeline">
          {plan.steps.map((step) => (
            <PlanStepCard key={step.id} step={step} overdue={overdue} context={context} isNext={next?.step.id === step.id} />
          ))}
        </ol>
        <FollowUpCalendar />
      </section>

      <LettersPanel />
      <EvidenceLog />
    </>
  );
}
