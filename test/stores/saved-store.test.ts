import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { type EnvelopeKind, openEnvelope, wrapEnvelope } from "../../src/domain/drafts/versioned-envelope";
import { z } from "../../src/domain/zod";
import { FakeStorage } from "./fake-storage";

// What every saved thing gets from saved-store.ts, shown with a small kind of its own at version 3
// (the contract draft, the invoice list and the overdue case are all still at their first
// version): an older value is backed up exactly as it was before it is migrated (bad-inputs #38).

const KEY = "upfront:test-note";
const Note = z.object({ title: z._default(z.string().check(z.maxLength(50)), "") });
type Note = z.infer<typeof Note>;

const NOTE: EnvelopeKind<typeof Note> = {
  kind: "note",
  version: 3,
  schema: Note,
  migrations: {
    1: (data) => ({ title: String((data as { name?: unknown }).name ?? "") }),
    2: (data) => ({ title: `${(data as Note).title} (v3)` }),
  },
  maxChars: 10_000,
  words: { short: "note", full: "test note" },
};

async function openStore(storage: FakeStorage) {
  vi.resetModules();
  vi.stubGlobal("localStorage", storage);
  const { createSavedStore } = await import("../../src/stores/saved-store");
  return createSavedStore<Note>({
    key: KEY,
    open: (text) => openEnvelope(text, NOTE),
    encode: (value, savedAt) => JSON.stringify(wrapEnvelope(NOTE, value, savedAt)),
    fresh: () => ({ title: "" }),
    damagedMessage: () => "damaged",
    newerMessage: (version) => `newer ${version}`,
  });
}

const backups = (storage: FakeStorage) => [...storage.data.entries()].filter(([k]) => k.startsWith(`${KEY}:backup-`)).map(([, v]) => v);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("a value saved by an older version", () => {
  test.each([
    ["version 1, the first", JSON.stringify({ app: "upfront", kind: "note", version: 1, data: { name: "Groceries" } }), "Groceries (v3)"],
    ["version 2", JSON.stringify({ app: "upfront", kind: "note", version: 2, data: { title: "Groceries" } }), "Groceries (v3)"],
  ])("%s is kept as a backup exactly as saved, then opens migrated and is saved as version 3", async (_name, old, title) => {
    const storage = new FakeStorage({ [KEY]: old });
    const saved = await openStore(storage);
    expect(backups(storage)).toEqual([old]);
    expect(saved.$value.get()).toEqual({ title });
    expect(saved.$restoreProblem.get()).toBeNull();
    expect(saved.$readOnly.get()).toBe(false);
    saved.update((note) => ({ ...note, title: `${note.title}!` }));
    saved.flush();
    expect(JSON.parse(storage.getItem(KEY)!)).toMatchObject({ version: 3, data: { title: `${title}!` } });
    expect(backups(storage)).toEqual([old]);
  });

  test("the current version opens with no backup", async () => {
    const storage = new FakeStorage({ [KEY]: JSON.stringify(wrapEnvelope(NOTE, { title: "Now" })) });
    const saved = await openStore(storage);
    expect(saved.$value.get()).toEqual({ title: "Now" });
    expect(backups(storage)).toEqual([]);
  });
});
