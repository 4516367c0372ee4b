import type { DraftForm } from "../../stores/draft-form";
import { PartyFieldset, partyAutoComplete } from "../form/party-fieldset";
import { SelectField } from "../form/select-field";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";
import { countryChoices } from "./country-options";

type Props = { form: DraftForm; who: "seller" | "buyer" };

/** Name, address, contact and tax details of one side of the invoice, as printed on it. */
export function InvoicePartyFields({ form, who }: Props) {
  const mine = who === "seller";
  const at = (field: string) => `${who}.${field}`;
  const auto = <T extends string>(value: T) => partyAutoComplete(mine, value);
  const country = form.text(at("country"));
  return (
    <PartyFieldset
      form={form}
      path={who}
      mine={mine}
      nameHint={mine ? "Your own name, or the name you trade under." : "The person the invoice is for."}
    >
      <TextArea
        {...form.text(at("address"))}
        label="Postal address"
        hint={mine ? "A VAT invoice must show your full address." : "A VAT invoice must show your client's full address."}
        rows={4}
        autoComplete={auto("street-address")}
      />
      <SelectField
        {...country}
        label="Country (optional)"
        hint={mine ? "Decides which VAT invoice rules Upfront checks for you." : "Needed to check whether your client's VAT number must be shown."}
        options={countryChoices(country.value)}
        placeholder="Not given"
      />
      <TextField
        {...form.text(at("email"))}
        label="Email address (optional)"
        type="email"
        autoComplete={auto("email")}
        spellCheck={false}
      />
      <TextField
        {...form.text(at("taxId"))}
        label="VAT number or tax ID (optional)"
        hint={mine ? "Your VAT registration number, if you are registered." : "Your client's VAT number, needed for reverse charge and other EU business sales."}
        width="medium"
        spellCheck={false}
      />
    </PartyFieldset>
  );
}
