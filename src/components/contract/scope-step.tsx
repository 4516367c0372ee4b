import { useStore } from "@nanostores/react";
import { fieldId } from "../../domain/contract/contract-steps";
import { MAX_DELIVERABLES } from "../../domain/contract/text-limits";
import { announce } from "../../stores/announcer";
import { $draft, addDeliverable, moveDeliverable, removeDeliverable } from "../../stores/contract-draft";
import type { DraftForm } from "../../stores/draft-form";
import { forgetItemErrors } from "../../stores/wizard-step";
import { Checkbox } from "../form/checkbox";
import { ErrorMessage } from "../form/field";
import { MoneyField } from "../form/money-field";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";
import { WholeNumberField } from "../form/whole-number-field";
import { DeliverableItem } from "./deliverable-item";
import { focusAfterRender, focusMovedItem } from "./repeater-actions";

const titleId = (index: number) => fieldId(`scope.deliverables.${index}.title`);
/** The Add button doubles as the target of "Add at least one deliverable". */
const ADD_ID = fieldId("scope.deliverables");

/** Step 2: what you will deliver, what you won't, and how work is accepted and revised. */
export function ScopeStep({ form }: { form: DraftForm }) {
  const draft = useStore($draft);
  const { deliverables } = draft.scope;
  const count = deliverables.length;
  const listError = form.error("scope.deliverables");

  const add = () => {
    if (addDeliverable() === null) return;
    announce(`Deliverable ${count + 1} added.`);
    focusAfterRender(titleId(count));
  };
  const remove = (index: number, id: string) => {
    removeDeliverable(id);
    forgetItemErrors("scope.deliverables");
    const left = count - 1;
    announce(`Deliverable ${index + 1} removed. ${left === 1 ? "1 deliverable" : `${left} deliverables`} left.`);
    focusAfterRender(left === 0 ? ADD_ID : titleId(Math.min(index, left - 1)));
  };
  const move = (index: number, id: string, by: -1 | 1) => {
    moveDeliverable(id, by);
    forgetItemErrors("scope.deliverables");
    announce(`Deliverable moved to position ${index + 1 + by} of ${count}.`);
    focusMovedItem("deliverable", id, by, index + 1 + by, count);
  };

  return (
    <>
      <p className="lead">A clear scope is what lets you say “that's extra” politely, and get paid for it.</p>
      <TextField {...form.text("scope.title")} label="Project title" hint="A short name, like “New website for Rossi Bakery”." />
      <TextArea {...form.text("scope.summary")} label="Project summary" hint="What the project is for, in one or two sentences." rows={3} />

      <section className="field" aria-labelledby="deliverables-title">
        <div className={listError ? "field--error list-heading" : "list-heading"}>
          <h2 id="deliverables-title">Deliverables</h2>
          <p className="field__hint">Each thing you will hand over. Payments can be tied to them on a later step.</p>
          {listError ? <ErrorMessage id={`${ADD_ID}-error`}>{listError}</ErrorMessage> : null}
        </div>
        {count > 0 ? (
          <ol className="repeater">
            {deliverables.map((d, index) => (
              <DeliverableItem
                key={d.id}
                form={form}
                index={index}
                id={d.id}
                count={count}
                onMove={(by) => move(index, d.id, by)}
                onRemove={() => remove(index, d.id)}
              />
            ))}
          </ol>
        ) : null}
        {count < MAX_DELIVERABLES ? (
          <button type="button" id={ADD_ID} className="button button--secondary" onClick={add} aria-describedby={listError ? `${ADD_ID}-error` : undefined}>
            Add another deliverable
          </button>
        ) : (
          <p className="field__hint" id={ADD_ID} tabIndex={-1}>
            You have added the most deliverables a contract can have ({MAX_DELIVERABLES}).
          </p>
        )}
      </section>

      <h2>Limits</h2>
      <TextArea
        {...form.text("scope.exclusions")}
        label="What is not included (optional)"
        hint="One per line. Naming what's out of scope turns “just one more thing” into a paid change."
        rows={4}
      />
      <TextArea
        {...form.text("scope.clientResponsibilities")}
        label="What your client must do (optional)"
        hint="One per line, like “Send all text and photos before the work starts”, “Give access to the website”, or “Send feedback within 5 working days”."
        rows={4}
      />

      <h2>Revisions and sign-off</h2>
      <WholeNumberField
        {...form.text("scope.revisionRounds")}
        label="Rounds of revisions included"
        hint="Per deliverable. A round is one list of changes sent at one time. 2 is common."
        suffix="rounds"
      />
      <MoneyField
        {...form.text("scope.extraRoundRate")}
        currency={draft.currency}
        label="Price of each extra round (optional)"
        hint="Leave it empty to quote extra rounds as change requests."
      />
      <WholeNumberField
        {...form.text("scope.acceptanceDays")}
        label="Days your client has to accept a deliverable"
        hint="If they don't list what's wrong in this time, the deliverable counts as accepted, so a silent client can't hold up payment."
        suffix="days"
      />
      <Checkbox
        {...form.flag("scope.changeRequestsInWriting")}
        label="Change requests must be in writing and quoted before work starts"
        hint="So extra work is agreed, and priced, before you do it."
      />
    </>
  );
}
