import { describe, expect, it } from "vitest";
import { days, ordinal } from "../../../src/domain/terms/day-words";

describe("days", () => {
  it.each([
    [0, "0 days"],
    [1, "1 day"],
    [2, "2 days"],
    [30, "30 days"],
  ])("%i → %s", (n, expected) => expect(days(n)).toBe(expected));
});

describe("ordinal", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [8, "8th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [23, "23rd"],
    [101, "101st"],
    [111, "111th"],
    [112, "112th"],
    [366, "366th"],
  ])("%i → %s", (n, expected) => expect(ordinal(n)).toBe(expected));
});
