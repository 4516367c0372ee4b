import { afterEach, describe, expect, test, vi } from "vitest";
import { FakeStorage } from "./fake-storage";

/** A page address and history the store can push to, and a window to fire popstate on. */
function fakeBrowser(start: string) {
  const location = { href: start, search: new URL(start).search };
  const history = {
    pushState: vi.fn((_state: unknown, _title: string, url: URL | string) => {
      location.href = String(url);
      location.search = new URL(String(url)).search;
    }),
  };
  const window = new EventTarget();
  vi.stubGlobal("location", location);
  vi.stubGlobal("history", history);
  vi.stubGlobal("window", window);
  vi.stubGlobal("localStorage", new FakeStorage());
  return { location, history, window };
}

async function load(start: string) {
  vi.resetModules();
  const browser = fakeBrowser(start);
  const steps = await import("../../src/stores/wizard-step");
  const draft = await import("../../src/stores/contract-draft");
  return { ...browser, ...steps, ...draft };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("wizard step", () => {
  test("the step comes from the address; an unknown one means the first", async () => {
    expect((await load("https://u.test/contract?step=payment")).$step.get()).toBe("payment");
    expect((await load("https://u.test/contract?step=nope")).$step.get()).toBe("parties");
    expect((await load("https://u.test/contract")).$step.get()).toBe("parties");
  });

  test("goToStep records the step in the history; Back and Forward move between steps", async () => {
    const w = await load("https://u.test/contract?step=parties&x=1");
    const stop = w.$step.listen(() => {});
    w.goToStep("scope");
    expect(w.$step.get()).toBe("scope");
    expect(w.history.pushState).toHaveBeenCalledTimes(1);
    expect(w.location.href).toBe("https://u.test/contract?step=scope&x=1");
    w.goToStep("scope");
    expect(w.history.pushState).toHaveBeenCalledTimes(1);

    w.location.search = "?step=parties";
    w.window.dispatchEvent(new Event("popstate"));
    expect(w.$step.get()).toBe("parties");
    stop();
  });

  test("Continue with errors stays and shows this step's errors only", async () => {
    const w = await load("https://u.test/contract?step=scope");
    expect(w.continueStep()).toBe(false);
    expect(w.$step.get()).toBe("scope");
    const fields = w.$shownErrors.get()!.map((e) => e.field);
    expect(fields).toContain("scope.title");
    expect(fields.every((f) => f.startsWith("scope."))).toBe(true);
  });

  test("Continue without errors moves on and clears the messages", async () => {
    const w = await load("https://u.test/contract?step=scope");
    w.continueStep();
    w.setField("scope.title", "Website");
    w.setField("scope.summary", "A new website.");
    w.setField("scope.deliverables.0.title", "Design");
    expect(w.continueStep()).toBe(true);
    expect(w.$step.get()).toBe("price");
    expect(w.$shownErrors.get()).toBeNull();
  });

  test("each failed Continue is counted; moving an item forgets the messages about the list's items", async () => {
    const w = await load("https://u.test/contract?step=scope");
    w.addDeliverable();
    w.continueStep();
    w.continueStep();
    expect(w.$failedContinues.get()).toBe(2);
    expect(w.$shownErrors.get()!.map((e) => e.field)).toContain("scope.deliverables.1.title");
    w.forgetItemErrors("scope.deliverables");
    const fields = w.$shownErrors.get()!.map((e) => e.field);
    expect(fields).toContain("scope.title");
    expect(fields.some((f) => f.startsWith("scope.deliverables."))).toBe(false);
  });

  test("Back goes to the previous step without checking", async () => {
    const w = await load("https://u.test/contract?step=price");
    w.goBack();
    expect(w.$step.get()).toBe("scope");
  });

  test("a draft without a usable currency is sent back to the first step", async () => {
    const w = await load("https://u.test/contract?step=scope");
    w.setField("currency", "");
    w.setField("scope.title", "Website");
    w.setField("scope.summary", "A new website.");
    w.setField("scope.deliverables.0.title", "Design");
    expect(w.continueStep()).toBe(false);
    expect(w.$step.get()).toBe("parties");
    const shown = w.$shownErrors.get()!;
    expect(shown.map((e) => e.field)).toContain("currency");
    expect(shown.every((e) => e.step === "parties")).toBe(true);
  });
});
