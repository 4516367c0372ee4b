import { type ComponentType, createElement, lazy, useEffect } from "react";
import { startedOnFirstView } from "./first-view";

// A wizard's later steps are separate chunks, so the first step can be typed in sooner on a slow
// phone. They are fetched once the user starts using the page (first key, tap or focus), so by the
// time Continue is pressed the next step is usually there and its loading line never shows.

export type LazyStep<P> = ComponentType<P> & { preload: () => void };

/** A step component loaded on first render, or earlier through preload(). */
export function lazyStep<P extends object>(load: () => Promise<ComponentType<P>>): LazyStep<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(start);
  // React.lazy suspends on its first render even when its code is already here, and React then
  // keeps the loading line up for at least 300 ms: a preloaded step is rendered directly instead.
  const Step = ((props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props)) as LazyStep<P>;
  Step.preload = () => {
    // A failed preload is retried by the render that needs the step, which then reports it.
    start().catch(() => {
      loading = undefined;
    });
  };
  return Step;
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
    // Started on the page's static first view: that was the first use. The steps are fetched once
    // the browser is idle, so their code doesn't hold up the live view taking over from the static one.
    if (startedOnFirstView()) {
      const preloadAll = () => {
        for (const step of steps) step.preload();
      };
      if (typeof requestIdleCallback === "function") {
        const idle = requestIdleCallback(preloadAll, { timeout: 2_000 });
        return () => cancelIdleCallback(idle);
      }
      const timer = setTimeout(preloadAll, 300);
      return () => clearTimeout(timer);
    }
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
