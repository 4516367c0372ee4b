import { describe, expect, it } from "vitest";
import type { GoverningLaw } from "../../../src/domain/law/governing-law";
import { lateFeeWarnings } from "../../../src/domain/law/late-fee-warnings";
import type { LateFeeTerms } from "../../../src/domain/terms/late-fee-terms";

const monthly = (basisPoints: number): LateFeeTerms => ({ kind: "percent-per-month", basisPoints, graceDays: 0, cap: null });
const annual = (basisPoints: number): LateFeeTerms => ({ kind: "annual-rate", basisPoints, graceDays: 0, cap: null });
const flat: LateFeeTerms = { kind: "flat", amount: 2500, graceDays: 7, cap: null };
const none: LateFeeTerms = { kind: "none" };

const england: GoverningLaw = { kind: "uk", jurisdiction: "england-wales" };
const scotland: GoverningLaw = { kind: "uk", jurisdiction: "scotland" };
const germany: GoverningLaw = { kind: "eu", country: "DE" };
const poland: GoverningLaw = { kind: "eu", country: "PL" };
const newYork: GoverningLaw = { kind: "us-state", state: "NY" };
const california: GoverningLaw = { kind: "us-state", state: "CA" };
const texas: GoverningLaw = { kind: "us-state", state: "TX" };
const ontario: GoverningLaw = { kind: "other", name: "Ontario, Canada" };

const ctx = { currency: "GBP", locale: "en-GB" };

describe("lateFeeWarnings: which rules fire", () => {
  it.each<[string, LateFeeTerms, GoverningLaw, string[]]>([
    // UK: statutory rate is 3.75% + 8 = 11.75% a year (last known)
    ["UK, 1.5% a month (18% a year)", monthly(150), england, ["uk-above-statutory-rate"]],
    ["UK, 1% a month (12% a year) is just above", monthly(100), scotland, ["uk-above-statutory-rate"]],
    ["UK, exactly the statutory rate", annual(1175), england, []],
    ["UK, below the statutory rate", annual(500), england, ["info-uk-substantial-remedy"]],
    ["UK, flat fee", flat, england, ["info-uk-substantial-remedy", "info-uk-fixed-compensation"]],
    ["UK, no late fee", none, england, ["info-uk-statutory-interest"]],
    // EU: 2.15% + 8 = 10.15% a year (last known)
    ["EU euro country, above the reference", annual(1200), germany, ["eu-above-reference-rate"]],
    ["EU euro country, at the reference", annual(1015), germany, []],
    ["EU euro country, below the reference", annual(800), germany, []],
    ["EU non-euro country", annual(1200), poland, ["info-eu-national-reference-rate"]],
    ["EU, flat fee", flat, germany, ["info-eu-fixed-compensation"]],
    ["EU, no late fee", none, germany, ["info-eu-statutory-interest"]],
    // New York: 16% civil, 25% criminal
    ["New York, 16% a year", annual(1600), newYork, []],
    ["New York, 1.5% a month (18% a year)", monthly(150), newYork, ["us-ny-civil-usury"]],
    ["New York, 25% a year", annual(2500), newYork, ["us-ny-civil-usury"]],
    ["New York, 2.5% a month (30% a year)", monthly(250), newYork, ["us-ny-criminal-usury"]],
    ["New York, flat fee", flat, newYork, []],
    // California: legal rate 10%
    ["California, 10% a year", annual(1000), california, []],
    ["California, 1% a month (12% a year)", monthly(100), california, ["us-ca-above-legal-rate"]],
    ["California, flat fee", flat, california, ["info-us-ca-reasonable-late-fee"]],
    // Other states: a gentle check above 18%
    ["Texas, 18% a year", annual(1800), texas, []],
    ["Texas, 2% a month (24% a year)", monthly(200), texas, ["us-above-18-percent"]],
    ["Texas, no late fee", none, texas, []],
    // Anywhere else: nothing is claimed
    ["other law, very high rate", monthly(1000), ontario, []],
  ])("%s", (_label, terms, law, codes) => {
    expect(lateFeeWarnings(terms, law, ctx).map((w) => w.code)).toEqual(codes);
  });
});

