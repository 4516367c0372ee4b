import { describe, expect, it } from "vitest";
import { isValidCalendarDate } from "../../../src/domain/dates/calendar-date";
import { isCurrencyCode } from "../../../src/domain/money/currency";
import { SMALL_CLAIMS_LIMITS, smallClaimsFit, smallClaimsLimit, smallClaimsLimitFor } from "../../../src/domain/get-paid/small-claims-limits";

describe("SMALL_CLAIMS_LIMITS", () => {
  it("every row is dated, sourced and in a real currency, one per key", () => {
    expect(new Set(SMALL_CLAIMS_LIMITS.map((l) => l.key)).size).toBe(SMALL_CLAIMS_LIMITS.length);
    for (const l of SMALL_CLAIMS_LIMITS) {
      expect(isValidCalendarDate(l.checked)).toBe(true);
      expect(isCurrencyCode(l.currency)).toBe(true);
      expect(l.source).toMatch(/^https:\/\//);
      expect(l.rule).not.toBe("");
      expect(Number.isSafeInteger(l.limit) && l.limit > 0).toBe(true);
    }
  });

  it.each([
    ["england-wales", "GBP", 1_000_000],
    ["scotland", "GBP", 500_000],
    ["northern-ireland", "GBP", 500_000],
    ["ireland", "EUR", 200_000],
    ["us-CA", "USD", 1_250_000],
    ["us-NY-nyc", "USD", 1_000_000],
    ["us-TX", "USD", 2_000_000],
    ["us-FL", "USD", 800_000],
    ["us-IL", "USD", 1_000_000],
  ] as const)("%s: %s %d", (key, currency, limit) => {
    expect([smallClaimsLimit(key).currency, smallClaimsLimit(key).limit]).toEqual([currency, limit]);
  });
});

describe("smallClaimsLimitFor", () => {
  it.each([
    [{ kind: "uk", jurisdiction: "scotland" } as const, "scotland"],
    [{ kind: "uk", jurisdiction: "england-wales" } as const, "england-wales"],
    [{ kind: "eu", country: "IE" } as const, "ireland"],
    [{ kind: "us-state", state: "NY" } as const, "us-NY-nyc"],
    [{ kind: "us-state", state: "CA" } as const, "us-CA"],
  ])("%j → %s", (law, key) => {
    expect(smallClaimsLimitFor(law)?.key).toBe(key);
  });

  it.each([[{ kind: "eu", country: "DE" } as const], [{ kind: "us-state", state: "WA" } as const], [{ kind: "other", name: "Japan" } as const]])("%j → null (not verified)", (law) => {
    expect(smallClaimsLimitFor(law)).toBeNull();
  });
});

describe("smallClaimsFit", () => {
  it.each([
    { key: "england-wales" as const, amount: 1_000_000, currency: "GBP", claimant: "person" as const, fit: "fits" },
    { key: "england-wales" as const, amount: 1_000_001, currency: "GBP", claimant: "person" as const, fit: "over" },
    { key: "england-wales" as const, amount: 100, currency: "EUR", claimant: "person" as const, fit: "other-currency" },
    { key: "us-CA" as const, amount: 1_000_000, currency: "USD", claimant: "person" as const, fit: "fits" },
    { key: "us-CA" as const, amount: 1_000_000, currency: "USD", claimant: "entity" as const, fit: "over" },
    { key: "ireland" as const, amount: 10_000, currency: "EUR", claimant: "person" as const, fit: "not-for-invoices" },
  ])("$key $amount $currency ($claimant) → $fit", ({ key, amount, currency, claimant, fit }) => {
    expect(smallClaimsFit(smallClaimsLimit(key), amount, currency, claimant)).toBe(fit);
  });
});
