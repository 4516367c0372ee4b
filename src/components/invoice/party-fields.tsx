import type { DraftForm } from "../../stores/draft-form";
import { SelectField } from "../form/select-field";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";
import { countryChoices } from "./country-options";

type Props = { form: DraftForm; who: "seller" | "buyer" };

/** Name, address, contact and tax details of one side of the invoice, as printed on it. */
export function InvoicePartyFields({ form, who }: Props) {
  const mine = who === "seller";
  const at = (field: string) => `${who}.${field}`;
  // The browser may fill in the user's own details, never the client's.
  const auto = <T extends string>(value: T) => (mine ? value : "off");
  const country = form.text(at("country"));
  return (
    <fieldset className="fieldset party">
      <legend className="fieldset__legend fieldset__legend--medium">
        <h2 className="fieldset__heading">{mine ? "Your details" : "Your client's details"}</h2>
      </legend>
      <TextField
        {...form.text(at("name"))}
        label="Full name"
        hint={mine ? "Your own name, or the name you trade under." : "The person the invoice is for."}
        autoComplete={auto("name")}
        spellCheck={false}
      />
      <TextField
        {...form.text(at("businessName"))}
        label="Business name (optional)"
        hint={mine ? "If you work through a company or under a trading name." : "If your client is a company, its registered name."}
        autoComplete={auto("organization")}
      />
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
    </fieldset>
  );
}
