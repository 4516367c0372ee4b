import { type RefObject, useEffect } from "react";
import { FIRST_VIEW_READY, firstViewState } from "../../integrations/first-use/first-view-state";

// A wizard's first view is also drawn at build time, as plain HTML that shows before any script
// (client:first-use, src/integrations/first-use/). The live view is drawn hidden and tells that
// static copy when it is ready, so the static one can hand over what was typed into it and go.

/**
 * Sends FIRST_VIEW_READY from `ref` once the live view is on the page. A passive effect, and the
 * view's root: by then every field in it listens to its store, so a value typed in is kept.
 */
export function useFirstViewReady(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    ref.current?.dispatchEvent(new Event(FIRST_VIEW_READY, { bubbles: true }));
  }, [ref]);
}

/**
 * True when the visitor started on the static first view. "used" too: the live view's effects run
 * before it takes over (it hands over on the ready event they send).
 */
export function startedOnFirstView(): boolean {
  const state = firstViewState();
  return state === "used" || state === "taken-over";
}
