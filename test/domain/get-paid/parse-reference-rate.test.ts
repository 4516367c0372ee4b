import { describe, expect, it } from "vitest";
import { parseReferenceRate } from "../../../src/domain/get-paid/parse-reference-rate";

describe("parseReferenceRate", () => {
  it.each([
    ["4.25", "en-GB", 425],
    ["3.75 %", "en-GB", 375],
    ["0", "en-GB", 0],
    ["-0.88", "en-GB", -88],
    ["−0,88", "de-DE", -88],
    ["-0", "en-GB", 0],
    ["50", "en-GB", 5_000],
    ["-10", "en-GB", -1_000],
  ])("%s (%s) → %i basis points", (raw, locale, expected) => {
    expect(parseReferenceRate(raw, locale)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "Enter the reference rate"],
    ["four", "Enter the reference rate as a number"],
    ["4.255", "Enter the reference rate with no more than 2 decimal places"],
    ["50.01", "Enter the reference rate of 50% or less"],
    ["-10.01", "Enter a reference rate of -10% or more"],
    ["--1", "Enter the reference rate as 0 or more"],
  ])("refuses %j", (raw, message) => {
    const read = parseReferenceRate(raw, "en-GB");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });
});
