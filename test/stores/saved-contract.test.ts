import { afterEach, describe, expect, test, vi } from "vitest";
import { wrapDraft } from "../../src/domain/drafts/draft-envelope";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { FakeStorage } from "./fake-storage";

// Reading the contract wizard's saved draft from the get-paid page, for a dispute response.

const KEY = "upfront:contract-draft";

async function open(initial: Record<string, string>) {
  vi.resetModules();
  const storage = new FakeStorage(initial);
  vi.stubGlobal("localStorage", storage);
  return { storage, stores: await import("../../src/stores/saved-contract") };
}

afterEach(() => vi.unstubAllGlobals());

const saved = (change: (d: ReturnType<typeof sampleContractDraft>) => void = () => {}) => {
  const draft = { ...sampleContractDraft(), id: "contract-1" };
  change(draft);
  return JSON.stringify(wrapDraft(draft));
};

describe("readSavedContract", () => {
  test("a finished contract: its id, title and scope", async () => {
    const { stores } = await open({ [KEY]: saved() });
    const contract = stores.readSavedContract()!;
    expect([contract.id, contract.title, contract.scope.ok]).toEqual(["contract-1", "Website redesign", true]);
  });

  test("an unfinished one: its title, and why its scope can't be restated", async () => {
    const { stores } = await open({ [KEY]: saved((d) => (d.scope.deliverables = [])) });
    const contract = stores.readSavedContract()!;
    expect(contract.scope.ok).toBe(false);
  });

  test.each([
    ["nothing saved", {}],
    ["a damaged value", { [KEY]: "{not json" }],
    ["a draft with no id", { [KEY]: saved((d) => (d.id = "")) }],
    ["a newer version", { [KEY]: JSON.stringify({ ...JSON.parse(saved()), version: 99 }) }],
  ])("%s: none", async (_name, initial) => {
    const { stores } = await open(initial);
    expect(stores.readSavedContract()).toBeNull();
  });

  test("reading never writes", async () => {
    const { storage, stores } = await open({ [KEY]: saved() });
    stores.readSavedContract();
    expect(storage.writes).toBe(0);
  });
});
