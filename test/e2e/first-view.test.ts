// The wizards' first view (client:first-use, src/integrations/first-use/). A first visit gets the
// first step as HTML and no script file; the code loads at the first key, tap, focus or pointer
// over the form, and the live view takes over without losing what was typed, moving the focus or
// shifting anything on the screen. A returning visitor never sees the static view.
import type { Page, Route } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { type PageSession, closeBrowser, openPage } from "./support/browser";
import { DRAFT_KEY, WIZARD_CONTEXT, draftEnvelopeText, seedStorage } from "./support/contract/wizard";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";

afterAll(closeBrowser);

const WIZARDS = [
  { path: "/contract", heading: "You and your client", island: /contract-wizard\.[^/]*\.js$/ },
  { path: "/invoice", heading: "Invoices", island: /invoice-app\.[^/]*\.js$/ },
  { path: "/get-paid", heading: "The unpaid invoice", island: /get-paid-app\.[^/]*\.js$/ },
] as const;

// Every layout shift, even right after input (which CLS itself forgives): taking over must move nothing.
const RECORD_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push(e.value); })
    .observe({ type: "layout-shift", buffered: true });
`;

const firstViewState = (page: Page) => page.evaluate(() => document.documentElement.dataset.firstView);
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0));

/** Holds the island's code back until release() is called, as a slow network would. */
async function holdCode(page: Page, island: RegExp): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(island, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

// A service worker that took the page over would fetch the held code past page.route: blocked where a test holds code.
async function fresh(path: string, initScripts: string[] = [], serviceWorkers: "allow" | "block" = "allow"): Promise<PageSession & { scripts: string[] }> {
  const session = await openPage(null, { context: { ...WIZARD_CONTEXT, serviceWorkers } });
  const scripts: string[] = [];
  session.page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  for (const script of initScripts) await session.context.addInitScript(script);
  await session.goto(path);
  return { ...session, scripts };
}

describe("first visit: the first view is HTML, the code comes at the first use", () => {
  test.each(WIZARDS)("$path: no script file until the first key, then the live view takes over in place", async ({ path, heading }) => {
    const session = await fresh(path, [RECORD_SHIFTS]);
    try {
      const { page, scripts } = session;
      await page.waitForLoadState("networkidle");
      expect(await firstViewState(page)).toBe("fresh");
      expect(scripts, "script files fetched before any use").toEqual([]);
      await expect.poll(() => page.locator(".first-view h1").first().innerText()).toBe(heading);
      expect(await page.locator(".first-view").isVisible()).toBe(true);

      const before = await shifts(page);
      await page.keyboard.press("Tab");
      await page.waitForFunction(() => document.documentElement.dataset.firstView === "taken-over");
      await page.locator("[data-ready]").first().waitFor({ state: "visible" });
      expect(scripts.length).toBeGreaterThan(0);
      expect(await page.locator(".first-view").count(), "the static view is gone").toBe(0);
      expect(await page.locator("h1").first().innerText()).toBe(heading);
      expect(await shifts(page), "layout shift when the live view took over").toBe(before);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("what is typed before the code arrives is kept, with the focus and the caret, and saved", async () => {
    const session = await fresh("/contract");
    try {
      const { page } = session;
      const release = await holdCode(page, WIZARDS[0].island);
      await page.locator(".first-view #field-you-name").click();
      await page.keyboard.type("Ngô Bảo Châu");
      await page.locator(".first-view #field-you-email").fill("bao@example.com");
      await page.locator(".first-view #field-you-name").focus();
      await page.keyboard.press("Home");
      expect(await firstViewState(page)).toBe("used");
      release();
      await page.waitForFunction(() => document.documentElement.dataset.firstView === "taken-over");

      expect(await page.evaluate(() => [document.activeElement?.id, (document.activeElement as HTMLInputElement).selectionStart])).toEqual([
        "field-you-name",
        0,
      ]);
      expect(await page.inputValue("#field-you-email")).toBe("bao@example.com");
      await page.keyboard.type("Prof. ");
      expect(await page.inputValue("#field-you-name")).toBe("Prof. Ngô Bảo Châu");
      await expect
        .poll(async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)) ?? "null")?.data.you, { timeout: 5_000 })
        .toMatchObject({ name: "Prof. Ngô Bảo Châu", email: "bao@example.com" });
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("Continue pressed before the code arrives is pressed again on the live form (no page reload)", async () => {
    const session = await fresh("/contract");
    try {
      const { page } = session;
      const release = await holdCode(page, WIZARDS[0].island);
      const url = page.url();
      await page.locator(".first-view button[type=submit]").click();
      release();
      const summary = page.getByRole("region", { name: /There (is a problem|are \d+ problems)/ });
      await summary.waitFor({ state: "visible" });
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("New invoice pressed before the code arrives opens the new invoice", async () => {
    const session = await fresh("/invoice");
    try {
      const { page } = session;
      const release = await holdCode(page, WIZARDS[1].island);
      await page.locator(".first-view").getByRole("button", { name: "New invoice" }).click();
      release();
      await expect.poll(() => new URL(page.url()).searchParams.get("id"), { timeout: 15_000 }).toMatch(/^inv-/);
      await page.locator("#step-heading").waitFor({ state: "visible" });
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("the takeover in harder cases", () => {
  const startLive = (page: Page) =>
    page.evaluate(() => document.querySelector(".first-view")?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true })));

  test("an invoice saved in another tab meanwhile: what was typed still goes to its own fields", async () => {
    // The live first step then offers that invoice above the form, so its controls are not in the static view's places.
    const session = await fresh("/get-paid", [], "block");
    try {
      const { page, context } = session;
      const release = await holdCode(page, WIZARDS[2].island);
      const other = await context.newPage();
      await other.goto(session.url("/invoice"));
      await startLive(other);
      await other.locator("[data-ready]").first().getByRole("button", { name: "New invoice" }).click();
      await other.waitForURL(/id=inv-/);
      await other.close();

      await page.locator(".first-view #field-invoice-number").fill("INV-7");
      await page.locator(".first-view #field-invoice-description").fill("Logo design");
      await page.locator(".first-view #field-you-name").fill("Ada Lovelace");
      release();
      await page.waitForFunction(() => document.documentElement.dataset.firstView === "taken-over");
      expect(await page.inputValue("#field-invoice-number")).toBe("INV-7");
      expect(await page.inputValue("#field-invoice-description")).toBe("Logo design");
      expect(await page.inputValue("#field-you-name")).toBe("Ada Lovelace");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-you-name");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("presses made while the code loads", () => {
  test("New invoice pressed twice makes one invoice; a checkbox clicked twice is clicked twice", async () => {
    const session = await fresh("/invoice", [], "block");
    try {
      const { page } = session;
      const release = await holdCode(page, WIZARDS[1].island);
      const button = page.locator(".first-view").getByRole("button", { name: "New invoice" });
      await button.click();
      await button.click();
      release();
      await expect.poll(() => new URL(page.url()).searchParams.get("id"), { timeout: 15_000 }).toMatch(/^inv-/);
      await page.locator("#step-heading").waitFor({ state: "visible" });
      const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem("upfront:invoice-book") ?? "null")?.data.invoices.length);
      await expect.poll(saved).toBe(1);
      await page.waitForTimeout(500);
      expect(await saved()).toBe(1);
      session.assertClean();
    } finally {
      await session.close();
    }

    const countLiveClicks = `document.addEventListener("click", (event) => {
      if (event.target.id === "field-claim-soleTrader" && event.target.closest("astro-island")) window.__liveClicks = (window.__liveClicks ?? 0) + 1;
    }, true);`;
    const paid = await fresh("/get-paid", [countLiveClicks], "block");
    try {
      const { page } = paid;
      const release = await holdCode(page, WIZARDS[2].island);
      const soleTrader = page.locator(".first-view #field-claim-soleTrader");
      await soleTrader.click();
      await soleTrader.click();
      release();
      await page.waitForFunction(() => document.documentElement.dataset.firstView === "taken-over");
      await expect.poll(() => page.evaluate(() => (window as unknown as { __liveClicks?: number }).__liveClicks)).toBe(2);
      expect(await page.locator("#field-claim-soleTrader").isChecked()).toBe(false);
      paid.assertClean();
    } finally {
      await paid.close();
    }
  });
});

describe("a press under way when the code arrives", () => {
  test("a tap on New invoice that started the code, released after the takeover, opens the invoice", async () => {
    const session = await fresh("/invoice", [], "block");
    try {
      const { page } = session;
      const release = await holdCode(page, WIZARDS[1].island);
      const button = page.locator(".first-view").getByRole("button", { name: "New invoice" });
      const box = (await button.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      release();
      await page.waitForFunction(() => document.documentElement.dataset.firstView === "taken-over");
      await page.mouse.up();
      await expect.poll(() => new URL(page.url()).searchParams.get("id"), { timeout: 15_000 }).toMatch(/^inv-/);
      const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem("upfront:invoice-book") ?? "null")?.data.invoices.length);
      await expect.poll(saved).toBe(1);
      await page.waitForTimeout(500);
      expect(await saved(), "one press, one invoice").toBe(1);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("Space held on a checkbox while the live view takes over ticks the live one, once", async () => {
    const session = await fresh("/get-paid", [], "block");
    try {
      const { page } = session;
      const release = await holdCode(page, WIZARDS[2].island);
      await page.locator(".first-view #field-claim-soleTrader").focus();
      await page.keyboard.down(" ");
      release();
      await page.waitForFunction(() => document.documentElement.dataset.firstView === "taken-over");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-claim-soleTrader");
      await page.keyboard.up(" ");
      await expect.poll(() => page.locator("#field-claim-soleTrader").isChecked()).toBe(true);
      await page.waitForTimeout(300);
      expect(await page.locator("#field-claim-soleTrader").isChecked()).toBe(true);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("later steps", () => {
  test("started by a pointer over the form, the wizard fetches its later steps with no other use", async () => {
    const session = await fresh("/contract", [], "block");
    try {
      const { page, scripts } = session;
      await page.evaluate(() => document.querySelector(".first-view")?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true })));
      await page.waitForFunction(() => document.documentElement.dataset.firstView === "taken-over");
      await expect.poll(() => scripts.some((path) => /\/scope-step\.[^/]*\.js$/.test(path)), { timeout: 5_000 }).toBe(true);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("the code can't be fetched", () => {
  test("the static view says so, keeps what was typed, and the next use tries again", async () => {
    const session = await fresh("/contract", [], "block");
    try {
      const { page } = session;
      let offline = true;
      // Astro retries a failed import once with ?astro-retry=…: both fail while offline.
      await page.route(/contract-wizard\.[^/]*\.js/, (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
      await page.locator(".first-view #field-you-name").fill("Ada Lovelace");
      await page.locator(".first-view button[type=submit]").click();
      const failure = page.locator(".first-view").getByRole("alert");
      await failure.waitFor({ state: "visible", timeout: 15_000 });
      expect(await failure.innerText()).toContain("could not be loaded");
      expect(await firstViewState(page)).toBe("used");

      offline = false;
      await page.locator(".first-view #field-you-email").fill("ada@example.com");
      await page.waitForFunction(() => document.documentElement.dataset.firstView === "taken-over", null, { timeout: 15_000 });
      expect(await page.inputValue("#field-you-name")).toBe("Ada Lovelace");
      expect(await page.inputValue("#field-you-email")).toBe("ada@example.com");
      // The Continue pressed before the failure is not pressed now, long after.
      await page.waitForTimeout(300);
      expect(await page.locator(".error-summary").count()).toBe(0);
      expect(session.problems.every((problem) => /ERR_INTERNET_DISCONNECTED|Error hydrating/.test(problem.message))).toBe(true);
    } finally {
      await session.close();
    }
  });
});

describe("returning visitors and other cases: the static view never shows", () => {
  test("a saved draft: the wizard loads at once and shows it", async () => {
    const session = await openPage(null, { context: WIZARD_CONTEXT });
    try {
      const { page } = session;
      await seedStorage(page, { [DRAFT_KEY]: draftEnvelopeText({ ...sampleContractDraft(), id: "contract-e2e0000000000001" }) });
      await page.addInitScript(() => {
        // The static view's display when it is parsed, before anything could hide it later.
        new MutationObserver((changes, observer) => {
          for (const change of changes)
            for (const node of change.addedNodes)
              if (node instanceof HTMLElement && node.classList.contains("first-view")) {
                (window as unknown as { __shownAtParse: string }).__shownAtParse = getComputedStyle(node).display;
                observer.disconnect();
              }
        }).observe(document, { childList: true, subtree: true });
      });
      await session.goto("/contract");
      await page.locator(".wizard[data-ready]").waitFor({ state: "visible" });
      expect(await page.evaluate(() => (window as unknown as { __shownAtParse: string }).__shownAtParse)).toBe("none");
      expect(await firstViewState(page)).toBe("live");
      expect(await page.locator(".first-view").count()).toBe(0);
      expect(await page.inputValue("#field-you-name")).toBe(sampleContractDraft().you.name);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("an address naming a step opens that step at once", async () => {
    const session = await fresh("/contract?step=scope");
    try {
      const { page } = session;
      await page.locator(".wizard[data-ready]").waitFor({ state: "visible" });
      expect(await page.locator("#step-heading").innerText()).toBe("Scope of work");
      expect(await page.locator(".first-view").count()).toBe(0);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("storage that can't be read: the wizard loads at once and says nothing will be kept", async () => {
    const blocked = `Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });`;
    const session = await fresh("/contract", [blocked]);
    try {
      const { page } = session;
      await page.locator(".wizard[data-ready]").waitFor({ state: "visible" });
      expect(await firstViewState(page)).toBe("live");
      await expect.poll(() => page.getByText("Not saved").first().isVisible()).toBe(true);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("another year than the build's: the invoice list (which shows this year's first number) is drawn by its code", async () => {
    const session = await openPage(null, { context: WIZARD_CONTEXT });
    try {
      const { page } = session;
      const year = new Date().getFullYear() + 3;
      await page.clock.setFixedTime(new Date(`${year}-03-02T10:00:00`));
      await session.goto("/invoice");
      await page.locator("[data-ready]").first().waitFor({ state: "visible" });
      expect(await firstViewState(page)).toBe("live");
      expect(await page.locator(".first-view").count()).toBe(0);
      expect(await page.getByTestId("next-number").innerText()).toBe(`${year}-0001`);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("without JavaScript: the notice says why, and no form that could not work is shown", async () => {
    const session = await openPage(null, { context: { ...WIZARD_CONTEXT, javaScriptEnabled: false } });
    try {
      const { page } = session;
      await session.goto("/contract");
      // (Playwright's text locators skip <noscript>: the shown text is read instead.)
      expect(await page.locator("main").innerText()).toContain("The contract form needs JavaScript");
      expect(await page.locator(".first-view").isVisible()).toBe(false);
    } finally {
      await session.close();
    }
  });
});
