import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { ContractDraft } from "../../src/domain/contract/contract-draft";
import { newContractDraft } from "../../src/domain/contract/new-contract-draft";
import { MAX_DRAFT_BYTES, wrapDraft } from "../../src/domain/drafts/draft-envelope";
import { FakeStorage } from "./fake-storage";

const KEY = "upfront:contract-draft";
const BACKUP = `${KEY}:backup-`;

type Stores = typeof import("../../src/stores/contract-draft");

/** Loads the store module afresh over the given storage ("throws": localStorage access is denied). */
async function open(storage: FakeStorage | "throws" | null = new FakeStorage()): Promise<Stores> {
  vi.resetModules();
  if (storage === "throws") {
    Object.defineProperty(globalThis, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  } else {
    vi.stubGlobal("localStorage", storage ?? undefined);
  }
  vi.stubGlobal("navigator", { language: "de-AT" });
  return import("../../src/stores/contract-draft");
}

/** A new draft in the browser's number style (de-AT reads as de-DE), with an id of its own. */
function expectFreshDraft(draft: ContractDraft): void {
  expect(draft.id).toMatch(/^contract-[0-9a-z]+$/);
  expect({ ...draft, id: "" }).toEqual(newContractDraft("de-DE"));
}

const saved = (data: unknown, version = 1) => JSON.stringify({ ...wrapDraft(newContractDraft(), "2027-01-01T00:00:00.000Z"), version, data });
const backups = (storage: FakeStorage) => [...storage.data.keys()].filter((k) => k.startsWith(BACKUP));

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, "localStorage");
});

describe("opening the saved draft", () => {
  test("nothing saved: a new draft in the browser's number style", async () => {
    const s = await open();
    expectFreshDraft(s.$draft.get());
    expect(s.$saveStatus.get()).toBe("saved");
    expect(s.$restoreProblem.get()).toBeNull();
    expect(s.$readOnly.get()).toBe(false);
  });

  test("a saved draft opens as it was", async () => {
    const draft = { ...newContractDraft(), you: { ...newContractDraft().you, name: "Ada Lovelace" } };
    const s = await open(new FakeStorage({ [KEY]: JSON.stringify(wrapDraft(draft)) }));
    expect(s.$draft.get().you.name).toBe("Ada Lovelace");
  });

  test.each([
    ["a draft saved before drafts had ids gets one", "", /^contract-[0-9a-z]+$/],
    ["a draft's id is kept", "contract-abc", /^contract-abc$/],
  ])("%s", async (_, id, expected) => {
    const storage = new FakeStorage({ [KEY]: JSON.stringify(wrapDraft({ ...newContractDraft(), id })) });
    const s = await open(storage);
    expect(s.$draft.get().id).toMatch(expected);
    // Saved, so a reload finds the same id (and the invoices made from the contract).
    vi.runAllTimers();
    expect(JSON.parse(storage.getItem(KEY)!).data.id).toBe(s.$draft.get().id);
  });

  test.each([
    ["not JSON", "{not json"],
    ["null", "null"],
    ["an array", "[]"],
    ["the wrong shape", saved({ you: { name: 5 } })],
    ["a stranger's JSON", JSON.stringify({ hello: "world" })],
  ])("%s: a fresh draft, a backup of the text and a message", async (_what, text) => {
    const storage = new FakeStorage({ [KEY]: text });
    const s = await open(storage);
    expectFreshDraft(s.$draft.get());
    const problem = s.$restoreProblem.get();
    expect(problem?.text).toBe(text);
    expect(problem?.message).toMatch(/could not be opened/);
    expect(problem?.backupKey).toMatch(/^upfront:contract-draft:backup-\d{4}-/);
    expect(storage.getItem(problem!.backupKey!)).toBe(text);
    // The damaged value is gone, so a reload doesn't make a second backup.
    expect(storage.getItem(KEY)).toBeNull();
    s.dismissRestoreProblem();
    expect(s.$restoreProblem.get()).toBeNull();
  });

  test("a damaged draft with no room for a backup stays where it is, and the message says so", async () => {
    const storage = new FakeStorage({ [KEY]: "{not json" });
    storage.failWrites = true;
    const s = await open(storage);
    expect(s.$restoreProblem.get()?.backupKey).toBeNull();
    expect(s.$restoreProblem.get()?.message).toMatch(/download it now/);
    expect(storage.getItem(KEY)).toBe("{not json");
    expect(s.$saveStatus.get()).toBe("not-saved");
  });

  test("a newer version opens read-only and is never overwritten", async () => {
    const newer = saved({ ...newContractDraft(), scope: { ...newContractDraft().scope, title: "From the future" } }, 99);
    const storage = new FakeStorage({ [KEY]: newer });
    const s = await open(storage);
    expect(s.$readOnly.get()).toBe(true);
    expect(s.$readOnlyMessage.get()).toMatch(/newer version of Upfront/);
    expect(s.$draft.get().scope.title).toBe("From the future");
    s.setField("scope.title", "Changed");
    expect(s.addDeliverable()).toBeNull();
    s.removeMilestone("m1");
    vi.runAllTimers();
    s.flushDraft();
    expect(s.$draft.get().scope.title).toBe("From the future");
    expect(storage.getItem(KEY)).toBe(newer);
    // Downloading it gives the saved text as is, with the fields this version doesn't know.
    expect(s.exportDraft()).toBe(newer);
  });

  test("start over from a newer draft keeps a backup of it first", async () => {
    const newer = saved(newContractDraft(), 99);
    const storage = new FakeStorage({ [KEY]: newer });
    const s = await open(storage);
    s.startOver();
    s.flushDraft();
    expect(s.$readOnly.get()).toBe(false);
    expect(backups(storage).map((k) => storage.getItem(k))).toEqual([newer]);
    expect(JSON.parse(storage.getItem(KEY)!).version).toBe(1);
  });
});

