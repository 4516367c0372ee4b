import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { wrapOverdueDraft } from "../../src/domain/get-paid/overdue-envelope";
import { sampleOverdueDraft } from "../fixtures/sample-overdue-draft";
import { FakeStorage } from "./fake-storage";

// The saved overdue case: what opens, and every action the assistant's page calls.

const KEY = "upfront:overdue-case";

type Stores = typeof import("../../src/stores/overdue-draft");

async function open(storage = new FakeStorage(), language = "de-AT"): Promise<Stores> {
  vi.resetModules();
  vi.stubGlobal("localStorage", storage);
  vi.stubGlobal("navigator", { language });
  return import("../../src/stores/overdue-draft");
}

const savedText = (storage: FakeStorage) => storage.data.get(KEY) ?? null;
const savedData = (storage: FakeStorage) => JSON.parse(savedText(storage)!).data;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("opening", () => {
  test.each([
    ["de-AT", "de-DE", "EUR"],
    ["en-GB", "en-GB", "GBP"],
    ["en-US", "en-US", "USD"],
  ])("nothing saved (%s): a blank case in the browser's number style and currency, with an id, not saved until typed in", async (language, locale, currency) => {
    const storage = new FakeStorage();
    const s = await open(storage, language);
    const draft = s.$overdue.get();
    expect(draft.id).toMatch(/^case-[0-9a-z]+$/);
    expect([draft.invoice.numberLocale, draft.invoice.currency]).toEqual([locale, currency]);
    expect(s.caseIsBlank(draft)).toBe(true);
    s.flushOverdue();
    expect(savedText(storage)).toBeNull();
  });

  test("a saved case opens as it was; a damaged one is kept aside and reported", async () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, JSON.stringify(wrapOverdueDraft(sampleOverdueDraft())));
    expect((await open(storage)).$overdue.get().invoice.number).toBe("UF-0042");
    const damaged = new FakeStorage();
    damaged.setItem(KEY, "{not json");
    const s = await open(damaged);
    expect(s.$overdueRestoreProblem.get()?.message).toMatch(/damaged/);
    expect([...damaged.data.keys()].some((k) => k.startsWith(`${KEY}:backup-`))).toBe(true);
  });
});

describe("the same protections as the contract draft (bad-inputs #37-39)", () => {
  test("#37 a damaged case with no room for a backup stays where it is, and the message says so", async () => {
    const storage = new FakeStorage({ [KEY]: "[]" });
    storage.failWrites = true;
    const s = await open(storage);
    expect(s.$overdueRestoreProblem.get()).toEqual({ message: expect.stringMatching(/no room to keep a copy: download it now/), backupKey: null, text: "[]" });
    expect(storage.getItem(KEY)).toBe("[]");
    expect(s.$overdueSaveStatus.get()).toBe("not-saved");
  });

  test("#38 a newer version opens read-only, its answers shown, and is never overwritten", async () => {
    const newer = JSON.stringify({ ...wrapOverdueDraft(sampleOverdueDraft()), version: 2, futureField: true });
    const storage = new FakeStorage({ [KEY]: newer });
    const s = await open(storage);
    expect(s.$overdueReadOnly.get()).toBe(true);
    expect(s.$overdueReadOnlyMessage.get()).toMatch(/newer version of Upfront \(version 2\).*read-only/);
    expect(s.$overdue.get().invoice.number).toBe("UF-0042");
    s.setOverdueField("client.name", "Changed");
    expect(s.addPartialPayment()).toBeNull();
    expect(s.addEvidence({ date: "2027-04-20", kind: "call", note: "x" })).toBeNull();
    s.markSent({ id: "day-1-reminder", kind: "message", title: "Reminder" }, "2027-04-20");
    vi.runAllTimers();
    s.flushOverdue();
    expect(s.$overdue.get().client.name).toBe("Nguyễn Thị Minh");
    expect(storage.getItem(KEY)).toBe(newer);
    expect(s.exportCase()).toBe(newer);
    // Starting a new case is the user's explicit choice: the newer case is kept as a backup first.
    s.startNewCase();
    s.flushOverdue();
    expect(s.$overdueReadOnly.get()).toBe(false);
    expect([...storage.data.entries()].filter(([k]) => k.startsWith(`${KEY}:backup-`)).map(([, v]) => v)).toContain(newer);
  });

  test("#39 full storage: typing still works, the status says not saved, and recovers", async () => {
    const storage = new FakeStorage();
    const s = await open(storage);
    storage.failWrites = true;
    s.setOverdueField("client.name", "Bob");
    s.flushOverdue();
    expect(s.$overdue.get().client.name).toBe("Bob");
    expect(s.$overdueSaveStatus.get()).toBe("not-saved");
    storage.failWrites = false;
    s.setOverdueField("client.name", "Bobby");
    s.flushOverdue();
    expect(s.$overdueSaveStatus.get()).toBe("saved");
    expect(savedData(storage).client.name).toBe("Bobby");
  });
});

