// What the service worker keeps for offline use: every file of the built site a visitor can
// need (pages, JS and CSS chunks, the PDF worker and its fonts, the search index), each under
// the URL the site links to. Pure: the build step (src/integrations/service-worker.ts) lists
// and hashes dist/ and passes the files in.

export interface BuiltFile {
  /** Path inside dist/, with "/" separators: "contract/index.html", "_astro/client.x1.js". */
  path: string;
  /** A hash of the content (hex); it changes whenever the bytes change. */
  hash: string;
  bytes: number;
}

export interface PrecacheEntry {
  /** Same-origin URL path the site requests: "/contract/", "/_astro/client.x1.js". */
  url: string;
  /** The content hash: a file whose revision is unchanged is copied from the last version's cache. */
  revision: string;
}

export interface PrecacheManifest {
  /** Changes whenever any precached file changes, so the worker's own bytes change too. */
  version: string;
  entries: PrecacheEntry[];
  bytes: number;
  /** Files kept the first time a page asks for them, not in advance (URLs). */
  onDemand: string[];
}

// Files no visitor's page asks for: crawlers' files, the README's screenshot, the social
// preview image (fetched by other sites' link previews, never by our pages), and the worker itself.
const LEFT_OUT = [/^sw\.js$/, /^sitemap[^/]*\.xml$/, /^robots\.txt$/, /^readme\//, /^social-preview\.png$/];

// The Chinese/Japanese and Korean PDF fonts are megabytes (10.5 and 6.2 MB) that most visitors
// never need: they are kept the first time a PDF asks for them (their names are content-hashed,
// so a kept copy is never stale), not downloaded with everything else.
const ON_DEMAND = [/^_astro\/NotoSans(SC|KR)_[^/]*\.ttf$/];

export function isOnDemand(path: string): boolean {
  return ON_DEMAND.some((pattern) => pattern.test(path));
}

export function isPrecached(path: string): boolean {
  return !LEFT_OUT.some((pattern) => pattern.test(path)) && !isOnDemand(path);
}

/**
 * The URL a file is requested by. The build uses the directory format, so a page's file
 * "contract/index.html" is the page "/contract/" (what every static host serves; the worker
 * also answers "/contract" and "/contract/index.html" with it).
 */
export function precacheUrl(path: string): string {
  if (path === "index.html") return "/";
  if (path.endsWith("/index.html")) return `/${path.slice(0, -"index.html".length)}`;
  return `/${path}`;
}

/** Version = a short hash over every entry, given by the caller's hash function (sha-256 in the build). */
export function precacheManifest(files: readonly BuiltFile[], hashText: (text: string) => string): PrecacheManifest {
  const kept = files.filter((file) => isPrecached(file.path));
  const entries = kept
    .map((file) => ({ url: precacheUrl(file.path), revision: file.hash }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = hashText(entries.map((e) => `${e.url} ${e.revision}`).join("\n")).slice(0, 16);
  const onDemand = files.filter((file) => isOnDemand(file.path)).map((file) => precacheUrl(file.path)).sort();
  return { version, entries, bytes: kept.reduce((sum, file) => sum + file.bytes, 0), onDemand };
}
