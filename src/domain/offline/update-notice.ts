// When to show "A new version of Upfront is ready" and what a click does. The page is never
// reloaded for the visitor: a new version waits until the visitor asks for it (answers are saved
// as they are typed, but a reload mid-wizard would still lose their place and focus).

export interface UpdateNotice {
  shown: boolean;
  /** The visitor closed the notice: not shown again on this page. */
  dismissed: boolean;
  /** The visitor pressed Reload: reload once the new version has taken over. */
  reloading: boolean;
}

export type UpdateEvent =
  /** A new version finished installing; `controlled` = this page runs an older version. */
  | { type: "update-waiting"; controlled: boolean }
  | { type: "dismiss" }
  /** `waiting` = a new version is still waiting (else it has already taken over, from another tab). */
  | { type: "reload"; waiting: boolean }
  /** The page's service worker changed; `hadController` = it had one before (else: the first install claimed it). */
  | { type: "controller-changed"; hadController: boolean };

/** What the page must do after an event. */
export type UpdateEffect = "none" | "activate-waiting" | "reload";

export const INITIAL_UPDATE_NOTICE: UpdateNotice = { shown: false, dismissed: false, reloading: false };

export function updateNotice(state: UpdateNotice, event: UpdateEvent): [UpdateNotice, UpdateEffect] {
  switch (event.type) {
    case "update-waiting":
      // The very first install (page not controlled yet) is not an update: nothing to say.
      return [{ ...state, shown: event.controlled && !state.dismissed }, "none"];
    case "dismiss":
      return [{ ...state, shown: false, dismissed: true }, "none"];
    case "reload":
      return [{ ...state, reloading: true }, event.waiting ? "activate-waiting" : "reload"];
    case "controller-changed":
      if (state.reloading) return [state, "reload"];
      if (!event.hadController) return [state, "none"];
      // Another tab let the new version take over: this page is now older than its worker.
      return [{ ...state, shown: !state.dismissed }, "none"];
  }
}
