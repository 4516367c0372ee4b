// WCAG 2.2 AA on every page and every wizard step, error states included. Each row of the tables
// below is one state of a page (how to reach it is its `reach`); every row is checked three ways:
//   - axe-core (WCAG 2.0–2.2 A/AA) in light mode at desktop width,
//   - axe-core in dark mode at 320 × 256 CSS px (1280 × 1024 at 400% zoom),
//   - no horizontal scrolling of the page at that size (WCAG 1.4.10 Reflow): wide tables scroll
//     inside their own focusable, labelled region instead.
// One browser context per group: rows of a group follow one another in the same tab.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { newInvoiceDraft } from "../../src/domain/invoice/new-invoice-draft";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser, openPage, type PageSession, waitForLoaded, waitForLiveView } from "./support/browser";
import { DRAFT_KEY, WIZARD_CONTEXT, draftEnvelopeText, seedStorage } from "./support/contract/wizard";
import { CASE_KEY, DISPUTE, EVERY_LETTER, PAYMENT_PLAN, caseText } from "./support/get-paid/cases";
import { BOOK_KEY, bookText, sampleBook, sampleInvoiceDraft } from "./support/invoice/invoices";

afterAll(closeBrowser);

const WIDE = { width: 1280, height: 900 };
/** 1280 × 1024 at 400% zoom. */
const ZOOMED = { width: 320, height: 256 };

type Row = {
  /** What is on screen, e.g. "step 2, after Continue with nothing typed". */
  state: string;
  /** Gets the tab there from wherever the previous row left it. */
  reach: (session: PageSession) => Promise<void>;
};

type Group = {
  name: string;
  /** localStorage entries found on first load. */
  storage?: Record<string, string>;
  context?: { locale: string; timezoneId: string };
  rows: Row[];
};

