import { describe, expect, it } from "vitest";
import { moveItem, nextId } from "../../../src/domain/drafts/list-items";

describe("nextId", () => {
  it.each([
    { name: "first id", taken: [], expected: "m1" },
    { name: "after two", taken: [{ id: "m1" }, { id: "m2" }], expected: "m3" },
    { name: "skips a taken id after a deletion", taken: [{ id: "m2" }], expected: "m3" },
    { name: "fills nothing it cannot", taken: [{ id: "m3" }, { id: "m2" }], expected: "m4" },
  ])("$name → $expected", ({ taken, expected }) => {
    expect(nextId("m", taken)).toBe(expected);
  });
});

describe("moveItem", () => {
  const items = [{ id: "a" }, { id: "b" }, { id: "c" }];
  it.each([
    { name: "moves the middle item up", id: "b", by: -1 as const, expected: ["b", "a", "c"] },
    { name: "moves the middle item down", id: "b", by: 1 as const, expected: ["a", "c", "b"] },
    { name: "the first item up is a no-op", id: "a", by: -1 as const, expected: ["a", "b", "c"] },
    { name: "the last item down is a no-op", id: "c", by: 1 as const, expected: ["a", "b", "c"] },
    { name: "an unknown id is a no-op", id: "z", by: 1 as const, expected: ["a", "b", "c"] },
  ])("$name", ({ id, by, expected }) => {
    const moved = moveItem(items, id, by);
    expect(moved.map((i) => i.id)).toEqual(expected);
    expect(moved).not.toBe(items);
    expect(items.map((i) => i.id)).toEqual(["a", "b", "c"]);
  });

  it("handles an empty and a one-item list", () => {
    expect(moveItem([], "a", 1)).toEqual([]);
    expect(moveItem([{ id: "a" }], "a", -1)).toEqual([{ id: "a" }]);
  });
});
