import { describe, expect, it } from "vitest";
import {
  EU_COUNTRIES,
  GoverningLaw,
  UK_JURISDICTIONS,
  US_STATES,
  courtsPhrase,
  governingLawName,
} from "../../../src/domain/law/governing-law";

describe("place lists", () => {
  it.each([
    ["US_STATES", US_STATES, 51],
    ["EU_COUNTRIES", EU_COUNTRIES, 27],
    ["UK_JURISDICTIONS", UK_JURISDICTIONS, 3],
  ] as const)("%s has %i entries with unique codes and names", (_label, list, size) => {
    expect(list).toHaveLength(size);
    expect(new Set(list.map((p) => p.code)).size).toBe(size);
    expect(new Set(list.map((p) => p.name)).size).toBe(size);
  });

  it("uses two-letter upper-case codes for states and countries", () => {
    for (const p of [...US_STATES, ...EU_COUNTRIES]) expect(p.code).toMatch(/^[A-Z]{2}$/);
  });

  it("includes DC and uses ISO GR for Greece, not EL; the UK is not an EU member", () => {
    expect(US_STATES.map((s) => s.code)).toContain("DC");
    const eu = EU_COUNTRIES.map((c) => c.code) as string[];
    expect(eu).toContain("GR");
    expect(eu).not.toContain("EL");
    expect(eu).not.toContain("GB");
  });
});

describe("GoverningLaw", () => {
  it.each([
    [{ kind: "us-state", state: "NY" }, { kind: "us-state", state: "NY" }],
    [{ kind: "uk", jurisdiction: "scotland" }, { kind: "uk", jurisdiction: "scotland" }],
    [{ kind: "eu", country: "DE" }, { kind: "eu", country: "DE" }],
    [{ kind: "other", name: "  Ontario, Canada " }, { kind: "other", name: "Ontario, Canada" }],
    [{ kind: "other", name: "x".repeat(100) }, { kind: "other", name: "x".repeat(100) }],
  ])("accepts %j", (input, expected) => {
    expect(GoverningLaw.parse(input)).toEqual(expected);
  });

  it.each([
    [{ kind: "us-state", state: "PR" }, "Choose a US state (or the District of Columbia) from the list"],
    [{ kind: "us-state", state: "ny" }, "Choose a US state (or the District of Columbia) from the list"],
    [{ kind: "uk", jurisdiction: "wales" }, "Choose England and Wales, Scotland or Northern Ireland"],
    [{ kind: "eu", country: "GB" }, "Choose an EU country from the list"],
    [{ kind: "eu", country: "CH" }, "Choose an EU country from the list"],
    [{ kind: "other", name: "   " }, "Enter the country or state whose law applies"],
    [{ kind: "other", name: "x".repeat(101) }, "Keep the name of the place to 100 characters or fewer"],
    [{ kind: "other" }, "Enter the country or state whose law applies"],
  ])("rejects %j", (input, message) => {
    const result = GoverningLaw.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it("rejects an unknown kind", () => {
    expect(GoverningLaw.safeParse({ kind: "uk-law" }).success).toBe(false);
  });
});

describe("governingLawName and courtsPhrase", () => {
  it.each<[GoverningLaw, string, string]>([
    [{ kind: "us-state", state: "NY" }, "the laws of the State of New York", "the state and federal courts located in the State of New York"],
    [{ kind: "us-state", state: "CA" }, "the laws of the State of California", "the state and federal courts located in the State of California"],
    [{ kind: "us-state", state: "MA" }, "the laws of the Commonwealth of Massachusetts", "the state and federal courts located in the Commonwealth of Massachusetts"],
    [{ kind: "us-state", state: "VA" }, "the laws of the Commonwealth of Virginia", "the state and federal courts located in the Commonwealth of Virginia"],
    [{ kind: "us-state", state: "DC" }, "the laws of the District of Columbia", "the state and federal courts located in the District of Columbia"],
    [{ kind: "uk", jurisdiction: "england-wales" }, "the laws of England and Wales", "the courts of England and Wales"],
    [{ kind: "uk", jurisdiction: "scotland" }, "the laws of Scotland", "the courts of Scotland"],
    [{ kind: "uk", jurisdiction: "northern-ireland" }, "the laws of Northern Ireland", "the courts of Northern Ireland"],
    [{ kind: "eu", country: "DE" }, "the laws of Germany", "the courts of Germany"],
    [{ kind: "eu", country: "NL" }, "the laws of the Netherlands", "the courts of the Netherlands"],
    [{ kind: "other", name: "Ontario, Canada" }, "the laws of Ontario, Canada", "the courts of Ontario, Canada"],
  ])("%j", (law, name, courts) => {
    expect(governingLawName(law)).toBe(name);
    expect(courtsPhrase(law)).toBe(courts);
  });
});
