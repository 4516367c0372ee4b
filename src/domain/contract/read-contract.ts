import type { Contract } from "./contract";
import type { ContractDraft } from "./contract-draft";
import type { ContractStepId } from "./contract-steps";
import { type FieldError, FieldErrors } from "./field-errors";
import { readDiscount, readLateFee } from "./read-late-fees";
import { readParties } from "./read-parties";
import { readPayment } from "./read-payment";
import { readDates, priceTotal, readPrice } from "./read-price";
import { readProtections } from "./read-protections";
import { readScope } from "./read-scope";

export type ReadContract = { ok: true; contract: Contract } | { ok: false; errors: FieldError[] };

/**
 * Checks every answer in a draft and, when all are valid, returns the contract they describe.
 * Errors carry their step and field, so the wizard can show a step's own messages on Continue.
 */
export function readContract(typed: ContractDraft): ReadContract {
  const errors = new FieldErrors("parties");
  const { you, client, law, currency, locale } = readParties(typed, errors);
  const draft = { ...typed, currency, numberLocale: locale };
  const scope = readScope(draft, currency, locale, errors);
  const { startDate, endDate } = readDates(draft, errors);
  const price = readPrice(draft, currency, locale, errors);
  const total = price ? priceTotal(price) : undefined;
  const { schedule, netDays, paymentMethods } = readPayment(draft, { total, startDate, endDate, deliverables: scope.deliverables, currency, locale }, errors);
  const lateFee = readLateFee(draft, errors);
  const discount = readDiscount(draft, netDays, errors);
  const protections = readProtections(draft, errors);

  if (errors.list.length > 0 || !law || !startDate || !endDate || !price || total === undefined || !schedule || netDays === undefined || !lateFee || discount === undefined) {
    return { ok: false, errors: errors.list };
  }
  return {
    ok: true,
    contract: { id: typed.id, you, client, law, currency, locale, scope, startDate, endDate, price, total, schedule, netDays, paymentMethods, lateFee, discount, protections },
  };
}

/** The messages for one step, in the order its fields appear. */
export function stepErrors(draft: ContractDraft, step: ContractStepId): FieldError[] {
  const result = readContract(draft);
  return result.ok ? [] : result.errors.filter((e) => e.step === step);
}
