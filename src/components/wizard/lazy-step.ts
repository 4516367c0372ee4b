import { type ComponentType, type LazyExoticComponent, lazy, useEffect } from "react";

// A wizard's later steps are separate chunks, so the first step can be typed in sooner on a slow
// phone. They are fetched once the user starts using the page (first key, tap or focus), so by the
// time Continue is pressed the next step is usually there and its loading line never shows.

export type LazyStep<P> = LazyExoticComponent<ComponentType<P>> & { preload: () => void };

/** A step component loaded on first render, or earlier through preload(). */
export function lazyStep<P extends object>(load: () => Promise<ComponentType<P>>): LazyStep<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => (loading ??= load().then((component) => ({ default: component })));
  const component = lazy(start) as LazyStep<P>;
  component.preload = () => {
    // A failed preload is retried by the render that needs the step, which then reports it.
    start().catch(() => {
      loading = undefined;
    });
  };
  return component;
}

const FIRST_USE = ["keydown", "pointerdown", "focusin"] as const;

/**
 * Preloads the given steps at the user's first key, tap or focus on the page while `filling` (a
 * form step is shown). Not on a review step: there the clicks are for the PDF, which they must
 * not compete with, and a step opened from there is fetched when it is opened.
 */
export function usePreloadOnFirstUse(steps: readonly { preload: () => void }[], filling: boolean): void {
  useEffect(() => {
    if (!filling) return;
    const preload = () => {
      stop();
      for (const step of steps) step.preload();
    };
    const stop = () => {
      for (const type of FIRST_USE) document.removeEventListener(type, preload, true);
    };
    for (const type of FIRST_USE) document.addEventListener(type, preload, true);
    return stop;
    // The list is a module constant; preload() does nothing the second time.
  }, [filling]);
}
