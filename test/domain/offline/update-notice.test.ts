import { describe, expect, it } from "vitest";
import { INITIAL_UPDATE_NOTICE, type UpdateEvent, type UpdateNotice, updateNotice } from "../../../src/domain/offline/update-notice";

/** Runs the events in order; returns the last state and every effect. */
function run(events: UpdateEvent[], state: UpdateNotice = INITIAL_UPDATE_NOTICE) {
  const effects: string[] = [];
  for (const event of events) {
    let effect;
    [state, effect] = updateNotice(state, event);
    effects.push(effect);
  }
  return { state, effects };
}

describe("updateNotice", () => {
  it("says nothing about the first install, nor when it takes the page", () => {
    const { state, effects } = run([
      { type: "update-waiting", controlled: false },
      { type: "controller-changed", hadController: false },
    ]);
    expect(state.shown).toBe(false);
    expect(effects).toEqual(["none", "none"]);
  });

  it("shows the notice when a new version waits, and never reloads by itself", () => {
    const { state, effects } = run([{ type: "update-waiting", controlled: true }]);
    expect(state.shown).toBe(true);
    expect(effects).toEqual(["none"]);
  });

  it("Reload asks the waiting version to take over, then reloads once it has", () => {
    const { state, effects } = run([
      { type: "update-waiting", controlled: true },
      { type: "reload", waiting: true },
      { type: "controller-changed", hadController: true },
    ]);
    expect(effects).toEqual(["none", "activate-waiting", "reload"]);
    expect(state.reloading).toBe(true);
  });

  it("Reload reloads at once when another tab already let the new version take over", () => {
    expect(run([{ type: "update-waiting", controlled: true }, { type: "reload", waiting: false }]).effects).toEqual(["none", "reload"]);
  });

  it("another tab's Reload does not reload this page: it shows the notice instead", () => {
    const { state, effects } = run([
      { type: "update-waiting", controlled: true },
      { type: "dismiss" },
      { type: "controller-changed", hadController: true },
    ]);
    expect(effects).toEqual(["none", "none", "none"]);
    expect(state.shown).toBe(false); // dismissed stays dismissed
    const fresh = run([{ type: "controller-changed", hadController: true }]);
    expect(fresh.state.shown).toBe(true);
    expect(fresh.effects).toEqual(["none"]);
  });

  it("Dismiss hides it for the rest of the page's life", () => {
    const { state } = run([
      { type: "update-waiting", controlled: true },
      { type: "dismiss" },
      { type: "update-waiting", controlled: true },
    ]);
    expect(state).toEqual({ shown: false, dismissed: true, reloading: false });
  });
});
