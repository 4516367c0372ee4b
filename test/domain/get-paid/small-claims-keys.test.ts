import { describe, expect, it } from "vitest";
import { SMALL_CLAIMS_KEYS, isSmallClaimsKey } from "../../../src/domain/get-paid/small-claims-keys";
import { SMALL_CLAIMS_LIMITS } from "../../../src/domain/get-paid/small-claims-limits";

describe("isSmallClaimsKey", () => {
  it.each([
    ["england-wales", true],
    ["us-NY-nyc", true],
    ["us-IL", true],
    ["", false],
    ["England-Wales", false],
    ["us-NY", false],
    ["__proto__", false],
    ["toString", false],
  ])("%j → %s", (key, expected) => {
    expect(isSmallClaimsKey(key)).toBe(expected);
  });
});

describe("the keys and the table of limits", () => {
  it("name the same places, each once", () => {
    expect(SMALL_CLAIMS_LIMITS.map((l) => l.key).sort()).toEqual([...SMALL_CLAIMS_KEYS].sort());
  });
});
