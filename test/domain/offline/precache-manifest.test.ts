import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isOnDemand, isPrecached, precacheManifest, precacheUrl } from "../../../src/domain/offline/precache-manifest";

describe("precacheUrl", () => {
  it.each([
    ["index.html", "/"],
    ["contract/index.html", "/contract/"],
    ["guides/index.html", "/guides/"],
    ["guides/define-the-scope/index.html", "/guides/define-the-scope/"],
    ["_astro/client.x1.js", "/_astro/client.x1.js"],
    ["_astro/NotoSans_400Regular.D96CXwz4.ttf", "/_astro/NotoSans_400Regular.D96CXwz4.ttf"],
    ["pagefind/fragment/en_1.pf_fragment", "/pagefind/fragment/en_1.pf_fragment"],
    ["favicon.svg", "/favicon.svg"],
  ])("%s is requested as %s", (path, url) => {
    expect(precacheUrl(path)).toBe(url);
  });
});

describe("isPrecached", () => {
  it.each(["index.html", "contract/index.html", "_astro/render-document-pdf.worker-x.js", "pagefind/wasm.en.pagefind", "pagefind/pagefind-entry.json", "favicon.svg"])(
    "keeps %s",
    (path) => expect(isPrecached(path)).toBe(true),
  );
  it.each(["sw.js", "sitemap-index.xml", "sitemap-0.xml", "robots.txt", "readme/contract-review.png", "social-preview.png"])(
    "leaves out %s (no page of ours asks for it)",
    (path) => expect([isPrecached(path), isOnDemand(path)]).toEqual([false, false]),
  );
  it.each(["_astro/NotoSansSC_400Regular.j7Y_Znm4.ttf", "_astro/NotoSansKR_400Regular.Bzhy-mHp.ttf"])(
    "keeps %s on first use only (megabytes most visitors never need)",
    (path) => expect([isPrecached(path), isOnDemand(path)]).toEqual([false, true]),
  );
  it.each(["_astro/NotoSans_400Regular.D96CXwz4.ttf", "_astro/NotoSansArabic_400Regular.DQZ_1etK.ttf", "_astro/NotoSansHebrew_700Bold.CfGMluAX.ttf"])(
    "precaches the smaller font %s",
    (path) => expect([isPrecached(path), isOnDemand(path)]).toEqual([true, false]),
  );
});

describe("precacheManifest", () => {
  const hashText = (text: string) => createHash("sha256").update(text).digest("hex");
  const files = [
    { path: "sw.js", hash: "s", bytes: 9 },
    { path: "contract/index.html", hash: "c1", bytes: 100 },
    { path: "index.html", hash: "i1", bytes: 50 },
    { path: "_astro/a.js", hash: "a1", bytes: 7 },
    { path: "_astro/NotoSansKR_400Regular.k1.ttf", hash: "k1", bytes: 6_000_000 },
  ];

  it("lists the kept files by URL, sorted, with their hashes as revisions, and adds up their bytes", () => {
    const manifest = precacheManifest(files, hashText);
    expect(manifest.entries).toEqual([
      { url: "/", revision: "i1" },
      { url: "/_astro/a.js", revision: "a1" },
      { url: "/contract/", revision: "c1" },
    ]);
    expect(manifest.bytes).toBe(157);
    expect(manifest.onDemand).toEqual(["/_astro/NotoSansKR_400Regular.k1.ttf"]);
    expect(manifest.version).toHaveLength(16);
  });

  it("changes its version when any file changes, and only then", () => {
    const base = precacheManifest(files, hashText).version;
    expect(precacheManifest([...files].reverse(), hashText).version).toBe(base);
    const changed = files.map((f) => (f.path === "index.html" ? { ...f, hash: "i2" } : f));
    expect(precacheManifest(changed, hashText).version).not.toBe(base);
    // The worker itself is not part of what it caches.
    expect(precacheManifest(files.map((f) => (f.path === "sw.js" ? { ...f, hash: "t" } : f)), hashText).version).toBe(base);
  });
});
