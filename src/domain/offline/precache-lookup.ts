// Which precached file answers a request (used inside the service worker). Pure, so the rules
// are tested without a browser.

export interface RequestLike {
  url: string;
  method: string;
}

/**
 * The precache URL for this request, or null to leave it to the network. Only same-origin GETs
 * are ever answered (nothing cross-origin is cached). The query is ignored: pages read theirs in
 * the browser (?step=, ?preset=, ?q=) and Pagefind adds a cache-buster (?ts=) to its entry file.
 * Pages are stored as "/contract/"; "/contract" and "/contract/index.html" get the same file.
 */
export function precacheKey(request: RequestLike, origin: string, urls: ReadonlySet<string>): string | null {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  if (url.origin !== origin) return null;
  const path = url.pathname;
  if (urls.has(path)) return path;
  const directory = path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : `${path}/`;
  return urls.has(directory) ? directory : null;
}
