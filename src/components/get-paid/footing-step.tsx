import type { DraftForm } from "../../stores/draft-form";
import { Checkboxes } from "../form/checkboxes";
import { Radios } from "../form/radios";
import { TextArea } from "../form/text-area";
import { SMALL_CLAIMS_LIMITS } from "../../domain/get-paid/small-claims-limits";
import { SelectField } from "../form/select-field";
import { WholeNumberField } from "../form/whole-number-field";
import { FootingGaps } from "./footing-gaps";

const YES_PARTLY_NO = [
  { value: "yes", label: "Yes" },
  { value: "partly", label: "Partly" },
  { value: "no", label: "No" },
] as const;

/** Step 2: what the claim stands on. The answers shape the advice, and gaps are named with what to do. */
export function FootingStep({ form }: { form: DraftForm }) {
  const agreed = form.text("footing.agreedInWriting");
  const delivered = form.text("footing.delivered");
  const accepted = form.text("footing.accepted");
  const contact = form.text("footing.contactSoFar");
  const pause = form.text("footing.pauseWork");
  return (
    <>
      <p className="lead">
        Before you chase, check what your claim stands on. A client who owes you money can still win an argument about what was
        agreed, so find the weak spots now, while they are easy to mend.
      </p>
      <Radios id={agreed.id} legend="Was the work and its price agreed in writing?" hint="A signed contract, an accepted quote or an e-mail that says yes all count." error={agreed.error} value={agreed.value} onChange={agreed.onChange} options={YES_PARTLY_NO} inline />
      <Radios id={delivered.id} legend="Did you deliver the work the invoice is for?" error={delivered.error} value={delivered.value} onChange={delivered.onChange} options={YES_PARTLY_NO} inline />
      <Radios
        id={accepted.id}
        legend="Did the client accept the work?"
        error={accepted.error}
        value={accepted.value}
        onChange={accepted.onChange}
        options={[
          { value: "in-writing", label: "Yes, in writing", hint: "An e-mail or message approving it, a signed acceptance." },
          { value: "by-use", label: "Yes, by using it", hint: "They launched the site, printed the brochure, used the report." },
          { value: "no", label: "Not yet", hint: "They have not said either way." },
          { value: "disputed", label: "No, they say something is wrong" },
        ]}
      />
      <Checkboxes
        {...form.list("footing.evidenceKept")}
        legend="What do you have on file?"
        hint="Tick what you could show a collector, a mediator or a court tomorrow."
        options={[
          { value: "contract", label: "The signed contract or accepted quote" },
          { value: "scope-changes", label: "Agreed changes to the scope, in writing" },
          { value: "acceptance", label: "The client’s acceptance of the work" },
          { value: "delivery", label: "Proof of delivery (files sent, a launch date, a handover e-mail)" },
          { value: "invoice", label: "The invoice and proof it was sent" },
          { value: "reminders", label: "Copies of reminders sent" },
          { value: "call-notes", label: "Notes of calls: date, who, what was said" },
        ]}
      />
      <Radios
        id={contact.id}
        legend="What contact has there been about this invoice?"
        error={contact.error}
        value={contact.value}
        onChange={contact.onChange}
        options={[
          { value: "none", label: "None since I sent it" },
          { value: "reminded", label: "I have sent reminders, with no answer" },
          { value: "talked", label: "We have talked about it" },
          { value: "promised", label: "They promised to pay" },
          { value: "refused", label: "They said they will not pay" },
        ]}
      />
      <TextArea {...form.text("footing.clientSaid")} label="What has the client said? (optional)" hint="In their words where you can: it shapes the next message." rows={4} />
      <Radios
        id={pause.id}
        legend="Does your contract let you pause work while an invoice is overdue?"
        hint="Upfront’s contracts have this clause unless you turned it off."
        error={pause.error}
        value={pause.value}
        onChange={pause.onChange}
        options={[
          {
            value: "yes",
            label: "Yes",
            reveal: <WholeNumberField {...form.text("footing.pauseWorkAfterDays")} label="After how many days overdue?" suffix="days" />,
          },
          { value: "no", label: "No, or I don’t know" },
        ]}
      />
      <SelectField
        {...form.text("footing.courtIn")}
        label="Where would you go to court if it came to that? (optional)"
        hint="Usually where your client is based. The plan then shows that small-claims court’s limit, with its source."
        options={[{ value: "", label: "Not sure yet" }, ...SMALL_CLAIMS_LIMITS.map((l) => ({ value: l.key, label: l.place })), { value: "elsewhere", label: "Somewhere else" }]}
      />
      <FootingGaps />
    </>
  );
}
