import type { ReactNode } from "react";
import type { DraftForm } from "../../stores/draft-form";
import { TextField } from "./text-field";

type Props = {
  form: DraftForm;
  /** Where the party's answers are in the draft ("you", "seller"). */
  path: string;
  /** The user's own details, not the client's. */
  mine: boolean;
  nameHint: string;
  /** The party's other fields, after its name and business name. */
  children: ReactNode;
};

/** The browser may fill in the user's own details, never the client's. */
export function partyAutoComplete<T extends string>(mine: boolean, value: T): T | "off" {
  return mine ? value : "off";
}

/** One side of a contract or invoice: its heading, name and business name, then the rest. */
export function PartyFieldset({ form, path, mine, nameHint, children }: Props) {
  return (
    <fieldset className="fieldset party">
      <legend className="fieldset__legend fieldset__legend--medium">
        <h2 className="fieldset__heading">{mine ? "Your details" : "Your client's details"}</h2>
      </legend>
      <TextField
        {...form.text(`${path}.name`)}
        label="Full name"
        hint={nameHint}
        autoComplete={partyAutoComplete(mine, "name")}
        spellCheck={false}
      />
      <TextField
        {...form.text(`${path}.businessName`)}
        label="Business name (optional)"
        hint={mine ? "If you work through a company or under a trading name." : "If your client is a company, its registered name."}
        autoComplete={partyAutoComplete(mine, "organization")}
      />
      {children}
    </fieldset>
  );
}
