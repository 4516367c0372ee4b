import { describe, expect, test } from "vitest";
import { createGuardedStorage } from "../../src/stores/storage-engine";
import { FakeStorage } from "./fake-storage";

/** A scheduler the test runs by hand, instead of real timers. */
function manualSchedule() {
  const queue: (() => void)[] = [];
  return { schedule: (run: () => void) => void queue.push(run), run: () => queue.splice(0).forEach((f) => f()), size: () => queue.length };
}

describe("guarded storage", () => {
  test("writes wait for the delay, and reads see them straight away", () => {
    const raw = new FakeStorage();
    const timer = manualSchedule();
    const guard = createGuardedStorage(raw, { schedule: timer.schedule });
    raw.writes = 0; // not counting the test write that checks storage works
    guard.engine.a = "1";
    guard.engine.a = "2";
    expect(guard.engine.a).toBe("2");
    expect("a" in guard.engine).toBe(true);
    expect(raw.getItem("a")).toBeNull();
    expect(timer.size()).toBe(1);
    timer.run();
    expect(raw.getItem("a")).toBe("2");
    expect(raw.writes).toBe(1);
  });

  test("flush writes at once; delete removes", () => {
    const raw = new FakeStorage({ a: "1" });
    const guard = createGuardedStorage(raw, { schedule: () => {} });
    delete guard.engine.a;
    expect("a" in guard.engine).toBe(false);
    guard.flush();
    expect(raw.getItem("a")).toBeNull();
  });

  test("a failed write is reported, kept in memory and retried", () => {
    const raw = new FakeStorage();
    const guard = createGuardedStorage(raw, { schedule: () => {} });
    const seen: [string, boolean][] = [];
    guard.onWrite((key, ok) => seen.push([key, ok]));
    raw.failWrites = true;
    guard.engine.k = "v";
    guard.flush();
    expect(seen).toEqual([["k", false]]);
    expect(guard.engine.k).toBe("v");
    raw.failWrites = false;
    guard.flush();
    expect(seen).toEqual([["k", false], ["k", true]]);
    expect(raw.getItem("k")).toBe("v");
  });

  test("no storage at all: nothing is writable, but the page keeps its values", () => {
    const guard = createGuardedStorage(null, { schedule: () => {} });
    expect(guard.writable).toBe(false);
    guard.engine.k = "v";
    guard.flush();
    expect(guard.engine.k).toBe("v");
  });

  test("storage whose writes always fail is not writable", () => {
    const raw = new FakeStorage();
    raw.failWrites = true;
    expect(createGuardedStorage(raw).writable).toBe(false);
  });

  test("a frozen key is never written until unfrozen", () => {
    const raw = new FakeStorage({ k: "old" });
    const guard = createGuardedStorage(raw, { schedule: () => {} });
    guard.freeze("k");
    guard.engine.k = "new";
    guard.flush();
    expect(raw.getItem("k")).toBe("old");
    expect(guard.writeNow("k", "x")).toBe(false);
    guard.unfreeze("k");
    guard.flush();
    expect(raw.getItem("k")).toBe("new");
  });

  test("keys lists stored and pending keys", () => {
    const raw = new FakeStorage({ a: "1", b: "2" });
    const guard = createGuardedStorage(raw, { schedule: () => {} });
    guard.engine.c = "3";
    delete guard.engine.a;
    expect(guard.keys().sort()).toEqual(["b", "c"]);
  });

  test("forget drops a pending write (another tab's newer value wins)", () => {
    const raw = new FakeStorage();
    const guard = createGuardedStorage(raw, { schedule: () => {} });
    guard.engine.k = "mine";
    guard.forget("k");
    guard.flush();
    expect(raw.getItem("k")).toBeNull();
  });
});
