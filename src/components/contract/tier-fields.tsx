import type { TierDraft } from "../../domain/contract/contract-draft";
import { fieldId } from "../../domain/contract/contract-steps";
import { contractMaxLength, setTier } from "../../stores/contract-draft";
import type { DraftForm } from "../../stores/draft-form";
import { MoneyField } from "../form/money-field";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";

type Props = { form: DraftForm; tier: TierDraft; index: number; currency: string };

/** One of the three options (good, better, best) offered to the client. */
export function TierFields({ form, tier, index, currency }: Props) {
  const bind = (field: "name" | "price" | "includes") => {
    const path = `price.tiers.${index}.${field}`;
    return {
      id: fieldId(path),
      value: tier[field],
      error: form.error(path),
      maxLength: contractMaxLength(path),
      onChange: (value: string) => setTier(index, field, value),
    };
  };
  return (
    <fieldset className="fieldset tier">
      <legend className="fieldset__legend repeater__title">Option {index + 1}</legend>
      <TextField {...bind("name")} label="Name" width="medium" />
      <MoneyField {...bind("price")} currency={currency} label="Price" />
      <TextArea {...bind("includes")} label="What it includes" hint="One item per line." rows={3} />
    </fieldset>
  );
}
