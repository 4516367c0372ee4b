// What the first-use directive and the wizards both read: the event the live view sends when it
// is ready, and the states the directive writes on <html data-first-view> (global.css styles them).

/** Sent (bubbling) from inside the island once the live view is drawn and its fields listen. */
export const FIRST_VIEW_READY = "first-view:ready";

/**
 * fresh: a first visit, the static view shown; used: the visitor started, the code is loading;
 * taken-over: the live view took over from a used static view; stale: a returning visitor, the
 * static view hidden and the code loading at once; live: the live view after that.
 */
export type FirstViewState = "fresh" | "used" | "taken-over" | "stale" | "live";

/** The state on <html>, or undefined outside a browser or on a page without a first view. */
export function firstViewState(): FirstViewState | undefined {
  if (typeof document === "undefined") return undefined;
  return document.documentElement.dataset.firstView as FirstViewState | undefined;
}
