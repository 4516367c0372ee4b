import { describe, expect, it } from "vitest";
import { dailyInterestHundredths, formatDailyInterest } from "../../../src/domain/late-interest/daily-interest";

describe("daily interest", () => {
  it.each([
    // £2,400.00 at 11.75%: 240000 × 0.1175 / 365 = 77.2603… pence → 7726 hundredths
    [240_000, 1_175, 7_726],
    // €10,000.00 at 8.12% (Basiszinssatz -0.88% + 9): 1000000 × 0.0812 / 365 = 222.4657… cents
    [1_000_000, 812, 22_247],
    [100, 1, 0],
    [240_000, 0, 0],
    [240_000, -88, 0],
    [0, 1_000, 0],
  ])("%i minor at %i bp → %i hundredths of a minor unit", (balance, rate, expected) => {
    expect(dailyInterestHundredths(balance, rate)).toBe(expected);
  });

  it.each([
    [240_000, 1_175, "GBP", "en-GB", "£0.7726"],
    [1_000_000, 812, "EUR", "de-DE", "2,2247\u00a0€"],
    [5_000_000, 1_000, "JPY", "en-US", "¥1,369.86"],
  ])("formats %i at %i bp in %s", (balance, rate, currency, locale, expected) => {
    expect(formatDailyInterest(balance, rate, currency, locale)).toBe(expected);
  });
});
