import { describe, expect, it } from "vitest";
import { countryLabel, countryOptions, isCountryCode } from "../../../src/domain/text/country-codes";

describe("isCountryCode (ISO 3166-1 alpha-2)", () => {
  it.each(["DE", "GB", "US", "FR", "CW", "XK"])("%s is a country", (code) => expect(isCountryCode(code)).toBe(true));

  it.each([
    ["UK", "written GB in ISO 3166-1"],
    ["EU", "a grouping"],
    ["EZ", "a grouping"],
    ["UN", "a grouping"],
    ["IC", "exceptionally reserved"],
    ["DD", "withdrawn (East Germany)"],
    ["AN", "withdrawn (Netherlands Antilles)"],
    ["QO", "user-assigned"],
    ["XA", "user-assigned (pseudo-locale)"],
    ["ZZ", "user-assigned (unknown region)"],
    ["AA", "user-assigned"],
    ["de", "not upper case"],
    ["D", "one letter"],
    ["DEU", "alpha-3"],
    ["", "empty"],
  ])("%s is not: %s", (code) => expect(isCountryCode(code)).toBe(false));
});

describe("countryOptions", () => {
  const options = countryOptions();

  it("about 250 countries named in English, sorted by name, each code once", () => {
    expect(options.length).toBeGreaterThan(240);
    expect(options.length).toBeLessThan(260);
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(options.map((o) => o.label)).toEqual([...options.map((o) => o.label)].sort((a, b) => a.localeCompare(b, "en")));
    expect(options.find((o) => o.value === "DE")).toEqual({ value: "DE", label: "Germany" });
  });

  it("only country codes", () => {
    for (const o of options) expect(isCountryCode(o.value)).toBe(true);
    expect(options.some((o) => ["UK", "EU", "ZZ", "XA", "IC"].includes(o.value))).toBe(false);
  });

  it("the same list every time (worked out once)", () => {
    expect(countryOptions()).toBe(options);
  });
});

describe("countryLabel", () => {
  it.each([
    ["DE", "Germany (DE)"],
    ["BR", "Brazil (BR)"],
    ["ZZ", "ZZ"],
    ["Q1", "Q1"],
  ])("%s → %s", (code, label) => expect(countryLabel(code)).toBe(label));
});
