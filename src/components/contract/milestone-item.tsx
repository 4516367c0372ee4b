import type { DeliverableDraft, MilestoneDraft } from "../../domain/contract/contract-draft";
import { fieldId } from "../../domain/contract/contract-steps";
import type { DraftForm } from "../../stores/draft-form";
import { Checkboxes } from "../form/checkboxes";
import { DateField } from "../form/date-field";
import { MoneyField } from "../form/money-field";
import { PercentField } from "../form/percent-field";
import { Radios } from "../form/radios";
import { SelectField } from "../form/select-field";
import { TextField } from "../form/text-field";
import { RepeaterActions } from "./repeater-actions";

type Props = {
  form: DraftForm;
  milestone: MilestoneDraft;
  index: number;
  count: number;
  deliverables: readonly DeliverableDraft[];
  currency: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One payment after the deposit: what it is for, when it is due and how much it is. */
export function MilestoneItem({ form, milestone, index, count, deliverables, currency, onMove, onRemove }: Props) {
  const at = (field: string) => `payment.milestones.${index}.${field}`;
  const covers = form.list(at("deliverableIds"));
  const due = form.text(at("dueKind"));
  const share = form.text(at("shareMode"));
  const named = deliverables.map((d, i) => ({ value: d.id, label: d.title.trim() || `Deliverable ${i + 1}` }));
  // "The rest" has no input of its own, so its radio is where a message about its amount points.
  const restId = milestone.shareMode === "rest" ? fieldId(at("shareValue")) : undefined;

  return (
    <li className="repeater__item">
      <fieldset className="fieldset">
        <legend className="fieldset__legend repeater__title">Milestone {index + 1}</legend>
        <TextField {...form.text(at("name"))} label="Name" hint="For example “Designs approved” or “Website launched”." />
        {named.length > 0 ? (
          <Checkboxes {...covers} legend="Which deliverables does it cover? (optional)" hint="Select all that apply." options={named} />
        ) : (
          <p className="field__hint">Add deliverables on the scope of work step to link them to this payment.</p>
        )}
        <Radios
          id={due.id}
          legend="When is it due?"
          value={due.value}
          onChange={due.onChange}
          options={[
            {
              value: "date",
              label: "On a date",
              reveal: <DateField {...form.text(at("dueDate"))} label="Invoice date" hint="The date you send the invoice; your client then has the payment term (next section) to pay it." />,
            },
            {
              value: "acceptance",
              label: "When your client accepts a deliverable",
              hint: "Ties payment to finished work, so neither side waits on the other.",
              reveal: (
                <>
                  <SelectField {...form.text(at("acceptanceOf"))} label="Which deliverable?" options={named} placeholder="Choose a deliverable" />
                  <DateField
                    {...form.text(at("expectedDate"))}
                    label="When do you expect that? (optional)"
                    hint="For planning and the chart below. If empty, the end date is used."
                  />
                </>
              ),
            },
          ]}
        />
        <Radios
          id={share.id}
          legend="How much is it?"
          value={share.value}
          onChange={share.onChange}
          options={[
            {
              value: "percent",
              label: "A percentage of the total",
              reveal: <PercentField {...form.text(at("shareValue"))} label="Percentage" />,
            },
            {
              value: "amount",
              label: "A fixed amount",
              reveal: <MoneyField {...form.text(at("shareValue"))} currency={currency} label="Amount" />,
            },
            {
              value: "rest",
              label: "The rest of the total",
              hint: "Whatever the deposit and the other milestones leave. Only one milestone can take the rest.",
              ...(restId ? { id: restId, error: form.error(at("shareValue")) } : {}),
            },
          ]}
        />
      </fieldset>
      <RepeaterActions noun="milestone" itemId={milestone.id} position={index + 1} count={count} onMove={onMove} onRemove={onRemove} />
    </li>
  );
}
