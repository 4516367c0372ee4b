import { describe, expect, it } from "vitest";
import { formatInvoiceNumber, InvoicePrefix, numberMatches, readInvoicePrefix } from "../../../src/domain/invoice/book-number";

describe("formatInvoiceNumber", () => {
  it.each([
    ["2026-", 42, 4, "2026-0042"],
    ["2026-", 1, 4, "2026-0001"],
    ["INV/", 9_999, 4, "INV/9999"],
    ["INV/", 10_000, 4, "INV/10000"],
    ["", 7, 3, "007"],
    ["A.", 123_456, 2, "A.123456"],
  ])("%s + %i (%i digits) → %s", (prefix, sequence, digits, expected) => {
    expect(formatInvoiceNumber(prefix, sequence, digits)).toBe(expected);
  });
});

describe("numberMatches", () => {
  it.each([
    ["2026-0042", "2026-", 42, true],
    ["2026-42", "2026-", 42, true],
    ["2026-0043", "2026-", 42, false],
    ["2025-0042", "2026-", 42, false],
    ["2026-00x2", "2026-", 42, false],
    ["2026-", "2026-", 0, false],
  ])("%s / %s / %i → %s", (number, prefix, sequence, expected) => {
    expect(numberMatches(number, prefix, sequence)).toBe(expected);
  });
});

describe("readInvoicePrefix", () => {
  it.each([
    ["2026-", "2026-"],
    ["  INV/2026/ ", "INV/2026/"],
    ["a_b.c-d/", "a_b.c-d/"],
    ["", ""],
    ["x".repeat(20), "x".repeat(20)],
  ])("accepts %j → %j", (typed, expected) => {
    expect(readInvoicePrefix(typed)).toEqual({ ok: true, value: expected });
    expect(InvoicePrefix.safeParse(expected).success).toBe(true);
  });

  it.each([
    ["x".repeat(21), /20 characters or fewer/],
    ["INV 2026", /letters A–Z, digits and the signs - \/ _ \./],
    ["Rechnung-Ü", /letters A–Z/],
    ["#12", /letters A–Z/],
    ["a\nb", /letters A–Z/],
    ["__proto__", /reserved/],
    ["constructor", /reserved/],
  ])("refuses %j", (typed, message) => {
    const read = readInvoicePrefix(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(message);
  });

  it("the schema refuses what readInvoicePrefix refuses", () => {
    for (const bad of ["x".repeat(21), "a b", "__proto__", "prototype"]) expect(InvoicePrefix.safeParse(bad).success).toBe(false);
  });
});
