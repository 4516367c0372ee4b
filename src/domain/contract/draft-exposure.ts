import { type Exposure, type ExposureInput, exposureCurve } from "../schedule/exposure";
import type { Contract } from "./contract";
import type { ContractDraft } from "./contract-draft";
import { FieldErrors } from "./field-errors";
import { readPayment } from "./read-payment";
import { priceTotal, readDates, readPrice } from "./read-price";
import { readScope } from "./read-scope";
import { usableDraft } from "./usable-draft";

/** The chart's input from a checked contract. */
export function exposureInput(contract: Pick<Contract, "startDate" | "endDate" | "total" | "netDays" | "schedule">): ExposureInput {
  return {
    startDate: contract.startDate,
    endDate: contract.endDate,
    total: contract.total,
    netDays: contract.netDays,
    payments: contract.schedule.payments.map((p) => ({
      kind: p.kind,
      amount: p.amount,
      invoiceDate: p.due.kind === "acceptance" ? p.due.expectedDate : p.due.date,
    })),
  };
}

/**
 * The exposure curve while the user is still on the deposit step: needs only dates, price and
 * schedule to be readable; null until they are.
 */
export function exposureFromDraft(typed: ContractDraft): Exposure | null {
  const draft = usableDraft(typed);
  const quiet = new FieldErrors("price");
  const { currency, numberLocale: locale } = draft;
  const scope = readScope(draft, currency, locale, quiet);
  const { startDate, endDate } = readDates(draft, quiet);
  const price = readPrice(draft, currency, locale, quiet);
  if (!startDate || !endDate || !price) return null;
  const total = priceTotal(price);
  const { schedule, netDays } = readPayment(draft, { total, startDate, endDate, deliverables: scope.deliverables, currency, locale }, quiet);
  if (!schedule || netDays === undefined) return null;
  return exposureCurve(exposureInput({ startDate, endDate, total, netDays, schedule }));
}
