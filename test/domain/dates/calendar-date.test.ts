import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  CalendarDate,
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  formatDate,
  isValidCalendarDate,
  todayInZone,
} from "../../../src/domain/dates/calendar-date";

/** Any valid calendar date in the supported range (1900–2200). */
const calendarDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("isValidCalendarDate and CalendarDate", () => {
  it.each([
    { text: "2027-03-12", valid: true },
    { text: "2028-02-29", valid: true },
    { text: "2027-02-29", valid: false },
    { text: "2026-02-30", valid: false },
    { text: "2026-13-01", valid: false },
    { text: "2027-3-12", valid: false },
    { text: "0000-01-01", valid: false },
    { text: "", valid: false },
  ])("'$text' → $valid", ({ text, valid }) => {
    expect(isValidCalendarDate(text)).toBe(valid);
    expect(CalendarDate.safeParse(text).success).toBe(valid);
  });
});

describe("daysInMonth", () => {
  it.each([
    { year: 2027, month: 1, days: 31 },
    { year: 2027, month: 2, days: 28 },
    { year: 2028, month: 2, days: 29 },
    { year: 1900, month: 2, days: 28 },
    { year: 2000, month: 2, days: 29 },
    { year: 2027, month: 4, days: 30 },
    { year: 2027, month: 12, days: 31 },
  ])("$year-$month has $days days", ({ year, month, days }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("addDays", () => {
  it.each([
    { name: "within a month", date: "2027-03-12", days: 3, expected: "2027-03-15" },
    { name: "across a month end", date: "2027-01-31", days: 1, expected: "2027-02-01" },
    { name: "across a year end", date: "2027-12-31", days: 1, expected: "2028-01-01" },
    { name: "onto a leap day", date: "2028-02-28", days: 1, expected: "2028-02-29" },
    { name: "over a leap day", date: "2028-02-28", days: 2, expected: "2028-03-01" },
    { name: "past a non-leap February", date: "2027-02-28", days: 1, expected: "2027-03-01" },
    { name: "backwards onto a leap day", date: "2028-03-01", days: -1, expected: "2028-02-29" },
    { name: "backwards across a year", date: "2027-01-01", days: -1, expected: "2026-12-31" },
    { name: "zero days", date: "2027-03-12", days: 0, expected: "2027-03-12" },
    { name: "a 14-day payment term", date: "2027-05-28", days: 14, expected: "2027-06-11" },
    { name: "across a DST change in Europe and the US", date: "2027-03-13", days: 30, expected: "2027-04-12" },
  ])("$name: $date + $days → $expected", ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("adding n days is n days later", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
        const later = addDays(date, n);
        expect(later).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(daysBetween(date, later)).toBe(n);
        expect(addDays(later, -n)).toBe(date);
      }),
    );
  });
});

describe("daysBetween and compareDates", () => {
  it.each([
    { a: "2027-01-01", b: "2028-01-01", days: 365 },
    { a: "2028-01-01", b: "2029-01-01", days: 366 },
    { a: "2027-03-01", b: "2027-05-28", days: 88 },
    { a: "2027-03-12", b: "2027-03-12", days: 0 },
    { a: "2027-03-12", b: "2027-03-02", days: -10 },
  ])("$a → $b is $days days", ({ a, b, days }) => {
    expect(daysBetween(a, b)).toBe(days);
    // compareDates sorts: negative when a comes first, i.e. when b is later.
    expect(compareDates(a, b)).toBe(days === 0 ? 0 : days > 0 ? -1 : 1);
  });
});

describe("addMonths (#22 month ends and leap years)", () => {
  it.each([
    { name: "31 January + 1 month in a common year", date: "2027-01-31", months: 1, expected: "2027-02-28" },
    { name: "31 January + 1 month in a leap year", date: "2028-01-31", months: 1, expected: "2028-02-29" },
    { name: "29 February + 12 months", date: "2028-02-29", months: 12, expected: "2029-02-28" },
    { name: "29 February + 48 months", date: "2028-02-29", months: 48, expected: "2032-02-29" },
    { name: "31 March + 1 month", date: "2027-03-31", months: 1, expected: "2027-04-30" },
    { name: "across a year end", date: "2027-12-15", months: 1, expected: "2028-01-15" },
    { name: "backwards to a shorter month", date: "2027-03-31", months: -1, expected: "2027-02-28" },
    { name: "backwards across a year", date: "2027-01-15", months: -13, expected: "2025-12-15" },
    { name: "zero months", date: "2027-01-31", months: 0, expected: "2027-01-31" },
  ])("$name: $date → $expected", ({ date, months, expected }) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("always gives a real date in the right month, never rolling over", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -600, max: 600 }), (date, months) => {
        const result = addMonths(date, months);
        const [y, m] = date.split("-").map(Number) as [number, number];
        const index = y * 12 + (m - 1) + months;
        const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
        expect(result.slice(0, 7)).toBe(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
        // Same day of the month, or the month's last day when the month is shorter.
        expect(Number(result.slice(8))).toBe(Math.min(Number(date.slice(8)), daysInMonth(year, month)));
      }),
    );
  });
});

