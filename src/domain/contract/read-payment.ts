import { parseDate } from "../dates/parse-date";
import { formatMoney } from "../money/format-money";
import { formatPercent } from "../percent/format-percent";
import type { PaymentShare } from "../schedule/payment-part";
import { allocateByWeights } from "../schedule/allocate";
import { splitTotal } from "../schedule/split-total";
import { cleanLine } from "../text/clean-text";
import type { Contract, Deliverable, PaymentDue, ScheduledPayment } from "./contract";
import type { ContractDraft } from "./contract-draft";
import type { FieldErrors } from "./field-errors";
import { parseWholeNumber } from "./parse-whole-number";
import { readShares } from "./read-shares";
import { MAX_MILESTONES } from "./text-limits";

const METHOD_NAMES: Record<string, string> = {
  "bank-transfer": "bank transfer",
  card: "card payment",
  paypal: "PayPal",
  cheque: "cheque",
};

type Context = {
  total: number | undefined;
  startDate: string | undefined;
  endDate: string | undefined;
  deliverables: Deliverable[];
  currency: string;
  locale: string;
};

/**
 * The "Share" column: a percent share prints as typed; the amounts and "the rest" split what is
 * left of 100% by the largest-remainder method, so the column always adds up to exactly 100%.
 */
function displayShares(shares: readonly PaymentShare[], amounts: readonly number[]): number[] {
  const typed = shares.map((s) => (s.mode === "percent" ? s.basisPoints : 0));
  const others = shares.map((s, i) => (s.mode === "percent" ? 0 : amounts[i]!));
  const left = 10_000 - typed.reduce((a, b) => a + b, 0);
  if (left <= 0 || others.every((a) => a === 0)) return typed;
  const split = allocateByWeights(left, others).amounts;
  return typed.map((bp, i) => bp + split[i]!);
}

export function readPayment(draft: ContractDraft, ctx: Context, errors: FieldErrors) {
  errors.at("payment");
  const p = draft.payment;
  const parts = readShares(draft, errors);

  if (p.milestones.length > MAX_MILESTONES) errors.add("payment.milestones", `Use at most ${MAX_MILESTONES} milestones`);
  const deposit = p.depositMode === "none" ? null : parts[0]?.share;
  const depositIsWholeFee =
    (deposit?.mode === "percent" && deposit.basisPoints === 10_000) || (deposit?.mode === "amount" && deposit.minor === ctx.total);
  if (p.milestones.length === 0 && !depositIsWholeFee)
    errors.add("payment.milestones", "Add at least one milestone, or take the whole fee as a deposit (100%)");

  const dues: (PaymentDue | undefined)[] = p.milestones.map((m, i) => {
    const label = `milestone ${i + 1}`;
    if (cleanLine(m.name) === "") errors.add(`payment.milestones.${i}.name`, `Enter a name for ${label}`);
    if (m.dueKind === "date") {
      const date = errors.take(`payment.milestones.${i}.dueDate`, parseDate(m.dueDate, `the invoice date of ${label}`));
      if (date && ctx.startDate && date < ctx.startDate)
        errors.add(`payment.milestones.${i}.dueDate`, `The invoice date of ${label} must be on or after the start date`);
      return date ? { kind: "date", date } : undefined;
    }
    const deliverable = ctx.deliverables.find((d) => d.id === m.acceptanceOf);
    if (!deliverable) errors.add(`payment.milestones.${i}.acceptanceOf`, `Choose the deliverable whose acceptance makes ${label} due`);
    let expectedDate = ctx.endDate;
    if (m.expectedDate.trim() !== "") {
      expectedDate = errors.take(`payment.milestones.${i}.expectedDate`, parseDate(m.expectedDate, `the expected date of ${label}`));
      if (expectedDate && ctx.startDate && expectedDate < ctx.startDate)
        errors.add(`payment.milestones.${i}.expectedDate`, `The expected date of ${label} must be on or after the start date`);
    }
    if (!deliverable || !expectedDate) return undefined;
    return { kind: "acceptance", deliverable: deliverable.title, expectedDate };
  });

  const rests = p.milestones.filter((m) => m.shareMode === "rest").length;
  if (rests > 1) errors.add("payment.milestones", "Only one milestone can take “the rest”");

  let amounts: number[] | undefined;
  let roundedUp: number[] = [];
  const shares = parts.map((x) => x.share);
  if (ctx.total !== undefined && shares.every((s): s is PaymentShare => s !== null) && rests <= 1) {
    const split = splitTotal(ctx.total, shares);
    if (split.ok) {
      amounts = split.amounts;
      roundedUp = split.roundedUp;
      const zero = amounts.findIndex((a) => a === 0);
      if (zero >= 0) errors.add(parts[zero]!.field, "This payment comes to 0: make it larger or remove it");
    } else {
      const fmt = (m: number) => formatMoney(m, ctx.currency, ctx.locale);
      const sum = formatPercent(split.sumBasisPoints, ctx.locale);
      errors.add(
        "payment.milestones",
        split.reason === "rest-negative" || (split.reason === "over" && rests === 1)
          ? `The other payments already add up to ${sum} (${fmt(split.allocated)}), leaving nothing for “the rest”`
          : split.reason === "over"
            ? `The deposit and milestones add up to ${sum} (${fmt(split.allocated)}): reduce them by ${fmt(-split.left)} to make exactly 100% (${fmt(ctx.total)})`
            : `The deposit and milestones add up to ${sum} (${fmt(split.allocated)}): add ${fmt(split.left)} to make exactly 100% (${fmt(ctx.total)})`,
      );
    }
  }

  const netDays = errors.take("payment.netDays", parseWholeNumber(p.netDays, 0, 120, "the payment term in days"));
  const methods = p.methods.filter((m) => m !== "other").map((m) => METHOD_NAMES[m]!);
  if (p.methods.includes("other")) {
    const other = cleanLine(p.otherMethod);
    if (other === "") errors.add("payment.otherMethod", "Describe the other payment method");
    else methods.push(other);
  }
  if (methods.length === 0 && !p.methods.includes("other")) errors.add("payment.methods", "Choose at least one way your client can pay");

  let payments: ScheduledPayment[] | undefined;
  if (amounts && ctx.total !== undefined && ctx.startDate && dues.every((d) => d !== undefined)) {
    const withDeposit = p.depositMode !== "none";
    const shareColumn = displayShares(shares as PaymentShare[], amounts);
    payments = amounts.map((amount, i) => {
      const basisPoints = shareColumn[i]!;
      if (withDeposit && i === 0) {
        return { kind: "deposit", name: "Deposit", amount, basisPoints, due: { kind: "before-start", date: ctx.startDate! }, deliverables: [] };
      }
      const m = p.milestones[withDeposit ? i - 1 : i]!;
      return {
        kind: "milestone",
        name: cleanLine(m.name),
        amount,
        basisPoints,
        due: dues[withDeposit ? i - 1 : i]!,
        deliverables: ctx.deliverables.filter((d) => m.deliverableIds.includes(d.id)).map((d) => d.title),
      };
    });
  }
  const schedule: Contract["schedule"] | undefined = payments ? { payments, roundedUp } : undefined;
  return { schedule, netDays, paymentMethods: methods };
}
