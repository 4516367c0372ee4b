import { excerptParts } from "../../domain/guides/search-excerpt";

// The search form's behaviour on /guides. Pagefind (about 20 KB of JS plus its WebAssembly and
// index files) is fetched with a dynamic import the first time the user searches, never before.

type PagefindResult = { url: string; excerpt: string; meta: { title?: string } };
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
};

const MAX_RESULTS = 10;
// A variable, so the bundler leaves the import alone: the file only exists in the built site.
const PAGEFIND_URL = "/pagefind/pagefind.js";

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  })();
  // A failed load (offline) may be tried again by the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** The excerpt as text nodes and <mark> elements made here: the index's HTML is never parsed by the page. */
function excerptNode(excerpt: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "guide-search__excerpt";
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      p.append(mark);
    } else {
      p.append(document.createTextNode(part.text));
    }
  }
  return p;
}

/** Only the site's own guide pages are offered as results. */
function guideUrl(url: string): string | null {
  return /^\/guides\/[a-z0-9-]+\/$/.test(url) ? url : null;
}

function resultItem(result: PagefindResult, url: string): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "guide-search__result";
  const heading = document.createElement("h3");
  heading.className = "heading-s";
  const link = document.createElement("a");
  link.href = url;
  link.textContent = result.meta.title ?? url;
  heading.append(link);
  li.append(heading, excerptNode(result.excerpt));
  return li;
}

export function startGuideSearch(): void {
  const form = document.querySelector<HTMLFormElement>("[data-guide-search]");
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>("[data-guide-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-guide-search-results]");
  if (!form || !input || !status || !list) return;

  let latest = 0;

  const show = async (term: string) => {
    const asked = ++latest;
    const query = term.trim();
    // The address says what was searched for, so it can be shared and the Back button keeps it.
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(history.state, "", url);

    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    try {
      const engine = await loadPagefind();
      const found = await engine.search(query);
      const all = found?.results ?? [];
      const data = await Promise.all(all.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (asked !== latest) return;
      const items = data.flatMap((d) => {
        const href = guideUrl(d.url);
        return href ? [resultItem(d, href)] : [];
      });
      list.replaceChildren(...items);
      list.hidden = items.length === 0;
      const count = all.length;
      status.textContent =
        count === 0
          ? `No guides found for “${query}”.`
          : `${count} ${count === 1 ? "guide" : "guides"} found for “${query}”${count > MAX_RESULTS ? `, the first ${MAX_RESULTS} shown` : ""}.`;
    } catch {
      if (asked !== latest) return;
      list.replaceChildren();
      list.hidden = true;
      status.textContent = "Search could not be loaded. Check your connection and try again, or browse the guides below.";
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void show(input.value);
  });

  // /guides/?q=deposit (the form's address without JavaScript, or a shared link) searches at once.
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial.slice(0, 200);
    void show(input.value);
  }
}
