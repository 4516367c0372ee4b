import { useStore } from "@nanostores/react";
import { useState } from "react";
import { formatDate, isValidCalendarDate } from "../../domain/dates/calendar-date";
import { documentDateLocale } from "../../domain/dates/document-date-locale";
import type { PlanStep } from "../../domain/get-paid/escalation-plan";
import { mailtoLink } from "../../domain/get-paid/mailto";
import { type MessageContext, stepMessage } from "../../domain/get-paid/messages";
import type { OverdueCase } from "../../domain/get-paid/overdue-case";
import { announce } from "../../stores/announcer";
import { $overdue, $overdueReadOnly, MESSAGE_LIMITS, editMessage, markSent, markSkipped, markToDo, resetMessage } from "../../stores/overdue-draft";
import { DateField } from "../form/date-field";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";

type Props = { step: PlanStep; overdue: OverdueCase; context: MessageContext; isNext: boolean };

const TIMING_TAG = {
  today: { className: "tag tag--blue", text: "Today" },
  overdue: { className: "tag tag--red", text: "Due" },
  upcoming: { className: "tag tag--grey", text: "Later" },
} as const;

const CHANNEL = { email: "By e-mail", "phone-or-email": "By phone, then e-mail", "email-and-post": "By e-mail and post", none: "" } as const;

/** One step of the plan: when, what and why; its message, ready to copy or send; and whether it is done. */
export function PlanStepCard({ step, overdue, context, isNext }: Props) {
  const draft = useStore($overdue);
  const readOnly = useStore($overdueReadOnly);
  const [sentOn, setSentOn] = useState(overdue.asOf);
  const [dateError, setDateError] = useState<string | null>(null);
  const date = (d: string) => formatDate(d, documentDateLocale(overdue.invoice.locale));
  const message = stepMessage(step, overdue, draft.messages, context);
  const edit = Object.hasOwn(draft.messages, step.id) ? draft.messages[step.id] : undefined;
  const id = `plan-step-${step.id}`;
  const done = step.state.kind !== "todo";
  // An option (agency, court, lawyer) is done or passed over, not sent.
  const option = step.kind === "option";

  const mail = message && message.to ? mailtoLink({ to: message.to, cc: message.cc, subject: message.subject, body: message.body }) : null;

  const copy = async (what: "subject" | "message", text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      announce(what === "subject" ? "Subject copied." : "Message copied. Paste it into your e-mail.");
    } catch {
      announce("This browser did not allow copying. Select the text and copy it yourself.");
    }
  };

  const send = () => {
    if (!isValidCalendarDate(sentOn)) {
      setDateError("Enter the date you sent it");
      document.getElementById(`${id}-sent-on`)?.focus();
      return;
    }
    setDateError(null);
    const full = markSent(step, sentOn);
    announce(`${step.title}: marked ${option ? "done" : "sent"} on ${date(sentOn)} and added to your evidence log.${full ? ` ${full}` : ""}`);
  };

  return (
    <li id={id} className={`plan-step plan-step--${step.kind}${isNext ? " plan-step--next" : ""}${done ? " plan-step--done" : ""}`} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <p className="plan-step__when">
        <span className="plan-step__date">{date(step.date)}</span>
        {step.day > 0 ? <span className="plan-step__day"> · day {step.day}</span> : null}
        {" "}
        {step.state.kind === "sent" ? (
          <span className="tag tag--green">
            {option ? "Done" : "Sent"}
            {step.state.on ? ` on ${date(step.state.on)}` : ""}
          </span>
        ) : step.state.kind === "skipped" ? (
          <span className="tag tag--grey">Skipped</span>
        ) : step.timing !== "done" ? (
          <span className={TIMING_TAG[step.timing].className}>{TIMING_TAG[step.timing].text}</span>
        ) : null}
      </p>
      <h3 id={`${id}-title`} className="plan-step__title">
        {step.title}
      </h3>
      <p className="plan-step__detail">
        {CHANNEL[step.channel] ? <strong>{CHANNEL[step.channel]}. </strong> : null}
        {step.detail}
        {step.deadline ? ` Pay-by date to give: ${date(step.deadline)}.` : ""}
      </p>
      {step.kind === "letter" ? (
        <p>
          The letter itself is under <a href="#letters-title">Letters</a>; the message below is the covering e-mail.
        </p>
      ) : null}

      {message && !done ? (
        <details className="plan-step__message" open={isNext}>
          <summary>{step.kind === "call" ? "What to say, and the e-mail that confirms it" : "The message"}</summary>
          <p className="field__hint">
            To: {message.to || "your client (add their e-mail address on step 1)"}
            {message.cc.length > 0 ? ` · Copy: ${message.cc.join(", ")}` : ""}
          </p>
          <TextField
            id={`${id}-subject`}
            label="Subject"
            value={edit ? edit.subject : message.subject}
            maxLength={MESSAGE_LIMITS.subject}
            readOnly={readOnly}
            onChange={(text) => editMessage(step.id, "subject", text, message)}
          />
          <TextArea
            id={`${id}-body`}
            label="Message"
            hint={edit && (edit.body.trim() === "" || edit.subject.trim() === "") ? "An empty part is sent with the suggested wording." : undefined}
            rows={12}
            maxLength={MESSAGE_LIMITS.body}
            value={edit ? edit.body : message.body}
            onChange={(text) => editMessage(step.id, "body", text, message)}
          />
          <div className="button-group">
            <button type="button" className="button button--secondary button--small" onClick={() => copy("message", message.body)}>
              Copy message
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => copy("subject", message.subject)}>
              Copy subject
            </button>
            {mail?.href ? (
              <a className="button button--secondary button--small" href={mail.href}>
                Open in your e-mail app
              </a>
            ) : null}
            {message.edited && !readOnly ? (
              <button type="button" className="button button--secondary button--small" onClick={() => resetMessage(step.id)}>
                Use the suggested wording again
              </button>
            ) : null}
          </div>
          {mail && !mail.href ? <p className="field__hint">No e-mail link: {mail.reason}</p> : null}
        </details>
      ) : null}

      {readOnly ? null : done ? (
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`Undo: ${step.title}`}
            onClick={() => {
              markToDo(step.id);
              announce(`${step.title}: back to do.`);
            }}
          >
            Undo
          </button>
        </div>
      ) : (
        <div className="plan-step__actions">
          <DateField id={`${id}-sent-on`} label={option ? "Done on" : "Sent on"} error={dateError ?? undefined} value={sentOn} onChange={setSentOn} />
          <div className="button-group">
            <button type="button" className="button button--small" aria-label={`${option ? "Mark as done" : "Mark as sent"}: ${step.title}`} onClick={send}>
              {option ? "Mark as done" : "Mark as sent"}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Skip: ${step.title}`}
              onClick={() => {
                markSkipped(step.id, overdue.asOf);
                announce(`${step.title}: skipped.`);
              }}
            >
              Skip
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
