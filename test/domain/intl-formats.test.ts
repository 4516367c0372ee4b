import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "../../src/domain/intl-formats";

describe("intl formats", () => {
  it("gives the same formatter for the same locale and options, another for others", () => {
    expect(numberFormat("de-DE", { maximumFractionDigits: 3 })).toBe(numberFormat("de-DE", { maximumFractionDigits: 3 }));
    expect(numberFormat("de-DE", { maximumFractionDigits: 3 })).not.toBe(numberFormat("de-DE", { maximumFractionDigits: 2 }));
    expect(numberFormat("en-US")).not.toBe(numberFormat("de-DE"));
    expect(dateTimeFormat("en-GB", { timeZone: "UTC" })).toBe(dateTimeFormat("en-GB", { timeZone: "UTC" }));
  });

  it.each([
    ["a bad currency", () => numberFormat("en", { style: "currency", currency: "XX" })],
    ["a bad locale", () => numberFormat("not a locale!")],
    ["a bad time zone", () => dateTimeFormat("en", { timeZone: "Mars/Olympus" })],
  ])("%s still throws, every time", (_, make) => {
    expect(make).toThrow(RangeError);
    expect(make).toThrow(RangeError);
  });

  it("formats as a new formatter would", () => {
    expect(numberFormat("de-DE", { style: "currency", currency: "EUR" }).format(1234.5)).toBe(new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(1234.5));
  });
});
