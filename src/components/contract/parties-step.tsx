import { UK_JURISDICTIONS, EU_COUNTRIES, US_STATES } from "../../domain/law/governing-law";
import type { DraftForm } from "../../stores/draft-form";
import { Radios } from "../form/radios";
import { NUMBER_STYLES, currencyChoices } from "../form/money-options";
import { SelectField } from "../form/select-field";
import { TextField } from "../form/text-field";
import { PartyFields } from "./party-fields";

const places = (list: readonly { code: string; name: string }[]) => list.map((p) => ({ value: p.code, label: p.name }));

/** Step 1: who the contract is between, which law applies, and the money it is written in. */
export function PartiesStep({ form }: { form: DraftForm }) {
  const kind = form.text("law.kind");
  const uk = form.text("law.ukJurisdiction");
  return (
    <>
      <p className="lead">Who the contract is between, and which rules apply. The contract itself is written in English.</p>
      <PartyFields form={form} who="you" />
      <PartyFields form={form} who="client" />

      <h2>Law and money</h2>
      <Radios
        id={kind.id}
        legend="Which law applies to the contract?"
        hint="Usually where you are based. Its courts hear any dispute, and its rules decide what late fees are allowed."
        value={kind.value}
        onChange={kind.onChange}
        options={[
          {
            value: "us-state",
            label: "A US state",
            reveal: <SelectField {...form.text("law.usState")} label="State" options={places(US_STATES)} placeholder="Choose a state" />,
          },
          {
            value: "uk",
            label: "The United Kingdom",
            reveal: (
              <Radios
                id={uk.id}
                legend="Which part of the UK?"
                hint="The UK has three legal systems."
                value={uk.value}
                onChange={uk.onChange}
                options={UK_JURISDICTIONS.map((j) => ({ value: j.code, label: j.name }))}
              />
            ),
          },
          {
            value: "eu",
            label: "A country in the European Union",
            reveal: <SelectField {...form.text("law.euCountry")} label="Country" options={places(EU_COUNTRIES)} placeholder="Choose a country" />,
          },
          {
            value: "other",
            label: "Somewhere else",
            reveal: <TextField {...form.text("law.otherName")} label="Country, state or province" width="medium" />,
          },
        ]}
      />
      <SelectField
        {...form.text("currency")}
        label="Currency of the contract"
        hint="Every amount in the contract is in this currency."
        options={currencyChoices()}
      />
      <SelectField
        {...form.text("numberLocale")}
        label="How numbers are written"
        hint="How you type amounts in this form, and how they are printed in the contract."
        options={NUMBER_STYLES}
      />
    </>
  );
}
