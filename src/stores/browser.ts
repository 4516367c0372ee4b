import { numberLocaleFor } from "../domain/money/number-locales";

// What the stores ask of the browser itself: its language and a random id. Kept in one place so
// each saved thing (contract draft, invoice list, overdue case) answers them the same way.

/** The number style of the browser's language ("de-AT" reads as "de-DE"), or `fallback` outside a browser. */
export function browserNumberLocale(fallback: string): string {
  return typeof navigator !== "undefined" && navigator.language ? numberLocaleFor(navigator.language) : fallback;
}

/** An id no other item in this browser has: random where the browser can, else time and chance. */
export function randomId(prefix: string): string {
  const random =
    typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
      ? crypto.randomUUID().replaceAll("-", "").slice(0, 16)
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  return `${prefix}-${random}`;
}

/**
 * True while the site is being built: a wizard's first view is drawn then, as the HTML a new
 * visitor sees before the code loads (client:first-use). Not in tests, which run outside a browser too.
 */
export function drawnAtBuild(): boolean {
  return typeof window === "undefined" && import.meta.env.MODE !== "test";
}