describe("lateFeeWarnings: messages cite the rule", () => {
  const one = (terms: LateFeeTerms, law: GoverningLaw, code: string, locale = "en-GB") => {
    const warning = lateFeeWarnings(terms, law, { currency: "GBP", locale }).find((w) => w.code === code);
    expect(warning).toBeDefined();
    return warning!;
  };

  it("UK above the statutory rate names the rate, the Act and the penalty case", () => {
    const w = one(monthly(150), england, "uk-above-statutory-rate");
    expect(w.message).toContain("18% a year is more than the UK statutory late-payment rate of 11.75% a year");
    expect(w.message).toContain("check the current rate at the Bank of England");
    expect(w.message).toContain("penalty");
    expect(w.source).toContain("Late Payment of Commercial Debts (Interest) Act 1998");
    expect(w.source).toContain("Cavendish Square Holding BV v Makdessi [2015] UKSC 67");
  });

  it("UK substantial remedy cites ss. 8 and 9", () => {
    const w = one(flat, england, "info-uk-substantial-remedy");
    expect(w.message).toContain("substantial remedy");
    expect(w.source).toBe("Late Payment of Commercial Debts (Interest) Act 1998, ss. 8 and 9");
  });

  it("UK fixed compensation gives the three bands", () => {
    const w = one(flat, england, "info-uk-fixed-compensation");
    expect(w.message).toBe(
      "For comparison, the Act's fixed compensation for a late invoice from a business client is £40.00 for an invoice " +
        "under £1,000.00, £70.00 from £1,000.00 to under £10,000.00, and £100.00 for £10,000.00 or more.",
    );
    expect(w.source).toContain("s. 5A");
  });

  it("EU above the reference calls it the EU minimum, says it is the last known rate and defers to national law", () => {
    const w = one(annual(1200), germany, "eu-above-reference-rate");
    expect(w.message).toContain("12% a year is above the EU minimum statutory late-payment rate of 10.15% a year");
    expect(w.message).toContain("the last we know of");
    expect(w.message).toContain("only the Directive's floor");
    expect(w.message).toContain("Germany's law may limit one it finds excessive");
    expect(w.source).toContain("Directive 2011/7/EU");
  });

  it("EU fixed compensation is €40, formatted in the user's locale", () => {
    expect(one(flat, germany, "info-eu-fixed-compensation", "de-DE").message).toContain("40,00\u00a0€");
    expect(one(flat, poland, "info-eu-fixed-compensation").message).toContain("€40.00 fixed compensation");
    expect(one(flat, poland, "info-eu-fixed-compensation").message).toContain("(or the same in national currency)");
  });

  it("New York cites the civil and criminal usury statutes", () => {
    expect(one(monthly(150), newYork, "us-ny-civil-usury").source).toBe(
      "N.Y. General Obligations Law § 5-501; N.Y. Banking Law § 14-a",
    );
    expect(one(monthly(250), newYork, "us-ny-criminal-usury").source).toContain("N.Y. Penal Law § 190.40");
  });

  it("California cites the legal rate and the penalty rule", () => {
    const w = one(monthly(100), california, "us-ca-above-legal-rate");
    expect(w.message).toContain("12% a year is above California's legal rate of 10% a year");
    expect(w.source).toBe("Cal. Civil Code § 3289(b); Cal. Civil Code § 1671");
  });

  it("other US states get a check, with no limit claimed", () => {
    const w = one(monthly(200), texas, "us-above-18-percent");
    expect(w.message).toContain("Check Texas's usury law");
    expect(w.source).toContain("no specific limit is claimed");
  });

  it("every warning has a code, a message and a source", () => {
    const laws: GoverningLaw[] = [england, scotland, germany, poland, newYork, california, texas, ontario];
    const terms: LateFeeTerms[] = [none, flat, monthly(50), monthly(150), monthly(300), annual(800), annual(3000)];
    for (const law of laws)
      for (const t of terms)
        for (const w of lateFeeWarnings(t, law, ctx)) {
          expect(w.code).toMatch(/^(info-)?[a-z0-9-]+$/);
          expect(w.message.length).toBeGreaterThan(20);
          expect(w.source.length).toBeGreaterThan(5);
        }
  });
});
