import type { ReactNode } from "react";
import type { DraftForm } from "../../stores/draft-form";
import { Checkbox } from "../form/checkbox";
import { PercentField } from "../form/percent-field";
import { Radios } from "../form/radios";
import { WholeNumberField } from "../form/whole-number-field";

type Clause = { path: string; label: string; why: string; reveal?: (form: DraftForm) => ReactNode };

const CLAUSES: Clause[] = [
  {
    path: "protections.killFee",
    label: "A kill fee if your client cancels",
    why: "If the client cancels halfway, you are paid for the time you reserved for them.",
    reveal: (form) => {
      const mode = form.text("protections.killFee.mode");
      return (
        <Radios
          id={mode.id}
          legend="What does your client pay on cancelling?"
          value={mode.value}
          onChange={mode.onChange}
          options={[
            {
              value: "percent-of-remaining",
              label: "The work done so far, plus a share of the fee not yet due",
              reveal: <PercentField {...form.text("protections.killFee.percent")} label="Share of the fee not yet due" />,
            },
            {
              value: "by-phase",
              label: "Every payment for work already started",
              hint: "Including the milestone in progress when they cancel.",
            },
          ]}
        />
      );
    },
  },
  {
    path: "protections.pauseWork",
    label: "Pause work when a payment is overdue",
    why: "You stop adding unpaid work to the pile, and the deadlines move back by the length of the pause.",
    reveal: (form) => (
      <WholeNumberField {...form.text("protections.pauseWork.overdueDays")} label="Pause when a payment is more than this late" suffix="days" />
    ),
  },
  {
    path: "protections.ownershipOnFullPayment",
    label: "Your client owns the work only once it is paid for in full",
    why: "Until you are paid, your client can't use the work as their own, which gives them a good reason to pay.",
  },
  {
    path: "protections.confidentiality",
    label: "Confidentiality",
    why: "Both sides keep each other's business information private, so your client can share what you need to do the job.",
  },
  {
    path: "protections.termination",
    label: "Either side can end the contract with notice",
    why: "You can leave a project that is going wrong without breaking the contract, and you are paid for the work done until then.",
    reveal: (form) => <WholeNumberField {...form.text("protections.termination.noticeDays")} label="Notice period" suffix="days" />,
  },
  {
    path: "protections.disputeResolution",
    label: "Try to settle disagreements before going to court",
    why: "You talk first, then try mediation, then go to small claims or court: most disputes end at the cheap first step.",
    reveal: (form) => (
      <WholeNumberField {...form.text("protections.disputeResolution.talkDays")} label="Days to talk it through first" suffix="days" />
    ),
  },
  {
    path: "protections.independentContractor",
    label: "You are an independent contractor, not an employee",
    why: "You decide how and when you work, can take other clients, and your client can't treat you as staff.",
  },
  {
    path: "protections.limitationOfLiability",
    label: "Limit what each side can be held liable for",
    why: "If something goes wrong, what you could owe is capped at the fee, not your client's whole loss.",
  },
];

/** Step 6: the clauses that protect the freelancer, each switchable with its reason given. */
export function ProtectionsStep({ form }: { form: DraftForm }) {
  return (
    <>
      <p className="lead">These clauses are all on by default. Each one says why it helps you; untick any you don't want.</p>
      <div className="protections">
        {CLAUSES.map((clause) => (
          <Checkbox
            key={clause.path}
            {...form.flag(`${clause.path}.enabled`)}
            label={clause.label}
            hint={
              <>
                <span className="protections__why">Why this protects you: </span>
                {clause.why}
              </>
            }
            reveal={clause.reveal?.(form)}
          />
        ))}
      </div>
    </>
  );
}
