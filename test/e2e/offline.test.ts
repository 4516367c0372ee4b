// Offline use: after a first visit the service worker (dist/sw.js) has precached the whole
// site, so with the network off every page opens, a contract PDF is made (engine, fonts and
// layout wasm from the cache) and the guides can be searched. A new version is announced and
// waits for the visitor: the page is never reloaded for them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { readPdf, squash } from "../pdf/support/pdf-text";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser, openPage, waitForLiveView } from "./support/browser";
import { DRAFT_KEY, WIZARD_CONTEXT, downloadBytes, draftEnvelopeText, downloadPdf, openWizard, seedStorage, waitForWizard } from "./support/contract/wizard";

afterAll(closeBrowser);

const GUIDE = "take-a-deposit-and-bill-by-milestones";
const draft = { ...sampleContractDraft(), id: "contract-e2e0000000000001" };

/** The URLs the built sw.js precaches (its list is written into it at build time). */
function precachedUrls(): string[] {
  const sw = readFileSync(fileURLToPath(new URL("../../dist/sw.js", import.meta.url)), "utf8");
  return [...sw.matchAll(/\burl: "([^"]+)"/g)].map((m) => m[1]!);
}

/** Waits until a service worker is active and controls this page. */
async function waitForController(page: Page): Promise<string> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ""), { timeout: 30_000 }).not.toBe("");
  return page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
}

const banner = (page: Page) => page.locator("[data-update-body]");

describe("offline", () => {
  test("after a first visit to /, every page, a contract PDF and the guide search work with no network (bad-inputs #45)", async () => {
    const session = await openPage(null, { context: WIZARD_CONTEXT });
    try {
      const { page, context } = session;
      // The saved draft a returning visitor would have, so the review step can make the PDF.
      await seedStorage(page, { [DRAFT_KEY]: draftEnvelopeText(draft) });
      await session.goto("/");
      expect(new URL(await waitForController(page)).pathname).toBe("/sw.js");

      // Everything on the list is in the cache before the network goes.
      const urls = precachedUrls();
      for (const path of ["/", "/contract/", "/invoice/", "/get-paid/", "/guides/", `/guides/${GUIDE}/`, "/pagefind/pagefind.js", "/pagefind/wasm.en.pagefind"]) {
        expect(urls).toContain(path);
      }
      for (const kind of [/^\/_astro\/render-document-pdf\.worker-.*\.js$/, /^\/_astro\/NotoSans_400Regular\..*\.ttf$/, /^\/_astro\/NotoSans_700Bold\..*\.ttf$/, /^\/_astro\/.*\.css$/]) {
        expect(urls.some((u) => kind.test(u))).toBe(true);
      }
      const cached = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.startsWith("upfront-precache-"));
        const cache = await caches.open(names[0]!);
        return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
      });
      expect(cached.names).toHaveLength(1);
      expect(cached.urls.sort()).toEqual([...urls].sort());

      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);

      for (const [path, heading] of [
        ["/contract", /./],
        ["/invoice", /./],
        ["/get-paid", /./],
        ["/guides/", /^Guides to getting paid$/],
        [`/guides/${GUIDE}/`, /deposit/i],
        ["/", /^Agree how you'll be paid/],
      ] as const) {
        await session.goto(path);
        if (["/contract", "/invoice", "/get-paid"].includes(path)) await waitForLiveView(page);
        await expect(page.locator("h1").first().innerText()).resolves.toMatch(heading);
      }

      // The contract PDF: engine, fonts and the layout engine's wasm all come from the cache.
      await session.goto("/contract?step=review");
      await waitForWizard(page);
      const download = await downloadPdf(page, () => page.getByTestId("download-pdf").click());
      const pdf = await readPdf(await downloadBytes(download));
      const text = squash(pdf.pages.join("\n").normalize("NFC"));
      expect(text).toContain(squash(draft.client.name.normalize("NFC")));
      expect(text).toContain("$10,000.00");

      // Search: Pagefind's script, wasm and index from the cache.
      await session.goto("/guides/?q=deposit");
      await expect
        .poll(() => page.locator("[data-guide-search-status]").innerText(), { timeout: 15_000 })
        .toMatch(/^\d+ guides? found for “deposit”\.$/);
      await expect(page.locator(`[data-guide-search-results] a[href="/guides/${GUIDE}/"]`).count()).resolves.toBe(1);

      session.assertClean();

      // The network really was off: a file the worker does not keep cannot be fetched.
      const sitemap = await page.evaluate(() => fetch("/sitemap-index.xml").then(() => "fetched", () => "failed"));
      expect(sitemap).toBe("failed");
      expect(session.problems.map((p) => p.message)).toEqual([expect.stringMatching(/ERR_INTERNET_DISCONNECTED.*sitemap-index\.xml/)]);
    } finally {
      await session.close();
    }
  });

  test("a new version is announced and waits; the page never reloads by itself; Reload brings it in", async () => {
    const session = await openWizard("/contract?step=scope", { draft });
    try {
      const { page, context } = session;
      await waitForController(page);
      await expect(banner(page).isHidden()).resolves.toBe(true);
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      // A second tab, open before the update arrives.
      const other = await context.newPage();
      await other.goto(session.url("/invoice"));
      await waitForController(other);
      // In use before the update arrives (its code loaded), like a tab the visitor has worked in.
      await waitForLiveView(other);

      // A new version: the same worker under another script URL installs as an update would
      // (a changed sw.js cannot be served here: routes do not see the worker's own script fetch).
      // Pages register /sw.js, so a page loaded after this would install /sw.js again as the next update.
      await page.evaluate(() => navigator.serviceWorker.register("/sw.js?e2e-update", { scope: "/", updateViaCache: "none" }));
      await banner(page).waitFor({ state: "visible", timeout: 30_000 });
      await expect(banner(page).innerText()).resolves.toContain(
        "A new version of Upfront is ready. Reload when you have finished: your answers are saved.",
      );
      await expect(page.locator("[data-update-banner]").getAttribute("role")).resolves.toBe("status");
      await expectNoAxeViolations(page, "update notice");

      // It waits: no reload, no takeover, however long the visitor stays.
      await page.waitForTimeout(2_000);
      const state = await page.evaluate(async () => {
        const reg = (await navigator.serviceWorker.getRegistration("/"))!;
        return {
          sameDocument: (window as unknown as { sameDocument?: boolean }).sameDocument === true,
          waiting: reg.waiting?.scriptURL ?? null,
          controller: navigator.serviceWorker.controller?.scriptURL ?? null,
        };
      });
      expect(state.sameDocument).toBe(true);
      expect(state.waiting).toMatch(/\/sw\.js\?e2e-update$/);
      expect(state.controller).toMatch(/\/sw\.js$/);

      // The other open tab shows it too; Dismiss closes it there.
      await banner(other).waitFor({ state: "visible" });
      await other.locator("[data-update-dismiss]").focus();
      await other.keyboard.press("Enter");
      await expect(banner(other).isHidden()).resolves.toBe(true);
      await expect(other.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
      await other.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

      // Reload: the new version takes over and this page (only) reloads, on the same step.
      await page.locator("[data-update-reload]").focus();
      await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
      await waitForWizard(page);
      expect(new URL(page.url()).searchParams.get("step")).toBe("scope");
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
      expect(await waitForController(page)).toMatch(/\/sw\.js\?e2e-update$/);
      // The other tab was not reloaded under its visitor, and its notice stays dismissed.
      await expect.poll(() => other.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/e2e-update$/);
      expect(await other.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await expect(banner(other).isHidden()).resolves.toBe(true);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
