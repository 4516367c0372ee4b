// What a built page makes the browser load before anyone clicks: read from dist/ alone, so the
// figure is the same on every machine (the bench measures the same thing in Chromium, with times).
//
// First load = the page's external scripts, its islands' component and renderer modules, any
// modulepreload link, and every module those import statically, transitively. A dynamic import()
// is not first load: it is fetched when the code asks for it (a later step, the PDF engine).
// Inline <script> text is counted apart, since it arrives inside the HTML.
//
// An island with client:first-use (a wizard whose first view is HTML) loads its modules at the
// visitor's first key, tap or focus, or at once for a returning visitor: those are counted apart,
// as "first use" (what they add to the first load).
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

export type JsFile = { url: string; gzip: number };
export type FirstLoad = {
  files: JsFile[];
  jsGzip: number;
  inlineGzip: number;
  /** What client:first-use islands add at the first use (files not already loaded). */
  firstUseFiles: JsFile[];
  firstUseGzip: number;
};

export const gzipSize = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Every built page as its site path ("/", "/guides/", "/guides/x/"), skipping the search index's own files. */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!["_astro", "pagefind"].includes(entry.name)) visit(full);
      } else if (entry.name.endsWith(".html")) {
        const path = "/" + relative(dist, full).split(sep).join("/");
        pages.push(path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path);
      }
    }
  };
  visit(dist);
  return pages.sort();
}

function htmlFileOf(dist: string, page: string): string {
  return join(dist, page.endsWith("/") ? `${page}index.html` : page);
}

// Attributes whose value is a module the page runs at once. Astro's islands name theirs in
// component-url, renderer-url and before-hydration-url.
const URL_ATTRIBUTES = /\s(?:src|component-url|renderer-url|before-hydration-url)="([^"]+\.m?js)"/g;
const FIRST_USE_ISLAND = /<astro-island\b[^>]*\sclient="first-use"[^>]*>/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
// A static import or re-export: `import "x"`, `import {a} from "x"`, `export * from "x"`. Never
// `import("x")`, whose quote follows a parenthesis.
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g;

const isRunnableInline = (attrs: string) => !/\bsrc=/.test(attrs) && !/\btype="(?!module|text\/javascript)[^"]*"/.test(attrs);

/** One built page's first-load JS: each file gzip -9 on its own (as a server sends them), plus inline scripts. */
export function firstLoadOf(dist: string, page: string): FirstLoad {
  const html = readFileSync(htmlFileOf(dist, page), "utf8");
  const base = new URL(page, "http://site.invalid");
  const later = [...html.matchAll(FIRST_USE_ISLAND)].flatMap((m) => [...m[0].matchAll(URL_ATTRIBUTES)].map((u) => u[1]!));
  const roots = [...html.replace(FIRST_USE_ISLAND, "").matchAll(URL_ATTRIBUTES)].map((m) => m[1]!);
  for (const link of html.match(MODULE_PRELOAD) ?? []) {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1];
    if (href) roots.push(href);
  }
  let inlineGzip = 0;
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const [, attrs = "", text = ""] = m;
    if (!isRunnableInline(attrs) || text.trim() === "") continue;
    inlineGzip += gzipSize(text);
    // An inline module may itself import files.
    for (const imp of text.matchAll(STATIC_IMPORT)) roots.push(imp[1]!);
  }

  const walkAll = (starts: string[], seen: Map<string, number>) => {
    const walk = (url: URL) => {
      if (url.origin !== base.origin || seen.has(url.pathname)) return;
      const code = readFileSync(join(dist, decodeURIComponent(url.pathname)), "utf8");
      seen.set(url.pathname, gzipSize(code));
      for (const imp of code.matchAll(STATIC_IMPORT)) walk(new URL(imp[1]!, url));
    };
    for (const start of starts) walk(new URL(start, base));
    return seen;
  };
  const asFiles = (entries: Iterable<[string, number]>) => [...entries].map(([url, gzip]) => ({ url, gzip })).sort((a, b) => b.gzip - a.gzip);
  const first = walkAll(roots, new Map());
  const atFirstUse = walkAll(later, new Map(first));
  const files = asFiles(first);
  const firstUseFiles = asFiles([...atFirstUse].filter(([url]) => !first.has(url)));
  const total = (list: JsFile[]) => list.reduce((s, f) => s + f.gzip, 0);
  return { files, jsGzip: total(files), inlineGzip, firstUseFiles, firstUseGzip: total(firstUseFiles) };
}

/** KB of gzip. firstUse: what client:first-use islands add at the first key, tap or focus. */
export type PageBudget = { js: number; inline: number; firstUse?: number; note?: string };
export type BudgetFile = { pages: Record<string, PageBudget> };

/**
 * A page's budget: its own entry, else the longest entry ending in "*" whose path goes before the
 * page's ("/guides/*" covers "/guides/x/", not "/guides/" itself).
 */
export function budgetFor(budgets: BudgetFile, page: string): PageBudget | undefined {
  if (Object.hasOwn(budgets.pages, page)) return budgets.pages[page];
  const covers = (pattern: string) => pattern.endsWith("*") && page.length >= pattern.length && page.startsWith(pattern.slice(0, -1));
  const patterns = Object.keys(budgets.pages).filter(covers);
  const longest = patterns.sort((a, b) => b.length - a.length)[0];
  return longest === undefined ? undefined : budgets.pages[longest];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What is wrong with a page's first load against its budget (KB of gzip), one sentence each. */
export function overBudget(page: string, load: FirstLoad, budget: PageBudget | undefined): string[] {
  if (!budget) return [`${page} has no first-load JS budget: add it to test/budgets/first-load-js.json.`];
  const problems: string[] = [];
  if (load.jsGzip > budget.js * 1024) {
    const biggest = load.files.slice(0, 3).map((f) => `${f.url.split("/").pop()} ${kb(f.gzip)}`).join(", ");
    problems.push(`${page} loads ${kb(load.jsGzip)} of JS files (gzip) on first load; its budget is ${budget.js} KB. Biggest: ${biggest}.`);
  }
  if (load.firstUseGzip > (budget.firstUse ?? 0) * 1024) {
    const biggest = load.firstUseFiles.slice(0, 3).map((f) => `${f.url.split("/").pop()} ${kb(f.gzip)}`).join(", ");
    problems.push(`${page} loads ${kb(load.firstUseGzip)} more JS (gzip) at the first use; its budget is ${budget.firstUse ?? 0} KB. Biggest: ${biggest}.`);
  }
  if (load.inlineGzip > budget.inline * 1024) {
    problems.push(`${page} has ${kb(load.inlineGzip)} of inline script (gzip); its budget is ${budget.inline} KB.`);
  }
  return problems;
}
