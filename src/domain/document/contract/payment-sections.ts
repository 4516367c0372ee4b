import type { PaymentDue } from "../../contract/contract";
import { earlyDiscountClause, earlyDiscountNotation } from "../../terms/early-discount";
import { lateFeeClause, lateFeeExample } from "../../terms/late-fee-wording";
import { days } from "../../terms/day-words";
import type { ContractContext } from "./contract-context";
import { type SectionDraft, clause } from "./section-draft";

/** "bank transfer, card payment or PayPal" */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** "2 (Design), 3 (Launch) and 4 (Handover)" */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function hoursText(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  const text = rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
  return `${text} ${hundredths === 100 ? "hour" : "hours"}`;
}

export function feesSection(ctx: ContractContext): SectionDraft {
  const { price } = ctx.contract;
  const blocks: SectionDraft["blocks"] = [];
  switch (price.model) {
    case "fixed":
      blocks.push(clause(`The fee for the project is a fixed ${ctx.money(price.fee)}.`));
      break;
    case "hourly":
      blocks.push(
        clause(
          `The Freelancer charges ${ctx.money(price.rate)} an hour. The work is estimated at ${hoursText(price.hoursHundredths)}, ` +
            `which comes to ${ctx.money(price.estimate)}.`,
        ),
        clause(
          price.capped
            ? `The estimate is a cap: the Client will not be billed more than ${ctx.money(price.estimate)} for the scope in ${ctx.ref("deliverables")} unless a change is agreed in writing.`
            : "The estimate is not a cap: the Client pays for the hours actually worked, shown in a timesheet with each invoice. " +
                "The Freelancer will tell the Client in writing before the estimate is exceeded.",
        ),
      );
      break;
    case "tiers": {
      const chosen = price.tiers[price.chosen]!;
      blocks.push(
        clause("The Freelancer offered the Client three options:"),
        {
          kind: "table",
          columns: [
            { header: "Option", align: "left", weight: 1.2 },
            { header: "Includes", align: "left", weight: 3 },
            { header: "Price", align: "right", weight: 1.2 },
          ],
          rows: price.tiers.map((t) => [t.name, t.includes.join("; "), ctx.money(t.price)]),
        },
        clause(`The Client chose ${chosen.name}. The fee for the project is ${ctx.money(chosen.price)}.`),
      );
      break;
    }
  }
  blocks.push(clause(`All amounts are in ${ctx.contract.currency} and exclude sales tax or VAT, which is added to invoices where the law requires it.`));
  return { id: "fees", heading: "Fees", blocks };
}

function dueText(due: PaymentDue, ctx: ContractContext): string {
  switch (due.kind) {
    case "before-start":
      return `On signing; due before work starts on ${ctx.date(due.date)}`;
    case "date":
      return ctx.date(due.date);
    case "acceptance":
      return `On acceptance of ${due.deliverable} (expected around ${ctx.date(due.expectedDate)})`;
  }
}

export function scheduleSection(ctx: ContractContext): SectionDraft {
  const { contract } = ctx;
  const { payments, roundedUp } = contract.schedule;
  const blocks: SectionDraft["blocks"] = [
    clause("The fee is paid in the following instalments. Each one is invoiced on the date or event shown."),
    {
      kind: "table",
      caption: "Payment schedule",
      columns: [
        { header: "Payment", align: "left", weight: 2.2 },
        { header: "Invoiced", align: "left", weight: 2.6 },
        { header: "Share", align: "right", weight: 0.9 },
        { header: "Amount", align: "right", weight: 1.5 },
      ],
      rows: payments.map((p, i) => [
        p.deliverables.length > 0 ? `${i + 1}. ${p.name} (${p.deliverables.join(", ")})` : `${i + 1}. ${p.name}`,
        dueText(p.due, ctx),
        ctx.percent(p.basisPoints),
        ctx.money(p.amount),
      ]),
      footer: ["Total", "", ctx.percent(10_000), ctx.money(contract.total)],
    },
  ];
  const hasDeposit = payments[0]?.kind === "deposit";
  if (hasDeposit) {
    blocks.push(
      clause(
        `The deposit is invoiced when this agreement is signed and is due before the start date (${ctx.date(contract.startDate)}). ` +
          "Work starts on the start date or on the day the deposit is paid, whichever is later. The deposit reserves the Freelancer's time " +
          "for the project and is credited against the total fee.",
      ),
    );
  }
  const others = hasDeposit ? "Every other invoice" : "Each invoice";
  blocks.push(
    clause(
      contract.netDays === 0
        ? `${others} is due on the day it is issued.`
        : `${others} is due within ${days(contract.netDays)} after the date of the invoice.`,
    ),
    clause(`The Client may pay by ${orList(contract.paymentMethods)}. Payment details are printed on each invoice.`),
  );
  if (contract.price.model === "hourly" && !contract.price.capped) {
    blocks.push(clause("The instalments are based on the estimate. The last invoice is adjusted to the hours actually worked."));
  }
  if (roundedUp.length > 0) {
    const names = roundedUp.map((i) => `${i + 1} (${payments[i]!.name})`);
    const which = names.length === 1 ? `payment ${names[0]}` : `payments ${andList(names)}`;
    blocks.push(clause(`Percentages are converted to amounts rounded to the smallest unit of the currency; the rounding difference is included in ${which}, so the instalments add up exactly to the total.`));
  }
  return { id: "schedule", heading: "Payment schedule", blocks };
}

export function latePaymentSection(ctx: ContractContext): SectionDraft {
  const { contract } = ctx;
  const wording = { currency: contract.currency, locale: contract.locale, netDays: contract.netDays };
  // With a deposit, due dates differ (the deposit's is the start date), so the clause refers to
  // "its due date" as the schedule section sets it rather than naming one payment term.
  const hasDeposit = contract.schedule.payments.some((p) => p.kind === "deposit");
  const lateFeeWording = hasDeposit ? { currency: contract.currency, locale: contract.locale } : wording;
  const blocks: SectionDraft["blocks"] = [clause(lateFeeClause(contract.lateFee, lateFeeWording))];
  const example = contract.schedule.payments.find((p) => p.kind === "milestone") ?? contract.schedule.payments[0];
  const exampleText = example ? lateFeeExample(contract.lateFee, { ...lateFeeWording, exampleMinor: example.amount }) : null;
  if (exampleText) blocks.push(clause(exampleText));
  if (contract.discount) {
    blocks.push(clause(earlyDiscountClause(contract.discount, wording)));
  }
  if (ctx.has("pause-work")) blocks.push(clause(`What happens to the work while an invoice is overdue is set out in ${ctx.ref("pause-work")}.`));
  const heading = contract.discount ? `Late payment and early payment (${earlyDiscountNotation(contract.discount, contract.netDays)})` : "Late payment";
  return { id: "late-payment", heading, blocks };
}
