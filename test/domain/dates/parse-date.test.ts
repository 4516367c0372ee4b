import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/domain/dates/parse-date";

describe("parseDate: accepted", () => {
  it.each([
    { name: "an ISO date", raw: "2027-03-12", expected: "2027-03-12" },
    { name: "#22 leap day in a leap year", raw: "2028-02-29", expected: "2028-02-29" },
    { name: "leap day in 2000 (divisible by 400)", raw: "2000-02-29", expected: "2000-02-29" },
    { name: "31 December", raw: "2027-12-31", expected: "2027-12-31" },
    { name: "#20 the first year in range", raw: "1900-01-01", expected: "1900-01-01" },
    { name: "#20 the last year in range", raw: "2200-12-31", expected: "2200-12-31" },
    { name: "single-digit month and day are padded", raw: "2027-3-5", expected: "2027-03-05" },
    { name: "surrounding spaces", raw: "  2027-03-12 ", expected: "2027-03-12" },
  ])("$name: '$raw'", ({ raw, expected }) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: expected });
  });
});

describe("parseDate: rejected, never rolled over", () => {
  it.each([
    { name: "#19 30 February", raw: "2026-02-30", message: "must be a real day of that month" },
    { name: "#19 month 13", raw: "2026-13-01", message: "month from 1 to 12" },
    { name: "#19 day-first 31/02/2026", raw: "31/02/2026", message: "for example 2027-03-12" },
    { name: "#19 month 0", raw: "2027-00-10", message: "month from 1 to 12" },
    { name: "#19 day 0", raw: "2027-01-00", message: "real day of that month" },
    { name: "#19 31 April", raw: "2027-04-31", message: "real day of that month" },
    { name: "#22 29 February in a common year", raw: "2027-02-29", message: "real day of that month" },
    { name: "#22 29 February 1900 (century, not a leap year)", raw: "1900-02-29", message: "real day of that month" },
    { name: "#20 year 0000", raw: "0000-01-01", message: "year between 1900 and 2200" },
    { name: "#20 the year before the range", raw: "1899-12-31", message: "year between 1900 and 2200" },
    { name: "#20 the year after the range", raw: "2201-01-01", message: "year between 1900 and 2200" },
    { name: "#20 year 275760 (the largest JavaScript date)", raw: "275760-01-01", message: "for example 2027-03-12" },
    { name: "#20 two-digit year 26", raw: "26", message: "for example 2027-03-12" },
    { name: "#20 two-digit year 26-03-12", raw: "26-03-12", message: "for example 2027-03-12" },
    { name: "a date and time", raw: "2027-03-12T00:00", message: "for example 2027-03-12" },
    { name: "full-width digits (a date input never sends them)", raw: "２０２７-０３-１２", message: "for example 2027-03-12" },
    { name: "words", raw: "next Tuesday", message: "for example 2027-03-12" },
    { name: "empty", raw: "", message: "Enter the date" },
    { name: "spaces", raw: "   ", message: "Enter the date" },
  ])("$name: '$raw'", ({ raw, message }) => {
    const result = parseDate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it("names the field in the message", () => {
    expect(parseDate("", "the start date")).toEqual({ ok: false, error: "Enter the start date" });
    expect(parseDate("2026-02-30", "the start date")).toEqual({ ok: false, error: "The start date must be a real day of that month" });
  });
});
