import type { DraftForm } from "../../stores/draft-form";
import { PartyFieldset, partyAutoComplete } from "../form/party-fieldset";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";

type Props = { form: DraftForm; who: "you" | "client" };

/** Name, address and contact details of one side of the contract, as they appear on it. */
export function PartyFields({ form, who }: Props) {
  const mine = who === "you";
  const at = (field: string) => `${who}.${field}`;
  const auto = <T extends string>(value: T) => partyAutoComplete(mine, value);
  return (
    <PartyFieldset
      form={form}
      path={who}
      mine={mine}
      nameHint={mine ? "The person who signs the contract." : "The person who signs for your client."}
    >
      <TextArea
        {...form.text(at("address"))}
        label="Postal address"
        hint="Where letters about the contract can be sent."
        rows={4}
        autoComplete={auto("street-address")}
      />
      <TextField
        {...form.text(at("email"))}
        label="Email address"
        hint={mine ? undefined : "Where you send invoices and notices."}
        type="email"
        autoComplete={auto("email")}
        spellCheck={false}
      />
      <TextField
        {...form.text(at("taxId"))}
        label="Tax or VAT number (optional)"
        hint="Add it if invoices must show it."
        width="medium"
        spellCheck={false}
      />
      <TextField
        {...form.text(at("basedIn"))}
        label={mine ? "Where you are based (optional)" : "Where your client is based (optional)"}
        hint="Country, and state or region if it matters, like “Ontario, Canada”."
        autoComplete={mine ? "country-name" : "off"}
      />
    </PartyFieldset>
  );
}