/** The page's width beyond the viewport, with the first few elements that stick out (for the message). */
async function sideScroll(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > root.clientWidth + 0.5 && !inScroller(el))
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.trim().replace(/\s+/g, ".")}` : ""} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { overflow: root.scrollWidth - root.clientWidth, culprits };
  });
}

/** The three checks of a row; leaves the tab wide and light again for the next row. */
async function checkState(page: Page, label: string): Promise<void> {
  await page.setViewportSize(WIDE);
  await page.emulateMedia({ colorScheme: "light" });
  await expectNoAxeViolations(page, `${label} (light)`);
  await page.setViewportSize(ZOOMED);
  await page.emulateMedia({ colorScheme: "dark" });
  // Let layout settle (a resize observer or a chart may redraw).
  await page.waitForTimeout(50);
  const { overflow, culprits } = await sideScroll(page);
  expect(overflow, `${label}: the page scrolls sideways at 320 px by ${overflow} px; too wide:\n  ${culprits.join("\n  ")}`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, `${label} (dark, 320 × 256)`);
  await page.setViewportSize(WIDE);
  await page.emulateMedia({ colorScheme: "light" });
}

async function go(session: PageSession, path: string): Promise<void> {
  await session.goto(path);
  // The wizards say when their island is ready; the other pages have no island.
  if (/^\/(contract|invoice|get-paid)/.test(path)) await waitForLiveView(session.page);
}

async function heading(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.locator("#step-heading").innerText(), { timeout: 10_000 }).toBe(text);
  await waitForLoaded(page);
}

/** Press Continue; the error summary takes focus. */
async function continueWithErrors(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.locator(".error-summary").waitFor({ state: "visible", timeout: 5_000 });
}

/** Navigates to a wizard step by its address and waits for its heading. */
const step = (path: string, title: string): Row["reach"] => async (session) => {
  await go(session, path);
  await heading(session.page, title);
};

const stepWithErrors = (path: string, title: string): Row["reach"] => async (session) => {
  await step(path, title)(session);
  await continueWithErrors(session.page);
};

const page = (path: string): Row["reach"] => (session) => go(session, path);

/** A wizard's static first view, before anything has been used (no script has run but the directive). */
const firstView = (path: string): Row["reach"] => async (session) => {
  await session.goto(path);
  await session.page.locator(".first-view").waitFor({ state: "visible" });
  expect(await session.page.evaluate(() => document.documentElement.dataset.firstView)).toBe("fresh");
};

/** [id, title, whether a blank draft's step has answers missing (Continue shows errors)]. */
const CONTRACT_STEPS: [string, string, boolean][] = [
  ["parties", "You and your client", true],
  ["scope", "Scope of work", true],
  ["price", "Timeline and price", true],
  ["payment", "Deposit and milestones", true],
  ["late-fees", "Late fees and incentives", false],
  ["protections", "Protections", false],
];

const INVOICE_STEPS: [string, string, boolean][] = [
  ["parties", "You and your client", true],
  ["details", "Invoice details", false],
  ["lines", "Line items", true],
  ["payment", "Payment details", false],
  ["terms", "Terms and notes", false],
];

/** A blank draft's step: after Continue when it has answers missing, else as it opens (its defaults are complete). */
const blankRow = (path: string, [id, title, errors]: [string, string, boolean]): Row =>
  errors
    ? { state: `${id}, after Continue with answers missing`, reach: stepWithErrors(path, title) }
    : { state: `${id}, its defaults`, reach: step(path, title) };

/** Opens each of these letters of the plan in turn ("Read … here"), one row per letter. */
const letterRows = (ids: string[]): Row[] =>
  ids.map((id) => ({
    state: `plan, the ${id} letter read on the page`,
    reach: async ({ page }) => {
      const item = page.getByTestId(`letter-${id}`);
      await item.getByRole("button", { name: /^Read the / }).click();
      await item.locator(".doc-preview").waitFor({ state: "visible" });
    },
  }));

const GROUPS: Group[] = [
  {
    name: "site pages",
    rows: [
      { state: "home", reach: page("/") },
      { state: "guides index", reach: page("/guides/") },
      { state: "a guide", reach: page("/guides/agree-a-payment-plan/") },
    ],
  },
  {
    name: "first views, as HTML before the first use",
    rows: [
      { state: "contract", reach: firstView("/contract") },
      { state: "invoices", reach: firstView("/invoice") },
      { state: "get paid", reach: firstView("/get-paid") },
    ],
  },
  {
    name: "contract wizard, nothing typed yet",
    rows: [
      ...CONTRACT_STEPS.map((s) => blankRow(`/contract?step=${s[0]}`, s)),
      { state: "review, with answers missing", reach: step("/contract?step=review", "Check your answers") },
    ],
  },
  {
    name: "contract wizard, a complete draft",
    storage: { [DRAFT_KEY]: draftEnvelopeText({ ...sampleContractDraft(), id: "contract-e2e0000000000001" }) },
    rows: [
      ...CONTRACT_STEPS.map(([id, title]) => ({ state: id, reach: step(`/contract?step=${id}`, title) })),
      { state: "review", reach: step("/contract?step=review", "Check your answers") },
      {
        state: "review, invoices created",
        reach: async ({ page }) => {
          await page.getByRole("button", { name: /^Create/ }).click();
          await page.getByTestId("contract-invoices-table").getByRole("link").first().waitFor();
        },
      },
    ],
  },
  {
    name: "invoices",
    storage: { [BOOK_KEY]: bookText(sampleBook([sampleInvoiceDraft("2027-02-01", 12), newInvoiceDraft("en-US", "2027-02-02")])) },
    rows: [
      { state: "the list", reach: page("/invoice") },
      ...INVOICE_STEPS.map(([id, title]) => ({ state: `a complete invoice, ${id}`, reach: step(`/invoice?id=inv-1&step=${id}`, title) })),
      { state: "a complete invoice, review", reach: step("/invoice?id=inv-1&step=review", "Check your invoice") },
      ...INVOICE_STEPS.map((s) => ({ ...blankRow(`/invoice?id=inv-2&step=${s[0]}`, s), state: `a blank invoice, ${blankRow("", s).state}` })),
      { state: "a blank invoice, review", reach: step("/invoice?id=inv-2&step=review", "Check your invoice") },
    ],
  },
  {
    name: "invoices, none yet",
    rows: [{ state: "the empty list", reach: page("/invoice") }],
  },
  {
    name: "get paid, nothing typed yet",
    context: { locale: "en-GB", timezoneId: "Europe/London" },
    rows: [
      { state: "invoice, after Continue with missing answers", reach: stepWithErrors("/get-paid", "The unpaid invoice") },
      { state: "footing", reach: step("/get-paid?step=footing", "Check your footing first") },
      { state: "situation", reach: step("/get-paid?step=situation", "What is going on") },
      { state: "interest", reach: step("/get-paid?step=interest", "Interest and fees you can claim") },
      { state: "plan, with answers missing", reach: step("/get-paid?step=plan", "Your plan") },
    ],
  },
  {
    name: "get paid, a client gone quiet",
    context: { locale: "en-GB", timezoneId: "Europe/London" },
    storage: { [CASE_KEY]: caseText(EVERY_LETTER) },
    rows: [
      { state: "invoice", reach: step("/get-paid?step=invoice", "The unpaid invoice") },
      { state: "footing", reach: step("/get-paid?step=footing", "Check your footing first") },
      { state: "situation", reach: step("/get-paid?step=situation", "What is going on") },
      { state: "interest", reach: step("/get-paid?step=interest", "Interest and fees you can claim") },
      { state: "plan", reach: step("/get-paid?step=plan", "Your plan") },
      ...letterRows(["formal-notice", "final-demand", "work-suspension", "late-fee-invoice", "evidence-timeline"]),
    ],
  },
  {
    name: "get paid, a payment plan",
    context: { locale: "en-GB", timezoneId: "Europe/London" },
    storage: { [CASE_KEY]: caseText(PAYMENT_PLAN) },
    rows: [
      { state: "situation, a payment plan", reach: step("/get-paid?step=situation", "What is going on") },
      { state: "plan, a payment plan", reach: step("/get-paid?step=plan", "Your plan") },
      ...letterRows(["payment-plan"]),
    ],
  },
  {
    name: "get paid, a dispute",
    context: { locale: "en-GB", timezoneId: "Europe/London" },
    storage: { [CASE_KEY]: caseText(DISPUTE) },
    rows: [
      { state: "situation, a dispute", reach: step("/get-paid?step=situation", "What is going on") },
      { state: "plan, a dispute", reach: step("/get-paid?step=plan", "Your plan") },
      ...letterRows(["dispute-response"]),
    ],
  },
];

describe("accessibility: axe (light and dark) and 400% zoom on every page and step", () => {
  for (const group of GROUPS) {
    test(group.name, async () => {
      const session = await openPage(null, { context: { ...(group.context ?? WIZARD_CONTEXT), viewport: WIDE } });
      try {
        if (group.storage) await seedStorage(session.page, group.storage);
        for (const row of group.rows) {
          await row.reach(session).catch((error: Error) => {
            throw new Error(`${group.name}: could not reach "${row.state}": ${error.message}`);
          });
          await checkState(session.page, `${group.name}: ${row.state}`);
        }
        session.assertClean();
      } finally {
        await session.close();
      }
    });
  }
});

/** Animations and transitions longer than ~0 on the page, as "selector: property duration". */
async function movingParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) => Math.max(...list.split(",").map((d) => (d.trim().endsWith("ms") ? parseFloat(d) / 1000 : parseFloat(d))));
    const found: string[] = [];
    for (const el of [document.documentElement, ...document.querySelectorAll("body *")]) {
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(el, pseudo);
        const transition = style.transitionProperty !== "none" ? seconds(style.transitionDuration) : 0;
        const animation = style.animationName !== "none" ? seconds(style.animationDuration) : 0;
        if (transition > 0.001 || animation > 0.001) found.push(`${el.tagName.toLowerCase()}.${String(el.className)}${pseudo ?? ""}: ${transition || animation}s`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") found.push("html: smooth scrolling");
    return found;
  });
}

/** The page's background and text colours, as relative luminance (0 black … 1 white). */
async function colours(page: Page): Promise<{ background: number; text: number }> {
  return page.evaluate(() => {
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const body = getComputedStyle(document.body);
    return { background: luminance(body.backgroundColor), text: luminance(body.color) };
  });
}

describe("accessibility: the checks can fail", () => {
  test("the zoom check sees a page that scrolls sideways, and names what sticks out", async () => {
    const session = await openPage("/", { context: { viewport: ZOOMED } });
    try {
      const { page } = session;
      expect((await sideScroll(page)).overflow).toBeLessThanOrEqual(0);
      await page.evaluate(() => {
        const wide = document.createElement("div");
        wide.className = "too-wide";
        wide.style.width = "400px";
        wide.style.height = "1em";
        document.querySelector("main")!.append(wide);
      });
      const { overflow, culprits } = await sideScroll(page);
      expect(overflow).toBeGreaterThan(0);
      expect(culprits.join(" ")).toContain("div.too-wide");
    } finally {
      await session.close();
    }
  });
});

describe("accessibility: the system's preferences", () => {
  test("reduced motion: nothing animates or glides; without it, the site may", async () => {
    const session = await openPage(null, { context: { ...WIZARD_CONTEXT, reducedMotion: "reduce" } });
    try {
      const { page } = session;
      await seedStorage(page, { [DRAFT_KEY]: draftEnvelopeText({ ...sampleContractDraft(), id: "contract-e2e0000000000001" }) });
      for (const path of ["/", "/guides/agree-a-payment-plan/", "/contract?step=review", "/invoice", "/get-paid"]) {
        await go(session, path);
        expect(await movingParts(page), `${path} with reduced motion`).toEqual([]);
      }
      // The check can see motion: the same page without the preference has some.
      await page.emulateMedia({ reducedMotion: "no-preference" });
      expect((await movingParts(page)).length).toBeGreaterThan(0);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("dark mode follows the system: dark background and light text, and back", async () => {
    const session = await openPage(null, { context: { ...WIZARD_CONTEXT, colorScheme: "dark" } });
    try {
      const { page } = session;
      for (const path of ["/", "/guides/", "/contract", "/invoice", "/get-paid"]) {
        await go(session, path);
        const dark = await colours(page);
        expect(dark.background, `${path} background in dark mode`).toBeLessThan(0.05);
        expect(dark.text, `${path} text in dark mode`).toBeGreaterThan(0.5);
        await page.emulateMedia({ colorScheme: "light" });
        const light = await colours(page);
        expect(light.background, `${path} background in light mode`).toBeGreaterThan(0.8);
        expect(light.text, `${path} text in light mode`).toBeLessThan(0.05);
        await page.emulateMedia({ colorScheme: "dark" });
      }
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
