// First-load JS budgets (issue 6): every built page's JS before any click, read from dist/ (run
// `npm run build` first; `npm test` does). Sizes are deterministic, so they are enforced here;
// times are not, so they stay in the bench (test/bench/run.ts), which prints these budgets too.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type BudgetFile, budgetFor, builtPages, firstLoadOf, gzipSize, overBudget } from "./first-load-js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const budgets = JSON.parse(readFileSync(new URL("./first-load-js.json", import.meta.url), "utf8")) as BudgetFile;

describe("the built site keeps its first-load JS budgets", () => {
  const pages = existsSync(join(dist, "index.html")) ? builtPages(dist) : [];

  it("dist/ has been built", () => {
    expect(pages, "no dist/index.html: run `npm run build` before these tests").not.toEqual([]);
  });

  it.each(pages)("%s", (page) => {
    expect(overBudget(page, firstLoadOf(dist, page), budgetFor(budgets, page))).toEqual([]);
  });

  it("every page named in the budget file is still built", () => {
    const exact = Object.keys(budgets.pages).filter((p) => !p.endsWith("*"));
    expect(exact.filter((p) => !pages.includes(p))).toEqual([]);
  });

  it("the wizards' budgets keep to the issue's 90 KB target and bound what the first use adds; the guides' and home's are 0 KB of files", () => {
    for (const page of pages.filter((p) => p === "/" || p.startsWith("/guides/"))) expect(budgetFor(budgets, page)?.js, page).toBe(0);
    for (const page of ["/contract/", "/invoice/", "/get-paid/"]) {
      expect(budgetFor(budgets, page)?.js, page).toBeLessThanOrEqual(90);
      expect(budgetFor(budgets, page)?.firstUse, page).toBeGreaterThan(0);
      expect(budgetFor(budgets, page)?.note, page).toMatch(/90 KB/);
    }
  });
});

