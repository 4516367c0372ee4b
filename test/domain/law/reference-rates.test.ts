import { describe, expect, it } from "vitest";
import { isValidCalendarDate } from "../../../src/domain/dates/calendar-date";
import { EU_COUNTRIES } from "../../../src/domain/law/governing-law";
import {
  BANK_OF_ENGLAND_BANK_RATE,
  ECB_MAIN_REFINANCING_RATE,
  EURO_AREA,
  checkAtPublisher,
  euStatutoryReferenceRate,
  ukFixedCompensation,
  ukStatutoryRate,
} from "../../../src/domain/law/reference-rates";

describe("central bank rates", () => {
  it.each([BANK_OF_ENGLAND_BANK_RATE, ECB_MAIN_REFINANCING_RATE])("$name has real dates and a publisher link", (rate) => {
    expect(isValidCalendarDate(rate.effectiveFrom)).toBe(true);
    expect(isValidCalendarDate(rate.lastKnownAsOf)).toBe(true);
    expect(rate.lastKnownAsOf >= rate.effectiveFrom).toBe(true);
    expect(rate.url).toMatch(/^https:\/\//);
    expect(Number.isInteger(rate.basisPoints)).toBe(true);
  });

  it("tells users to check the rate at the publisher", () => {
    expect(checkAtPublisher(BANK_OF_ENGLAND_BANK_RATE, "en-GB")).toBe(
      "This uses the last rate we know of: Bank of England Bank Rate 3.75%, in force from 18 December 2025. " +
        "Check the current rate at the Bank of England: https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate",
    );
  });
});

describe("statutory rates", () => {
  it("UK: Bank of England rate + 8 points", () => {
    expect(ukStatutoryRate()).toBe(BANK_OF_ENGLAND_BANK_RATE.basisPoints + 800);
    expect(ukStatutoryRate()).toBe(1175);
  });

  it("EU: ECB main refinancing rate + 8 points", () => {
    expect(euStatutoryReferenceRate()).toBe(ECB_MAIN_REFINANCING_RATE.basisPoints + 800);
    expect(euStatutoryReferenceRate()).toBe(1015);
  });
});

describe("ukFixedCompensation", () => {
  it.each([
    [0, 4_000],
    [99_999, 4_000],
    [100_000, 7_000],
    [999_999, 7_000],
    [1_000_000, 10_000],
    [10_000_000_000_000, 10_000],
  ])("a debt of %i pence → %i pence", (debt, expected) => {
    expect(ukFixedCompensation(debt)).toBe(expected);
  });
});

describe("EURO_AREA", () => {
  it("is 21 EU members, and the six others keep their own currency", () => {
    const eu = EU_COUNTRIES.map((c) => c.code) as string[];
    expect(EURO_AREA.size).toBe(21);
    for (const code of EURO_AREA) expect(eu).toContain(code);
    expect(eu.filter((c) => !EURO_AREA.has(c)).sort()).toEqual(["CZ", "DK", "HU", "PL", "RO", "SE"]);
  });
});
