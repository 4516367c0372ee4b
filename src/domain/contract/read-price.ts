import { parseDate } from "../dates/parse-date";
import { MAX_MINOR } from "../money/minor-units";
import { exampleFor, readNumberText } from "../money/number-format";
import { parseMoney } from "../money/parse-money";
import { type Result, err, ok } from "../result";
import { cleanLine, cleanLines } from "../text/clean-text";
import type { Price } from "./contract";
import type { ContractDraft } from "./contract-draft";
import type { FieldErrors } from "./field-errors";

/** Hours as typed ("12.5", "12,5" in de) → hundredths of an hour. */
export function parseHours(raw: string, locale: string): Result<number> {
  const read = readNumberText(raw, locale);
  if (read.kind === "empty") return err("Enter the estimated hours");
  if (read.kind !== "number") return err(`Enter the estimated hours as a number, like ${exampleFor(locale).replace(/^\D*1\D?234/, "12")}`);
  if (read.fraction.length > 2) return err("Enter the estimated hours with no more than 2 decimal places");
  const hundredths = Number(read.whole) * 100 + Number(read.fraction.padEnd(2, "0"));
  if (hundredths === 0) return err("Estimated hours must be more than 0");
  if (hundredths > 10_000 * 100) return err("Enter 10,000 hours or fewer");
  return ok(hundredths);
}

/** rate × hours, rounded half-up to the minor unit (integer arithmetic). */
export function hourlyEstimate(rate: number, hoursHundredths: number): number {
  const product = BigInt(rate) * BigInt(hoursHundredths);
  return Number((product + 50n) / 100n);
}

export function readDates(draft: ContractDraft, errors: FieldErrors) {
  errors.at("price");
  const startDate = errors.take("startDate", parseDate(draft.startDate, "the start date"));
  const endDate = errors.take("endDate", parseDate(draft.endDate, "the end date"));
  if (startDate && endDate && endDate < startDate) errors.add("endDate", "The end date must be the same as or after the start date");
  return { startDate, endDate };
}

export function readPrice(draft: ContractDraft, currency: string, locale: string, errors: FieldErrors): Price | undefined {
  errors.at("price");
  const p = draft.price;
  const money = (field: string, raw: string, label: string) =>
    errors.take(field, parseMoney(raw, currency, locale, { allowZero: false, label }));
  switch (p.model) {
    case "fixed": {
      const fee = money("price.fixedFee", p.fixedFee, "the fixed fee");
      return fee === undefined ? undefined : { model: "fixed", fee };
    }
    case "hourly": {
      const rate = money("price.hourlyRate", p.hourlyRate, "the hourly rate");
      const hours = errors.take("price.estimatedHours", parseHours(p.estimatedHours, locale));
      if (rate === undefined || hours === undefined) return undefined;
      const estimate = hourlyEstimate(rate, hours);
      if (estimate > MAX_MINOR) {
        errors.add("price.estimatedHours", "The rate times the hours is too large");
        return undefined;
      }
      return { model: "hourly", rate, hoursHundredths: hours, capped: p.hourlyCapped, estimate };
    }
    case "tiers": {
      const tiers = p.tiers.map((t, i) => {
        const name = cleanLine(t.name);
        if (name === "") errors.add(`price.tiers.${i}.name`, `Enter a name for option ${i + 1}`);
        const price = money(`price.tiers.${i}.price`, t.price, `the price of option ${i + 1}`);
        const includes = cleanLines(t.includes);
        if (includes.length === 0) errors.add(`price.tiers.${i}.includes`, `Say what option ${i + 1} includes`);
        return { name, price: price ?? 0, includes, ok: price !== undefined };
      });
      if (tiers.length !== 3) errors.add("price.tiers", "Describe three options: good, better and best");
      const chosen = p.tiers.findIndex((t) => t.id === p.chosenTierId);
      if (chosen < 0) errors.add("price.chosenTierId", "Choose the option your client picked");
      if (chosen < 0 || !tiers[chosen]?.ok) return undefined;
      return { model: "tiers", tiers: tiers.map(({ ok: _ok, ...t }) => t), chosen };
    }
  }
}

export function priceTotal(price: Price): number {
  switch (price.model) {
    case "fixed":
      return price.fee;
    case "hourly":
      return price.estimate;
    case "tiers":
      return price.tiers[price.chosen]!.price;
  }
}
