import { afterEach, describe, expect, test, vi } from "vitest";
import { newContractDraft } from "../../src/domain/contract/new-contract-draft";
import { wrapDraft } from "../../src/domain/drafts/draft-envelope";
import { FakeStorage } from "./fake-storage";

const KEY = "upfront:contract-draft";
const BACKUP = `${KEY}:backup-`;

/** A page at `start` with its address, history and storage, and the stores loaded afresh over them. */
async function load(start: string, saved?: Record<string, string>) {
  vi.resetModules();
  const location = { href: start, search: new URL(start).search };
  const move = (_state: unknown, _title: string, url: URL | string) => {
    location.href = String(url);
    location.search = new URL(String(url)).search;
  };
  const history = { state: null, pushState: vi.fn(move), replaceState: vi.fn(move) };
  const storage = new FakeStorage(saved);
  vi.stubGlobal("location", location);
  vi.stubGlobal("history", history);
  vi.stubGlobal("window", new EventTarget());
  vi.stubGlobal("localStorage", storage);
  vi.stubGlobal("navigator", { language: "en-US" });
  const preset = await import("../../src/stores/contract-preset");
  const draft = await import("../../src/stores/contract-draft");
  const step = await import("../../src/stores/wizard-step");
  return { location, history, storage, ...preset, ...draft, ...step };
}

const answered = () => {
  const draft = { ...newContractDraft("en-US"), id: "contract-abc", you: { ...newContractDraft().you, name: "Ada Lovelace" } };
  return { [KEY]: JSON.stringify(wrapDraft(draft)) };
};
const backups = (storage: FakeStorage) => [...storage.data.keys()].filter((k) => k.startsWith(BACKUP));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("opening the wizard from a preset link", () => {
  test("no preset in the address: nothing happens", async () => {
    const s = await load("https://upfront.example/contract?step=scope");
    s.openPresetFromUrl();
    expect(s.$presetQuestion.get()).toBeNull();
    expect(s.$presetMessage.get()).toBeNull();
    expect(s.history.replaceState).not.toHaveBeenCalled();
  });

  test("a draft without answers: the preset is applied, its step shown, the preset dropped from the address", async () => {
    const s = await load("https://upfront.example/contract?preset=deposit-three-milestones");
    const id = s.$draft.get().id;
    s.openPresetFromUrl();
    expect(s.$presetQuestion.get()).toBeNull();
    expect(s.$presetMessage.get()).toEqual({ kind: "started", text: "Started from: a 30% deposit and three milestones" });
    expect(s.$draft.get().payment.milestones.map((m) => m.shareValue)).toEqual(["25", "25", ""]);
    expect(s.$draft.get().id).toBe(id);
    expect(s.$step.get()).toBe("payment");
    expect(s.location.href).toBe("https://upfront.example/contract?step=payment");
    expect(s.history.pushState).not.toHaveBeenCalled();
  });

  test("a draft with answers: asks first and changes nothing until the user answers", async () => {
    const s = await load("https://upfront.example/contract?preset=late-fee-and-discount", answered());
    s.openPresetFromUrl();
    expect(s.$presetQuestion.get()).toEqual({ id: "late-fee-and-discount", label: "a late fee and an early-payment discount" });
    expect(s.$draft.get().you.name).toBe("Ada Lovelace");
    expect(s.$draft.get().discount.enabled).toBe(false);
    expect(s.location.search).toBe("?preset=late-fee-and-discount");
  });

  test("Cancel keeps the answers, makes no backup and forgets the link", async () => {
    const s = await load("https://upfront.example/contract?preset=late-fee-and-discount&step=parties", answered());
    s.openPresetFromUrl();
    s.cancelPreset();
    expect(s.$presetQuestion.get()).toBeNull();
    expect(s.$draft.get().you.name).toBe("Ada Lovelace");
    expect(s.location.href).toBe("https://upfront.example/contract?step=parties");
    expect(backups(s.storage)).toEqual([]);
  });

  test("Yes starts a new contract from the preset; the answers are kept as a backup", async () => {
    const s = await load("https://upfront.example/contract?preset=late-fee-and-discount", answered());
    s.openPresetFromUrl();
    s.confirmPreset();
    expect(s.$draft.get().you.name).toBe("");
    expect(s.$draft.get().discount).toMatchObject({ enabled: true, percent: "2", withinDays: "10" });
    expect(s.$draft.get().id).not.toBe("contract-abc");
    expect(s.$step.get()).toBe("late-fees");
    expect(s.$presetMessage.get()?.text).toBe("Started from: a late fee and an early-payment discount");
    const kept = backups(s.storage).map((k) => JSON.parse(s.storage.data.get(k)!).data.you.name);
    expect(kept).toEqual(["Ada Lovelace"]);
  });

  test.each([
    { name: "an unknown id", preset: "deposit-nine-milestones" },
    { name: "another wizard's preset", preset: "get-paid-silent" },
    { name: "an empty id", preset: "" },
    { name: "a prototype key", preset: "__proto__" },
    { name: "markup", preset: "<script>alert(1)</script>" },
  ])("$name: says so and changes nothing", async ({ preset }) => {
    const s = await load(`https://upfront.example/contract?preset=${encodeURIComponent(preset)}`, answered());
    const before = JSON.stringify(s.$draft.get());
    s.openPresetFromUrl();
    expect(s.$presetMessage.get()?.kind).toBe("unknown");
    expect(s.$presetMessage.get()?.text).toContain("Nothing was changed");
    expect(s.$presetQuestion.get()).toBeNull();
    expect(JSON.stringify(s.$draft.get())).toBe(before);
    expect(backups(s.storage)).toEqual([]);
  });

  test("a very long unknown id is shown cut short", async () => {
    const s = await load(`https://upfront.example/contract?preset=${"x".repeat(5_000)}`);
    s.openPresetFromUrl();
    expect(s.$presetMessage.get()!.text.length).toBeLessThan(300);
  });
});