describe("linking a contract written here", () => {
  const scope = {
    projectTitle: "Website redesign",
    deliverables: [{ title: "Built website", acceptanceCriteria: "Pages pass the agreed browser checks." }],
    acceptanceDays: 5,
    acceptedOn: null,
    exclusions: ["Hosting fees"],
    revisionRounds: 2,
    changesInWriting: true,
  };

  test("keeps a copy of the scope with the case; unlinking clears both", async () => {
    const storage = new FakeStorage();
    const s = await open(storage);
    s.linkContract({ contractId: "contract-1", scope });
    expect(s.$overdue.get().footing.contractId).toBe("contract-1");
    expect(s.$overdue.get().footing.agreedScope).toEqual({ ...scope, acceptedOn: undefined });
    s.flushOverdue();
    expect(savedData(storage).footing.agreedScope.projectTitle).toBe("Website redesign");
    s.linkContract(null);
    expect([s.$overdue.get().footing.contractId, s.$overdue.get().footing.agreedScope]).toEqual(["", null]);
  });

  test.each([
    ["an unfinished contract", null],
    ["a scope that doesn't fit the copy", { ...scope, deliverables: "not a list" }],
  ])("%s: linked, with no copy", async (_name, bad) => {
    const s = await open();
    s.linkContract({ contractId: "contract-1", scope: bad });
    expect([s.$overdue.get().footing.contractId, s.$overdue.get().footing.agreedScope]).toEqual(["contract-1", null]);
  });
});

describe("answers", () => {
  test("fields by path, payments by id; text longer than the field allows is cut", async () => {
    const storage = new FakeStorage();
    const s = await open(storage);
    s.setOverdueField("client.name", "Acme");
    const id = s.addPartialPayment()!;
    s.setOverdueField(`invoice.partialPayments.${id}.amount`, "400");
    s.setOverdueField("invoice.number", "x".repeat(500));
    s.flushOverdue();
    const data = savedData(storage);
    expect(data.client.name).toBe("Acme");
    expect(data.invoice.partialPayments).toEqual([{ id, date: "", amount: "400" }]);
    expect(data.invoice.number).toHaveLength(60);
    // A path to a payment that is gone changes nothing.
    s.removePartialPayment(id);
    s.setOverdueField(`invoice.partialPayments.${id}.amount`, "9");
    expect(s.$overdue.get().invoice.partialPayments).toEqual([]);
  });

  test("a situation outside the three is ignored", async () => {
    const s = await open();
    s.setSituation("dispute");
    s.setSituation("__proto__");
    expect(s.$overdue.get().situation).toBe("dispute");
  });
});

describe("the plan's steps and the evidence log", () => {
  const step = { id: "day-1-reminder", kind: "message" as const, title: "Send a friendly reminder" };

  test("sent adds one log entry; again only moves its date; undo removes it; skip logs nothing", async () => {
    const s = await open();
    s.markSent(step, "2027-04-02");
    s.markSent(step, "2027-04-03");
    expect(s.$overdue.get().steps[step.id]).toEqual({ state: "sent", on: "2027-04-03" });
    expect(s.$overdue.get().evidence.map((e) => [e.date, e.stepId])).toEqual([["2027-04-03", step.id]]);
    s.markToDo(step.id);
    expect([s.$overdue.get().steps, s.$overdue.get().evidence]).toEqual([{}, []]);
    s.markSkipped(["day-1-reminder", "day-7-follow-up"], "2027-04-20");
    expect(Object.keys(s.$overdue.get().steps)).toEqual(["day-1-reminder", "day-7-follow-up"]);
    expect(s.$overdue.get().evidence).toEqual([]);
  });

  test("edited messages are kept per step, cut at their limit, and can go back to the suggested wording", async () => {
    const s = await open();
    const shown = { subject: "Invoice UF-0042: a payment date?", body: "Hello Minh,\n\nCould you…" };
    s.editMessage("day-7-follow-up", "subject", "s".repeat(300), shown);
    // The first edit of the subject keeps the body as it was shown.
    expect(s.$overdue.get().messages["day-7-follow-up"]).toEqual({ subject: "s".repeat(200), body: shown.body });
    s.editMessage("day-7-follow-up", "body", "Hello", shown);
    expect(s.$overdue.get().messages["day-7-follow-up"]).toEqual({ subject: "s".repeat(200), body: "Hello" });
    s.resetMessage("day-7-follow-up");
    expect(s.$overdue.get().messages).toEqual({});
  });

  test("entries the user adds, and their removal", async () => {
    const s = await open();
    const id = s.addEvidence({ date: "2027-04-15", kind: "call", note: "Spoke to Sam" })!;
    expect(s.$overdue.get().evidence).toEqual([{ id, date: "2027-04-15", kind: "call", note: "Spoke to Sam", stepId: "" }]);
    s.removeEvidence(id);
    expect(s.$overdue.get().evidence).toEqual([]);
  });
});

describe("files", () => {
  test("import: another app's file is refused and the case is left alone; a good one replaces it with a backup", async () => {
    const storage = new FakeStorage();
    const s = await open(storage);
    s.setOverdueField("client.name", "Mine");
    expect(s.importCase('{"name":"my-app"}')).toEqual({ ok: false, message: expect.stringMatching(/isn't an Upfront/) });
    expect(s.importCase('{"__proto__":{"x":1}}').ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(s.$overdue.get().client.name).toBe("Mine");
    expect(s.importCase(s.exportCase()).ok).toBe(true);
    expect(s.importCase(JSON.stringify(wrapOverdueDraft(sampleOverdueDraft())))).toEqual({ ok: true });
    expect(s.$overdue.get().invoice.number).toBe("UF-0042");
    expect([...storage.data.keys()].filter((k) => k.startsWith(`${KEY}:backup-`)).length).toBeGreaterThan(0);
  });

  test("a file too large is refused before it is read", async () => {
    const s = await open();
    const huge = { size: 3_000_000, text: () => Promise.reject(new Error("should not be read")) } as unknown as Blob;
    await expect(s.importCaseFile(huge)).resolves.toEqual({ ok: false, message: expect.stringMatching(/too large/) });
  });
});
