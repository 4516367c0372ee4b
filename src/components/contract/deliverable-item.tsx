import type { DraftForm } from "../../stores/draft-form";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";
import { RepeaterActions } from "./repeater-actions";

type Props = {
  form: DraftForm;
  index: number;
  id: string;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

export function DeliverableItem({ form, index, id, count, onMove, onRemove }: Props) {
  const at = (field: string) => `scope.deliverables.${index}.${field}`;
  return (
    <li className="repeater__item">
      <fieldset className="fieldset">
        <legend className="fieldset__legend repeater__title">Deliverable {index + 1}</legend>
        <TextField {...form.text(at("title"))} label="Name" hint="For example “Home page design” or “Logo files”." />
        <TextArea {...form.text(at("description"))} label="Description (optional)" hint="What it is, in a sentence or two." rows={3} />
        <TextArea
          {...form.text(at("acceptanceCriteria"))}
          label="How your client will know it is done (optional)"
          hint="Acceptance criteria, like “Works in current Chrome, Firefox and Safari”. Clear criteria make sign-off, and payment, quicker."
          rows={3}
        />
      </fieldset>
      <RepeaterActions noun="deliverable" itemId={id} position={index + 1} count={count} onMove={onMove} onRemove={onRemove} />
    </li>
  );
}
