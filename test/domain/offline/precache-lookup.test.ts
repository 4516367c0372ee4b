import { describe, expect, it } from "vitest";
import { precacheKey } from "../../../src/domain/offline/precache-lookup";

const ORIGIN = "https://upfront.example";
const URLS = new Set(["/", "/contract/", "/guides/", "/guides/define-the-scope/", "/_astro/client.x1.js", "/pagefind/pagefind-entry.json"]);
const key = (url: string, method = "GET") => precacheKey({ url, method }, ORIGIN, URLS);

describe("precacheKey", () => {
  it.each([
    ["/", "/"],
    ["/?utm=x", "/"],
    // Directory format: a page is stored as /contract/ and answers all three spellings.
    ["/contract", "/contract/"],
    ["/contract/", "/contract/"],
    ["/contract/index.html", "/contract/"],
    ["/contract?step=review&preset=deposit", "/contract/"],
    ["/guides/?q=deposit", "/guides/"],
    ["/guides/define-the-scope", "/guides/define-the-scope/"],
    ["/_astro/client.x1.js", "/_astro/client.x1.js"],
    // Pagefind's cache-buster on its entry file.
    ["/pagefind/pagefind-entry.json?ts=1765000000000", "/pagefind/pagefind-entry.json"],
  ])("%s is answered with %s", (path, expected) => {
    expect(key(`${ORIGIN}${path}`)).toBe(expected);
  });

  it.each([
    ["a file that is not precached", `${ORIGIN}/sitemap-index.xml`],
    ["a page that does not exist", `${ORIGIN}/nope`],
    ["another origin, even with a precached path", "https://cdn.example/_astro/client.x1.js"],
    ["the same host on another port", "https://upfront.example:8443/contract/"],
    ["the same host over http", "http://upfront.example/contract/"],
    ["a directory that only matches with a slash added to a file", `${ORIGIN}/_astro/client.x1.js/`],
  ])("leaves %s to the network", (_name, url) => {
    expect(key(url)).toBeNull();
  });

  it("answers only GET requests", () => {
    expect(key(`${ORIGIN}/contract/`, "POST")).toBeNull();
    expect(key(`${ORIGIN}/contract/`, "HEAD")).toBeNull();
  });
});
