import { describe, expect, it } from "vitest";
import { referenceDate } from "../../../src/domain/late-interest/reference-date";
import { STATUTORY_REGIMES } from "../../../src/domain/late-interest/statutory-regimes";

describe("referenceDate", () => {
  it.each<[string, "uk" | "eu" | "de" | "fr", string, string]>([
    // UK Rate of Interest Order 2002: interest starting 1 July–31 December → Bank Rate on 30 June.
    ["UK, interest starts 1 July", "uk", "2023-07-01", "2023-06-30"],
    ["UK, interest starts 31 December", "uk", "2023-12-31", "2023-06-30"],
    // … starting 1 January–30 June → Bank Rate on the 31 December before.
    ["UK, interest starts 1 January", "uk", "2024-01-01", "2023-12-31"],
    ["UK, interest starts 30 June", "uk", "2023-06-30", "2022-12-31"],
    // Directive art. 3(2), § 247 BGB, L441-10: 1 January for Jan–Jun, 1 July for Jul–Dec.
    ["EU, a day in March", "eu", "2024-03-15", "2024-01-01"],
    ["EU, 30 June", "eu", "2024-06-30", "2024-01-01"],
    ["Germany, 1 July", "de", "2024-07-01", "2024-07-01"],
    ["France, 31 December", "fr", "2024-12-31", "2024-07-01"],
  ])("%s", (_label, id, day, expected) => {
    expect(referenceDate(STATUTORY_REGIMES[id], day)).toBe(expected);
  });
});
