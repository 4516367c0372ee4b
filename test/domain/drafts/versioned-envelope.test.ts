import { describe, expect, it } from "vitest";
import { z } from "../../../src/domain/zod";
import { openEnvelope, withoutPrototypeKeys, withUniqueIds, wrapEnvelope, type EnvelopeKind } from "../../../src/domain/drafts/versioned-envelope";

const Note = z.object({ title: z._default(z.string().check(z.maxLength(10)), ""), items: z._default(z.array(z.object({ id: z.string() })), []) });

const NOTE = (overrides: Partial<EnvelopeKind<typeof Note>> = {}): EnvelopeKind<typeof Note> => ({
  kind: "note",
  version: 3,
  schema: Note,
  migrations: {
    1: (data) => ({ ...(data as object), title: `v2 ${(data as { name?: string }).name ?? ""}`.trim() }),
    2: (data) => ({ ...(data as object), items: [] }),
  },
  maxChars: 1_000,
  repair: (note) => ({ ...note, items: withUniqueIds(note.items, "n") }),
  words: { short: "note", full: "test note" },
  ...overrides,
});

const text = (version: number, data: unknown, kind = "note") => JSON.stringify({ app: "upfront", kind, version, data });

describe("openEnvelope", () => {
  it("round-trips wrapEnvelope", () => {
    const note = { title: "Hi", items: [{ id: "a" }] };
    expect(wrapEnvelope(NOTE(), note, "2026-01-01T00:00:00Z")).toEqual({ app: "upfront", kind: "note", version: 3, savedAt: "2026-01-01T00:00:00Z", data: note });
    expect(openEnvelope(JSON.stringify(wrapEnvelope(NOTE(), note)), NOTE())).toEqual({ status: "ok", value: note, migratedFrom: null });
  });

  it("runs every migration step from an old version, in order", () => {
    expect(openEnvelope(text(1, { name: "old", items: [{ id: "x" }] }), NOTE())).toEqual({
      status: "ok",
      value: { title: "v2 old", items: [] },
      migratedFrom: 1,
    });
  });

  it("repairs duplicate ids in data that opens normally", () => {
    const opened = openEnvelope(text(3, { items: [{ id: "a" }, { id: "a" }, { id: "b" }] }), NOTE());
    expect(opened.status === "ok" && opened.value.items.map((i) => i.id)).toEqual(["a", "n4", "b"]);
  });

  it("a newer version is returned as such, with its data when it still fits and without repair", () => {
    expect(openEnvelope(text(4, { title: "new", items: [{ id: "a" }, { id: "a" }] }), NOTE())).toEqual({
      status: "newer",
      version: 4,
      value: { title: "new", items: [{ id: "a" }, { id: "a" }] },
    });
    expect(openEnvelope(text(9, { title: 5 }), NOTE())).toEqual({ status: "newer", version: 9, value: null });
  });

  it.each([
    { name: "too long", input: `"${"x".repeat(1_000)}"`, message: "This file is too large to be an Upfront note." },
    { name: "not JSON", input: "{", message: "This isn't an Upfront note: the file is not valid JSON." },
    { name: "another kind", input: text(3, {}, "contract-draft"), message: "This isn't an Upfront test note." },
    { name: "invalid data", input: text(3, { title: "x".repeat(11) }), message: "This test note is damaged (at title) and can't be opened." },
  ])("damaged: $name", ({ input, message }) => {
    expect(openEnvelope(input, NOTE())).toEqual({ status: "damaged", message });
  });

  it("a missing migration step or one that throws is reported, not thrown", () => {
    expect(openEnvelope(text(1, {}), NOTE({ migrations: {} }))).toEqual({ status: "damaged", message: "This note's version (1) can't be upgraded." });
    const throwing = NOTE({ migrations: { 2: () => { throw new Error("boom"); } } });
    expect(openEnvelope(text(2, {}), throwing)).toEqual({ status: "damaged", message: "This note's version (2) can't be upgraded." });
  });
});

describe("withoutPrototypeKeys", () => {
  it("drops __proto__, constructor and prototype at every level", () => {
    const parsed = JSON.parse('{"a":{"__proto__":{"x":1},"constructor":{"prototype":{"y":2}},"b":[{"prototype":1,"c":2}]}}', withoutPrototypeKeys);
    expect(parsed).toEqual({ a: { b: [{ c: 2 }] } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("withUniqueIds", () => {
  it.each([
    { ids: ["a", "b"], expected: ["a", "b"] },
    { ids: ["a", "a"], expected: ["a", "x3"] },
    { ids: ["x3", "x3", "x3"], expected: ["x3", "x4", "x5"] },
    { ids: [], expected: [] },
  ])("$ids → $expected", ({ ids, expected }) => {
    expect(withUniqueIds(ids.map((id) => ({ id })), "x").map((i) => i.id)).toEqual(expected);
  });

  it("keeps items that were already unique as the same objects", () => {
    const items = [{ id: "a" }, { id: "b" }];
    const fixed = withUniqueIds(items, "x");
    expect(fixed[0]).toBe(items[0]);
    expect(fixed[1]).toBe(items[1]);
  });
});
