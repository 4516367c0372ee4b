import type { DraftForm } from "../../stores/draft-form";
import { TextArea } from "../form/text-area";
import { TextField } from "../form/text-field";

type Props = { form: DraftForm; who: "you" | "client" };

/** Name, address and contact details of one side of the contract, as they appear on it. */
export function PartyFields({ form, who }: Props) {
  const mine = who === "you";
  const at = (field: string) => `${who}.${field}`;
  // The browser may fill in the user's own details, never the client's.
  const auto = <T extends string>(value: T) => (mine ? value : "off");
  return (
    <fieldset className="fieldset party">
      <legend className="fieldset__legend fieldset__legend--medium">
        <h2 className="fieldset__heading">{mine ? "Your details" : "Your client's details"}</h2>
      </legend>
      <TextField
        {...form.text(at("name"))}
        label="Full name"
        hint={mine ? "The person who signs the contract." : "The person who signs for your client."}
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
    </fieldset>
  );
}