describe("saving", () => {
  test("typing is written a moment later, as a versioned envelope", async () => {
    const storage = new FakeStorage();
    const s = await open(storage);
    const before = storage.writes;
    s.setField("you.name", "A");
    s.setField("you.name", "Ad");
    s.setField("you.name", "Ada");
    expect(storage.getItem(KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    const envelope = JSON.parse(storage.getItem(KEY)!);
    expect(envelope).toMatchObject({ app: "upfront", kind: "contract-draft", version: 1 });
    expect(envelope.data.you.name).toBe("Ada");
    expect(typeof envelope.savedAt).toBe("string");
    expect(storage.writes - before).toBe(1);
  });

  test("full storage: typing still works, the status says not saved, and recovers", async () => {
    const storage = new FakeStorage();
    const s = await open(storage);
    storage.failWrites = true;
    s.setField("client.name", "Bob");
    s.flushDraft();
    expect(s.$draft.get().client.name).toBe("Bob");
    expect(s.$saveStatus.get()).toBe("not-saved");
    storage.failWrites = false;
    s.setField("client.name", "Bobby");
    s.flushDraft();
    expect(s.$saveStatus.get()).toBe("saved");
    expect(JSON.parse(storage.getItem(KEY)!).data.client.name).toBe("Bobby");
  });

  test("storage that throws on access (private window): a working draft, marked not saved", async () => {
    const s = await open("throws");
    expect(s.$saveStatus.get()).toBe("not-saved");
    s.setField("you.name", "Ada");
    s.flushDraft();
    expect(s.$draft.get().you.name).toBe("Ada");
  });

  test("no localStorage at all", async () => {
    const s = await open(null);
    expect(s.$saveStatus.get()).toBe("not-saved");
    expect(s.$draft.get().payment.milestones).toHaveLength(2);
  });
});

describe("actions", () => {
  test("setField follows the path and cuts text to the field's limit", async () => {
    const s = await open();
    s.setField("law.kind", "uk");
    s.setField("payment.methods", ["card", "other"]);
    s.setField("you.name", "x".repeat(500));
    expect(s.$draft.get().law.kind).toBe("uk");
    expect(s.$draft.get().payment.methods).toEqual(["card", "other"]);
    expect(s.$draft.get().you.name).toHaveLength(200);
    expect(() => s.setField("you.nickname", "x")).toThrow();
  });

  test("deliverables: add, move, remove (which unlinks it from milestones)", async () => {
    const s = await open();
    const second = s.addDeliverable()!;
    expect(s.$draft.get().scope.deliverables.map((d) => d.id)).toEqual(["d1", second]);
    s.moveDeliverable(second, -1);
    expect(s.$draft.get().scope.deliverables.map((d) => d.id)).toEqual([second, "d1"]);
    s.moveDeliverable(second, -1);
    expect(s.$draft.get().scope.deliverables.map((d) => d.id)).toEqual([second, "d1"]);
    s.setField("payment.milestones.0.deliverableIds", ["d1", second]);
    s.setField("payment.milestones.1.acceptanceOf", second);
    s.removeDeliverable(second);
    const { scope, payment } = s.$draft.get();
    expect(scope.deliverables.map((d) => d.id)).toEqual(["d1"]);
    expect(payment.milestones[0]!.deliverableIds).toEqual(["d1"]);
    expect(payment.milestones[1]!.acceptanceOf).toBe("");
  });

  test("deliverables stop at the limit", async () => {
    const s = await open();
    for (let i = 0; i < 40; i += 1) s.addDeliverable();
    expect(s.$draft.get().scope.deliverables).toHaveLength(30);
    expect(s.addDeliverable()).toBeNull();
  });

  test("milestones: add, move, remove", async () => {
    const s = await open();
    const third = s.addMilestone()!;
    expect(third).toBe("m3");
    s.moveMilestone(third, -1);
    expect(s.$draft.get().payment.milestones.map((m) => m.id)).toEqual(["m1", "m3", "m2"]);
    s.removeMilestone("m1");
    expect(s.$draft.get().payment.milestones.map((m) => m.id)).toEqual(["m3", "m2"]);
    expect(s.addMilestone()).toBe("m4");
  });

  test("setTier edits one option, and gives an old draft its three options first", async () => {
    const draft = newContractDraft();
    const s = await open(new FakeStorage({ [KEY]: JSON.stringify(wrapDraft({ ...draft, price: { ...draft.price, tiers: [] } })) }));
    s.setTier(1, "price", "2500");
    const tiers = s.$draft.get().price.tiers;
    expect(tiers.map((t) => t.name)).toEqual(["Good", "Better", "Best"]);
    expect(tiers[1]!.price).toBe("2500");
  });

  test("startOver replaces every answer", async () => {
    const s = await open();
    s.setField("you.name", "Ada");
    s.startOver();
    expectFreshDraft(s.$draft.get());
  });
});

describe("export and import", () => {
  test("an exported draft imports back", async () => {
    const s = await open();
    s.setField("scope.title", "Shop");
    const text = s.exportDraft();
    s.startOver();
    expect(s.importDraft(text)).toEqual({ ok: true });
    expect(s.$draft.get().scope.title).toBe("Shop");
  });

  test.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["another app's file", JSON.stringify({ a: 1 }), /isn't an Upfront contract draft/],
    ["a damaged draft", saved({ scope: { deliverables: "none" } }), /damaged/],
    ["a newer version", saved(newContractDraft(), 7), /newer version of Upfront \(draft version 7\)/],
  ])("%s: a message, and the current draft untouched", async (_what, text, message) => {
    const s = await open();
    s.setField("you.name", "Keep me");
    const result = s.importDraft(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(message);
    expect(s.$draft.get().you.name).toBe("Keep me");
  });

  test("a file too large is refused before it is read", async () => {
    const s = await open();
    const text = vi.fn(async () => "");
    const result = await s.importDraftFile({ size: MAX_DRAFT_BYTES + 1, text } as unknown as Blob);
    expect(result.ok).toBe(false);
    expect(text).not.toHaveBeenCalled();
  });

  test("a file is read and imported", async () => {
    const s = await open();
    s.setField("scope.title", "From a file");
    const file = new Blob([s.exportDraft()], { type: "application/json" });
    s.startOver();
    expect(await s.importDraftFile(file)).toEqual({ ok: true });
    expect(s.$draft.get().scope.title).toBe("From a file");
  });
});
