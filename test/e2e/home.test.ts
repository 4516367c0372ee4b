import { afterAll, describe, expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser, focusInfo, openPage, tabUntil } from "./support/browser";

afterAll(closeBrowser);

describe("home page", () => {
  test("says what Upfront does and links to the contract wizard", async () => {
    const session = await openPage("/");
    try {
      const { page } = session;
      await expect(page.title()).resolves.toMatch(/ — Upfront$/);
      const h1 = page.locator("h1");
      await expect(h1.count()).resolves.toBe(1);
      await expect(h1.innerText()).resolves.toMatch(/paid/i);
      await expect(
        page.locator('meta[name="description"]').getAttribute("content"),
      ).resolves.toBeTruthy();

      const cta = page.getByRole("link", { name: "Write a contract" });
      await expect(cta.getAttribute("href")).resolves.toBe("/contract");

      // The three journeys: prevent (contract, invoices), when late (get paid), learn (guides).
      const journeys = page.locator(".journey");
      await expect(journeys.count()).resolves.toBe(3);
      const hrefs = await page.locator(".journey a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(["/contract", "/invoice", "/get-paid", "/guides/"]);

      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link").allInnerTexts()).resolves.toEqual(["Home", "Contract", "Invoices", "Get paid", "Guides"]);
      await expect(nav.getByRole("link", { name: "Home" }).getAttribute("aria-current")).resolves.toBe(
        "page",
      );
      await expect(
        nav.getByRole("link", { name: "Contract" }).getAttribute("aria-current"),
      ).resolves.toBeNull();

      // The home page is plain HTML; its one script registers the service worker, so a first
      // visit here makes the whole site work offline (test/e2e/offline.test.ts). Nothing else runs.
      const scripts = await page.locator("script").evaluateAll((list) => list.map((s) => s.textContent ?? ""));
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/\.register\([`"']\/sw\.js/);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("keyboard: skip link first, then the main navigation with a visible focus", async () => {
    const session = await openPage("/");
    try {
      const { page } = session;
      await page.keyboard.press("Tab");
      const skip = await focusInfo(page);
      expect(skip).toMatchObject({ tag: "a", href: "#main", text: "Skip to main content" });
      // Shown on screen while focused.
      const box = await page.locator(".skip-link").boundingBox();
      expect(box && box.y >= 0 && box.height >= 24).toBe(true);

      await page.keyboard.press("Enter");
      await expect(focusInfo(page)).resolves.toMatchObject({ tag: "main", id: "main" });

      // From the top again: Tab reaches the nav, current page marked.
      await session.goto("/");
      const home = await tabUntil(page, (f) => f.nav === "Main");
      expect(home).toMatchObject({ text: "Home", ariaCurrent: "page" });
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { background: style.backgroundColor, shadow: style.boxShadow };
      });
      // GOV.UK-style focus: yellow highlight with a dark underbar.
      expect(ring.background).toBe("rgb(255, 221, 0)");
      expect(ring.shadow).not.toBe("none");

      await page.keyboard.press("Tab");
      await expect(focusInfo(page)).resolves.toMatchObject({
        nav: "Main",
        text: "Contract",
        href: "/contract",
      });
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`no axe violations, ${colorScheme} mode`, async () => {
      const session = await openPage("/", { context: { colorScheme } });
      try {
        await expectNoAxeViolations(session.page, `home (${colorScheme})`);
        session.assertClean();
      } finally {
        await session.close();
      }
    });

    test(`fits a 320px wide screen without horizontal scrolling, ${colorScheme} mode`, async () => {
      const session = await openPage("/", {
        context: { colorScheme, viewport: { width: 320, height: 640 } },
      });
      try {
        const { page } = session;
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(widths.scroll).toBeLessThanOrEqual(widths.client);
        await expectNoAxeViolations(page, `home at 320px (${colorScheme})`);
        session.assertClean();
      } finally {
        await session.close();
      }
    });
  }
});

// The harness must not pass vacuously: provoke each kind of problem once on the home page and
// check assertClean() reports it.
describe("e2e harness", () => {
  test("records console errors, page errors, CSP violations and other-origin requests", async () => {
    const session = await openPage("/");
    try {
      const { page } = session;
      await page.evaluate(() => {
        console.error("deliberate console error");
        setTimeout(() => {
          throw new Error("deliberate uncaught error");
        });
        // Blocked by the site's CSP (no inline scripts).
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.body.append(script);
      });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => "__inlineRan" in window)).toBe(false);

      // about:blank has no CSP, so this request reaches the network layer, where it is stopped.
      await page.goto("about:blank");
      await page.evaluate(() => fetch("https://example.com/tracker.js").catch(() => undefined));
      await page.waitForTimeout(300);

      const kinds = new Set(session.problems.map((p) => p.kind));
      expect([...kinds].sort()).toEqual(
        ["CSP violation", "console error", "other-origin request", "page error"].sort(),
      );
      expect(() => session.assertClean()).toThrow(/deliberate uncaught error/);
      session.clearProblems();
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
