import { capitalise } from "../text/capitalise";
import { formatDate } from "../dates/calendar-date";
import { documentDateLocale } from "../dates/document-date-locale";
import { governingLawName } from "../law/governing-law";
import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import { days } from "../terms/day-words";
import { earlyDiscountAnnualRate, earlyDiscountNotation } from "../terms/early-discount";
import { lateFeeAnnualRate } from "../terms/late-fee-annual-rate";
import type { Contract, Party } from "./contract";
import type { ContractStepId } from "./contract-steps";

// "Check your answers": every answer of a checked contract as a short row, grouped by the
// step where it can be changed.

export type SummaryRow = { step: ContractStepId; key: string; value: string };


function partyLine(p: Party): string {
  return [p.businessName ? `${p.name}, ${p.businessName}` : p.name, p.email, p.address.replace(/\n+/g, ", "), p.taxId && `Tax ID ${p.taxId}`]
    .filter(Boolean)
    .join("\n");
}

export function contractSummary(c: Contract): SummaryRow[] {
  const money = (m: number) => formatMoney(m, c.currency, c.locale);
  const pct = (bp: number) => formatPercent(bp, c.locale);
  const date = (d: string) => formatDate(d, documentDateLocale(c.locale));
  const rows: SummaryRow[] = [
    { step: "parties", key: "You", value: partyLine(c.you) },
    { step: "parties", key: "Your client", value: partyLine(c.client) },
    { step: "parties", key: "Governing law", value: governingLawName(c.law).replace(/^the laws/, "The laws") },
    { step: "parties", key: "Currency", value: c.currency },
    { step: "scope", key: "Project", value: `${c.scope.title}\n${c.scope.summary}` },
    { step: "scope", key: "Deliverables", value: c.scope.deliverables.map((d, i) => `${i + 1}. ${d.title}`).join("\n") },
    { step: "scope", key: "Not included", value: c.scope.exclusions.join("\n") || "Nothing listed" },
    { step: "scope", key: "Client provides", value: c.scope.clientResponsibilities.join("\n") || "Nothing listed" },
    {
      step: "scope",
      key: "Revisions and acceptance",
      value:
        `${c.scope.revisionRounds} ${c.scope.revisionRounds === 1 ? "round" : "rounds"} included` +
        (c.scope.extraRoundRate !== null ? `, then ${money(c.scope.extraRoundRate)} a round` : "") +
        `\nAccepted after ${days(c.scope.acceptanceDays)} without a written objection` +
        (c.scope.changeRequestsInWriting ? "\nChange requests in writing, quoted first" : ""),
    },
    { step: "price", key: "Dates", value: `${date(c.startDate)} to ${date(c.endDate)}` },
    {
      step: "price",
      key: "Price",
      value:
        c.price.model === "fixed"
          ? `Fixed fee: ${money(c.price.fee)}`
          : c.price.model === "hourly"
            ? `${money(c.price.rate)} an hour, estimate ${money(c.price.estimate)}${c.price.capped ? " (capped)" : " (not capped)"}`
            : `${c.price.tiers[c.price.chosen]!.name}: ${money(c.price.tiers[c.price.chosen]!.price)} (of three options)`,
    },
    {
      step: "payment",
      key: "Payment schedule",
      value: c.schedule.payments.map((p) => `${p.name}: ${money(p.amount)} (${pct(p.basisPoints)})`).join("\n") + `\nTotal: ${money(c.total)}`,
    },
    { step: "payment", key: "Payment terms", value: `${c.netDays === 0 ? "Due on receipt" : `Net ${c.netDays} days`}\n${capitalise(c.paymentMethods.join(", "))}` },
  ];
  const annual = lateFeeAnnualRate(c.lateFee);
  rows.push({
    step: "late-fees",
    key: "Late fee",
    value:
      c.lateFee.kind === "none"
        ? "None"
        : (c.lateFee.kind === "flat"
            ? `${money(c.lateFee.amount)} once`
            : c.lateFee.kind === "percent-per-month"
              ? `${pct(c.lateFee.basisPoints)} a month${annual !== null ? ` (${pct(annual)} a year)` : ""}`
              : `${pct(c.lateFee.basisPoints)} a year`) +
          `, after ${days(c.lateFee.graceDays)} grace` +
          (c.lateFee.kind !== "flat" && c.lateFee.cap ? `, capped at ${pct(c.lateFee.cap.basisPoints)} of the invoice` : ""),
  });
  const rate = c.discount ? earlyDiscountAnnualRate(c.discount, c.netDays) : null;
  rows.push({
    step: "late-fees",
    key: "Early-payment discount",
    value: c.discount
      ? `${earlyDiscountNotation(c.discount, c.netDays)}${rate ? ` (worth about ${pct(rate.simple)} a year to your client)` : ""}`
      : "None",
  });
  const p = c.protections;
  const on = [
    p.killFee && (p.killFee.mode === "by-phase" ? "Kill fee: the phase in progress" : `Kill fee: ${pct(p.killFee.basisPoints)} of the remaining fee`),
    p.pauseWork && `Pause work when ${days(p.pauseWork.overdueDays)} overdue`,
    p.ownershipOnFullPayment && "Ownership passes on full payment",
    p.confidentiality && "Confidentiality",
    p.termination && `Termination with ${p.termination.noticeDays === 1 ? "1 day's" : `${p.termination.noticeDays} days'`} notice`,
    p.disputeResolution && `Disputes: talk for ${days(p.disputeResolution.talkDays)}, then mediation, then court`,
    p.independentContractor && "Independent contractor",
    p.limitationOfLiability && "Limitation of liability",
  ].filter((x): x is string => typeof x === "string");
  rows.push({ step: "protections", key: "Protections", value: on.join("\n") || "None" });
  return rows;
}
