import { capitalise } from "../text/capitalise";
import { type Result, err, ok } from "../result";
import { MAX_YEAR, MIN_YEAR, daysInMonth } from "./calendar-date";

/**
 * Reads a date from a date input ("2027-03-12"). Impossible dates (30 February, month 13)
 * are rejected, never rolled over; years outside 1900–2200 are rejected.
 */
export function parseDate(raw: string, label = "the date"): Result<string> {
  const text = raw.trim();
  if (text === "") return err(`Enter ${label}`);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!m) return err(`Enter ${label} as a real date, for example 2027-03-12`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return err(`Enter ${label} with a year between ${MIN_YEAR} and ${MAX_YEAR}`);
  if (month < 1 || month > 12) return err(`${capitalise(label)} must have a month from 1 to 12`);
  if (day < 1 || day > daysInMonth(year, month)) return err(`${capitalise(label)} must be a real day of that month`);
  return ok(`${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

