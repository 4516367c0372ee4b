import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_MINOR, minorToDecimalString } from "../../../src/domain/money/minor-units";

describe("minorToDecimalString", () => {
  it.each([
    { minor: 123456, digits: 2, expected: "1234.56" },
    { minor: 5, digits: 2, expected: "0.05" },
    { minor: 0, digits: 2, expected: "0.00" },
    { minor: 1234, digits: 3, expected: "1.234" },
    { minor: 7, digits: 3, expected: "0.007" },
    { minor: 1500, digits: 0, expected: "1500" },
    { minor: -150, digits: 2, expected: "-1.50" },
    { minor: MAX_MINOR, digits: 2, expected: "100000000000.00" },
  ])("$minor with $digits digits → $expected", ({ minor, digits, expected }) => {
    expect(minorToDecimalString(minor, digits)).toBe(expected);
  });

  it("is exact: removing the point gives back the digits of the integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 4 }), (minor, digits) => {
        const text = minorToDecimalString(minor, digits);
        expect(BigInt(text.replace(".", ""))).toBe(BigInt(minor));
        expect(digits === 0 ? !text.includes(".") : text.split(".")[1]!.length === digits).toBe(true);
      }),
    );
  });

  it("keeps every sum of two maximum amounts a safe integer", () => {
    expect(Number.isSafeInteger(MAX_MINOR * 2)).toBe(true);
  });
});