describe("the first-load walker, on a small made-up site", () => {
  const site = mkdtempSync(join(tmpdir(), "upfront-budgets-"));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  const big = (name: string) => `export const ${name} = ${JSON.stringify("x".repeat(50))};`;
  put("_astro/island.js", `import{a}from"./shared.js";import"./side.js";const later=()=>import("./later.js");export{a,later};`);
  put("_astro/shared.js", `export*from"./deep.js";${big("a")}`);
  put("_astro/deep.js", big("deep"));
  put("_astro/side.js", big("side"));
  put("_astro/later.js", big("later")); // only through import(): not first load
  put("_astro/renderer.js", big("renderer"));
  put("_astro/hoisted.js", big("hoisted"));
  put("_astro/from-inline.js", big("fromInline"));
  put("_astro/preloaded.js", big("preloaded"));
  put("_astro/wizard.js", `import{a}from"./shared.js";import"./first-step.js";${big("wizard")}`);
  put("_astro/first-step.js", big("firstStep"));
  const inline = `import "/_astro/from-inline.js"; console.log(1);`;
  put(
    "wizard/index.html",
    `<html><head><link rel="modulepreload" href="/_astro/preloaded.js"><script type="module" src="/_astro/hoisted.js"></script></head><body>
    <astro-island component-url="/_astro/island.js" renderer-url="/_astro/renderer.js"></astro-island>
    <script type="module">${inline}</script><script type="application/ld+json">{"not":"code"}</script></body></html>`,
  );
  put("index.html", `<html><body><h1>Home</h1></body></html>`);
  put(
    "first-use/index.html",
    `<html><body><astro-island component-url="/_astro/wizard.js" renderer-url="/_astro/renderer.js" client="first-use" opts="{}"></astro-island>
    <astro-island component-url="/_astro/island.js" client="load"></astro-island></body></html>`,
  );
  put("guides/a/index.html", `<html><body><script>document.documentElement.className="js"</script></body></html>`);
  put("pagefind/pagefind-ui.html", `<script src="/_astro/later.js"></script>`);

  const size = (file: string) => gzipSize(readFileSync(join(site, "_astro", file), "utf8"));

  it("lists every page but the search index's files, as site paths", () => {
    expect(builtPages(site)).toEqual(["/", "/first-use/", "/guides/a/", "/wizard/"]);
  });

  it.each([
    { page: "/", files: [], inline: "" },
    { page: "/guides/a/", files: [], inline: `document.documentElement.className="js"` },
    {
      page: "/wizard/",
      files: ["deep.js", "from-inline.js", "hoisted.js", "island.js", "preloaded.js", "renderer.js", "shared.js", "side.js"],
      inline,
    },
  ])("$page: static imports followed, import() left out, inline scripts apart", ({ page, files, inline: text }) => {
    const load = firstLoadOf(site, page);
    expect(load.files.map((f) => f.url.replace("/_astro/", "")).sort()).toEqual(files);
    expect(load.jsGzip).toBe(files.reduce((sum, f) => sum + size(f), 0));
    expect(load.inlineGzip).toBe(text === "" ? 0 : gzipSize(text));
    expect(load.firstUseFiles).toEqual([]);
  });

  it("a client:first-use island's modules count at the first use, less what the page already loaded", () => {
    const load = firstLoadOf(site, "/first-use/");
    expect(load.files.map((f) => f.url.replace("/_astro/", "")).sort()).toEqual(["deep.js", "island.js", "shared.js", "side.js"]);
    expect(load.firstUseFiles.map((f) => f.url.replace("/_astro/", "")).sort()).toEqual(["first-step.js", "renderer.js", "wizard.js"]);
    expect(load.firstUseGzip).toBe(size("first-step.js") + size("renderer.js") + size("wizard.js"));
    expect(overBudget("/first-use/", load, { js: 1, inline: 0, firstUse: 0.05 })).toEqual([
      expect.stringMatching(/^\/first-use\/ loads \d+\.\d KB more JS \(gzip\) at the first use; its budget is 0\.05 KB\. Biggest: .+\.js/),
    ]);
    expect(overBudget("/first-use/", load, { js: 1, inline: 0, firstUse: 1 })).toEqual([]);
  });

  const fixtureBudgets: BudgetFile = {
    pages: { "/": { js: 0, inline: 0 }, "/guides/*": { js: 0, inline: 1 }, "/wizard/": { js: 0.1, inline: 1 } },
  };

  it.each([
    { page: "/", expected: [] },
    { page: "/guides/a/", expected: [] },
    { page: "/wizard/", expected: [/^\/wizard\/ loads \d+\.\d KB of JS files \(gzip\) on first load; its budget is 0\.1 KB\. Biggest: .+\.js/] },
  ])("$page against its budget", ({ page, expected }) => {
    const problems = overBudget(page, firstLoadOf(site, page), budgetFor(fixtureBudgets, page));
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it.each([
    { name: "no budget at all", page: "/new/", budget: undefined, expected: "/new/ has no first-load JS budget: add it to test/budgets/first-load-js.json." },
    {
      name: "too much inline script",
      page: "/guides/a/",
      budget: { js: 0, inline: 0.01 },
      expected: /^\/guides\/a\/ has \d+\.\d KB of inline script \(gzip\); its budget is 0\.01 KB\.$/,
    },
  ])("fails with a message naming the page: $name", ({ page, budget, expected }) => {
    const problems = overBudget(page, firstLoadOf(site, page.startsWith("/new") ? "/" : page), budget);
    expect(problems).toHaveLength(1);
    if (typeof expected === "string") expect(problems[0]).toBe(expected);
    else expect(problems[0]).toMatch(expected);
  });

  it.each([
    { page: "/wizard/", expected: 0.1 },
    { page: "/guides/a/", expected: 0 },
    { page: "/guides/", expected: undefined },
    { page: "/other/", expected: undefined },
  ])("budgetFor $page: its own entry, else the longest matching path*", ({ page, expected }) => {
    expect(budgetFor(fixtureBudgets, page)?.js).toBe(expected);
  });
});