describe("formatDate", () => {
  it.each([
    { locale: "en-GB", date: "2027-03-12", expected: "12 March 2027" },
    { locale: "en-US", date: "2027-03-12", expected: "March 12, 2027" },
    { locale: "en-GB", date: "2028-02-29", expected: "29 February 2028" },
    { locale: "en-GB", date: "2027-01-01", expected: "1 January 2027" },
    { locale: "en-US", date: "2027-12-31", expected: "December 31, 2027" },
  ])("$date in $locale → $expected", ({ locale, date, expected }) => {
    expect(formatDate(date, locale)).toBe(expected);
  });

  describe("#21 the same calendar date whatever the process time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(["America/Los_Angeles", "Pacific/Kiritimati", "UTC", "Asia/Kolkata", "Pacific/Pago_Pago"])("TZ=%s", (zone) => {
      process.env.TZ = zone;
      // Node applies a new TZ at once; check the switch took effect where the offset is known.
      if (zone === "Pacific/Kiritimati") expect(new Date(Date.UTC(2027, 2, 12)).getTimezoneOffset()).toBe(-14 * 60);
      if (zone === "America/Los_Angeles") expect(new Date(Date.UTC(2027, 0, 12)).getTimezoneOffset()).toBe(8 * 60);
      expect(formatDate("2027-03-12", "en-GB")).toBe("12 March 2027");
      expect(formatDate("2027-01-01", "en-US")).toBe("January 1, 2027");
      expect(formatDate("2027-12-31", "en-GB")).toBe("31 December 2027");
      expect(addDays("2027-03-13", 1)).toBe("2027-03-14");
      expect(daysBetween("2027-03-01", "2027-04-01")).toBe(31);
    });

    it("formats every date in range identically in Los Angeles and Kiritimati", () => {
      fc.assert(
        fc.property(calendarDate, (date) => {
          process.env.TZ = "America/Los_Angeles";
          const west = formatDate(date, "en-GB");
          process.env.TZ = "Pacific/Kiritimati";
          const east = formatDate(date, "en-GB");
          expect(west).toBe(east);
          const [y, m, d] = date.split("-").map(Number) as [number, number, number];
          expect(west.startsWith(`${d} `)).toBe(true);
          expect(west.endsWith(` ${y}`)).toBe(true);
          expect(m).toBeGreaterThanOrEqual(1);
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe("todayInZone", () => {
  // 09:00 UTC on 12 March is 01:00 in Los Angeles and 23:00 in Kiritimati (UTC+14) the same day;
  // 11:00 UTC is already 13 March in Kiritimati.
  it.each([
    { instant: "2027-03-12T09:00:00Z", zone: "America/Los_Angeles", expected: "2027-03-12" },
    { instant: "2027-03-12T09:00:00Z", zone: "Pacific/Kiritimati", expected: "2027-03-12" },
    { instant: "2027-03-12T11:00:00Z", zone: "Pacific/Kiritimati", expected: "2027-03-13" },
    { instant: "2027-03-12T07:00:00Z", zone: "America/Los_Angeles", expected: "2027-03-11" },
    { instant: "2027-03-12T00:30:00Z", zone: "UTC", expected: "2027-03-12" },
  ])("$instant in $zone → $expected", ({ instant, zone, expected }) => {
    expect(todayInZone(new Date(instant), zone)).toBe(expected);
  });
});
