// The site's service worker. src/integrations/service-worker.ts bundles it into dist/sw.js after
// each build, with that build's precache list in place of __UPFRONT_PRECACHE__, so any change to
// any file changes sw.js and the browser installs the new version.
//
// Install: every precached file goes into one cache per version (a file whose content did not
// change is copied from the previous version's cache rather than downloaded again). Then the new
// version WAITS: it takes over only when a page asks ("skip-waiting", sent when the visitor
// presses Reload on the update notice), never by itself while a page is open.
// Fetch: same-origin GETs for precached files are answered from the cache (cache first); the
// big CJK PDF fonts are kept the first time they are fetched (on-demand cache); everything
// else, and anything cross-origin, is left to the browser untouched.
import type { PrecacheManifest } from "../domain/offline/precache-manifest";
import { precacheKey } from "../domain/offline/precache-lookup";

declare const __UPFRONT_PRECACHE__: Omit<PrecacheManifest, "bytes">;

/** The parts of ServiceWorkerGlobalScope used here (the project's types are the DOM's). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  readonly location: { origin: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const { version, entries, onDemand } = __UPFRONT_PRECACHE__;
/** Files kept on first use (content-hashed, so valid across versions), in a cache of their own. */
const ON_DEMAND_CACHE = "upfront-on-demand";
const onDemandUrls = new Set(onDemand);
const PREFIX = "upfront-precache-";
const CACHE = `${PREFIX}${version}`;
/** Stored with each cached file, so the next version can tell which files it may reuse. */
const REVISION = "x-upfront-revision";
const urls = new Set(entries.map((entry) => entry.url));

scope.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

scope.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // Fonts kept on first use that this version no longer has (renamed by a new build) go too.
      const kept = await caches.open(ON_DEMAND_CACHE);
      for (const request of await kept.keys()) {
        if (!onDemandUrls.has(new URL(request.url).pathname)) await kept.delete(request);
      }
      // The first install takes the open page at once, so it works offline without a reload.
      // An update only gets here after the visitor pressed Reload, and that page reloads anyway.
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener("message", (event) => {
  if ((event.data as { type?: unknown } | null)?.type === "skip-waiting") event.waitUntil(scope.skipWaiting());
});

scope.addEventListener("fetch", (event) => {
  const key = precacheKey(event.request, scope.location.origin, urls);
  if (key !== null) {
    event.respondWith(fromCache(key, event.request));
    return;
  }
  const wanted = precacheKey(event.request, scope.location.origin, onDemandUrls);
  if (wanted !== null) event.respondWith(keptOnFirstUse(wanted, event.request));
});

async function keptOnFirstUse(key: string, request: Request): Promise<Response> {
  const cache = await caches.open(ON_DEMAND_CACHE);
  const kept = await cache.match(key);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

async function fromCache(key: string, request: Request): Promise<Response> {
  const cached = await (await caches.open(CACHE)).match(key);
  // Missing only if the browser evicted it: the network may still have it.
  return cached ?? fetch(request);
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  // Any failure rejects the install: the browser keeps the current version and tries again later.
  await Promise.all(
    entries.map(async ({ url, revision }) => {
      if ((await cache.match(url))?.headers.get(REVISION) === revision) return; // an interrupted install
      const response = (await reusable(older, url, revision)) ?? (await download(url, revision));
      await cache.put(url, response);
    }),
  );
}

async function reusable(older: string[], url: string, revision: string): Promise<Response | undefined> {
  for (const name of older) {
    const response = await (await caches.open(name)).match(url);
    if (response?.headers.get(REVISION) === revision) return response;
  }
  return undefined;
}

async function download(url: string, revision: string): Promise<Response> {
  // "no-cache": ask the server, never take a possibly older copy from the HTTP cache.
  const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
  if (!response.ok) throw new Error(`Could not precache ${url}: ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(REVISION, revision);
  // A fresh response: one that followed a redirect (a host sending /contract/ to /contract)
  // cannot answer a navigation, and the revision header must be stored with it.
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}
