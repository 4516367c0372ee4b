// Registers the service worker (/sw.js, written by src/integrations/service-worker.ts) and shows
// the update notice of offline-support.astro when a new version is waiting. Nothing here ever
// reloads the page unless the visitor pressed Reload.
import { INITIAL_UPDATE_NOTICE, type UpdateEffect, type UpdateEvent, updateNotice } from "../../domain/offline/update-notice";

/** Ask for a new version at most this often while a page stays open (a wizard can stay open all day). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startOffline(banner: HTMLElement): void {
  const sw = navigator.serviceWorker;
  // The dev server's /sw.js only removes a worker left by a preview (src/integrations/service-worker.ts).
  if (!sw || import.meta.env.DEV) return;
  const body = banner.querySelector<HTMLElement>("[data-update-body]")!;
  let state = INITIAL_UPDATE_NOTICE;
  let registration: ServiceWorkerRegistration | undefined;
  let hadController = sw.controller !== null;

  const dispatch = (event: UpdateEvent) => {
    let effect: UpdateEffect;
    [state, effect] = updateNotice(state, event);
    // Focus on a button that disappears would fall back to the top of the page: keep it nearby.
    if (!state.shown && body.contains(document.activeElement)) document.getElementById("main")?.focus({ preventScroll: true });
    body.hidden = !state.shown;
    if (effect === "activate-waiting") registration?.waiting?.postMessage({ type: "skip-waiting" });
    if (effect === "reload") location.reload();
  };

  banner.querySelector("[data-update-reload]")!.addEventListener("click", () => {
    dispatch({ type: "reload", waiting: Boolean(registration?.waiting) });
  });
  banner.querySelector("[data-update-dismiss]")!.addEventListener("click", () => dispatch({ type: "dismiss" }));
  sw.addEventListener("controllerchange", () => {
    dispatch({ type: "controller-changed", hadController });
    hadController = true;
  });

  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === "installed") dispatch({ type: "update-waiting", controlled: sw.controller !== null });
    };
    check();
    worker.addEventListener("statechange", check);
  };

  // Registered once the page has loaded: the first install downloads the whole site (~6 MB), which
  // must not compete with this page's own files and scripts on a slow phone or connection.
  // updateViaCache "none": checking for a new sw.js never reads the HTTP cache.
  const register = () => sw.register("/sw.js", { scope: "/", updateViaCache: "none" }).then(
    (reg?: ServiceWorkerRegistration) => {
      // Never empty in a browser, but a test driver that blocks workers resolves with nothing.
      if (!reg) return;
      registration = reg;
      watch(reg.waiting);
      reg.addEventListener("updatefound", () => watch(reg.installing));
      let lastCheck = Date.now();
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState !== "visible" || Date.now() - lastCheck < UPDATE_CHECK_MS) return;
        lastCheck = Date.now();
        // Offline or the server unreachable: no update this time, nothing to tell the visitor.
        reg.update().catch(() => undefined);
      });
    },
    // Service workers off (private mode in some browsers, a policy): the site works online as before.
    () => undefined,
  );
  if (document.readyState === "complete") void register();
  else addEventListener("load", () => void register(), { once: true });
}
