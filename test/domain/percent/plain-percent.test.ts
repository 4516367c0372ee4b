import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePercent } from "../../../src/domain/percent/parse-percent";
import { plainPercent } from "../../../src/domain/percent/plain-percent";

describe("plainPercent", () => {
  it.each([
    { bp: 200, decimal: undefined, text: "2" },
    { bp: 150, decimal: undefined, text: "1.5" },
    { bp: 125, decimal: undefined, text: "1.25" },
    { bp: 105, decimal: undefined, text: "1.05" },
    { bp: 1, decimal: undefined, text: "0.01" },
    { bp: 0, decimal: undefined, text: "0" },
    { bp: 10_000, decimal: undefined, text: "100" },
    { bp: 123_456, decimal: undefined, text: "1234.56" },
    { bp: 150, decimal: ",", text: "1,5" },
    { bp: 1_200, decimal: ",", text: "12" },
  ])("$bp basis points, mark '$decimal' → $text", ({ bp, decimal, text }) => {
    expect(plainPercent(bp, decimal)).toBe(text);
  });

  it("reads back to the same basis points in en-US and de-DE", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (bp) => {
        expect(parsePercent(plainPercent(bp), "en-US", { max: 100_000 })).toEqual({ ok: true, value: bp });
        expect(parsePercent(plainPercent(bp, ","), "de-DE", { max: 100_000 })).toEqual({ ok: true, value: bp });
      }),
    );
  });
});
