// Browser helpers for e2e tests: Debian's Chromium driven by playwright-core, plus a recorder
// that turns anything a visitor should never see (console errors, uncaught exceptions, CSP
// violations, requests to another origin) into a readable test failure.
//
// Typical test file:
//   import { afterAll, expect, test } from "vitest";
//   import { closeBrowser, openPage } from "./support/browser";
//   afterAll(closeBrowser);
//   test("…", async () => {
//     const session = await openPage("/contract");
//     try { …session.page… ; session.assertClean(); } finally { await session.close(); }
//   });
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { inject } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox", // containers and root: the setuid sandbox is unavailable
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking", // Chromium's own phoning home would be noise, and slow
  "--disable-component-update",
  "--disable-sync",
];

/** Origin of the preview server started by global-setup.ts. */
export function baseUrl(): string {
  const url = inject("baseUrl");
  if (!url) throw new Error("baseUrl not provided: run e2e tests with --project e2e");
  return url;
}

// One browser per test file (vitest runs each file in its own worker). launch() gives Chromium a
// fresh temporary user-data-dir that is deleted on close, and each openPage() gets a fresh
// context on top: empty storage, cookies and cache every time.
let browserPromise: Promise<Browser> | undefined;

export function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return browserPromise;
}

/** Close the shared browser. Call it in afterAll of every e2e test file. */
export async function closeBrowser(): Promise<void> {
  const pending = browserPromise;
  browserPromise = undefined;
  if (pending) await (await pending).close();
}

export type ProblemKind = "console error" | "page error" | "CSP violation" | "other-origin request";

export interface Problem {
  kind: ProblemKind;
  message: string;
  /** URL of the page it happened on, if known. */
  where?: string;
}

export interface OpenPageOptions {
  /** Extra context options: viewport, colorScheme, reducedMotion, locale, timezoneId, … */
  context?: BrowserContextOptions;
  /** Return true for problems a test expects (e.g. a deliberately failing import). */
  ignore?: (problem: Problem) => boolean;
}

export interface PageSession {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Everything recorded so far, in order. */
  problems: Problem[];
  /** Absolute URL for a site path, e.g. url("/contract"). */
  url(path: string): string;
  /** Navigate to a site path and wait for the load event. */
  goto(path: string): Promise<void>;
  /** Fail with a readable list if anything was recorded. */
  assertClean(): void;
  /** Forget what was recorded so far (after a step that is expected to log errors). */
  clearProblems(): void;
  /** Close the context (and its pages). */
  close(): Promise<void>;
}

// Runs in every page before its own scripts; reports CSP violations through a binding
// (bindings and init scripts are injected by the driver, so the page's CSP does not block them).
const CSP_LISTENER = `
  document.addEventListener("securitypolicyviolation", (event) => {
    const what = event.blockedURI || "inline code";
    const where = event.sourceFile ? " at " + event.sourceFile + ":" + event.lineNumber : "";
    window.__upfrontReportCsp?.(event.effectiveDirective + " blocked " + what + where);
  });
`;

const isNetworkUrl = (url: URL) => /^(https?|wss?):$/.test(url.protocol);

/**
 * Open a new page in a fresh context, start recording problems, and go to `path` (pass null to
 * stay on about:blank, e.g. to set things up first).
 */
export async function openPage(
  path: string | null = "/",
  options: OpenPageOptions = {},
): Promise<PageSession> {
  const origin = baseUrl();
  const browser = await getBrowser();
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    ...options.context,
  });
  const problems: Problem[] = [];
  const record = (problem: Problem) => {
    if (!options.ignore?.(problem)) problems.push(problem);
  };

  // Requests to any other origin are recorded and never leave the machine.
  await context.route(
    (url) => isNetworkUrl(url) && url.origin !== origin,
    async (route) => {
      const request = route.request();
      record({
        kind: "other-origin request",
        message: `${request.method()} ${request.url()}`,
        where: request.frame().url(),
      });
      await route.abort("blockedbyclient");
    },
  );

  await context.exposeBinding("__upfrontReportCsp", (source, message: string) => {
    record({ kind: "CSP violation", message, where: source.page?.url() });
  });
  await context.addInitScript(CSP_LISTENER);

  // Console messages from pages and their workers.
  context.on("console", (message) => {
    const text = message.text();
    const where = message.page()?.url();
    if (/content security policy/i.test(text)) {
      record({ kind: "CSP violation", message: text, where });
    } else if (message.type() === "error") {
      const location = message.location();
      const at = location.url ? ` (${location.url}:${location.lineNumber})` : "";
      record({ kind: "console error", message: `${text}${at}`, where });
    }
  });

  context.on("weberror", (error) => {
    const err = error.error();
    record({ kind: "page error", message: err.stack ?? err.message, where: error.page()?.url() });
  });

  context.on("page", (page) => {
    page.on("websocket", (socket) => {
      const url = new URL(socket.url());
      if (url.origin.replace(/^ws/, "http") !== origin) {
        record({ kind: "other-origin request", message: `WebSocket ${socket.url()}`, where: page.url() });
      }
    });
  });

  const page = await context.newPage();
  const url = (sitePath: string) => new URL(sitePath, `${origin}/`).toString();

  const session: PageSession = {
    page,
    context,
    baseUrl: origin,
    problems,
    url,
    async goto(sitePath: string) {
      const response = await page.goto(url(sitePath), { waitUntil: "load" });
      if (!response || !response.ok()) {
        throw new Error(`GET ${sitePath} answered ${response?.status() ?? "nothing"}`);
      }
    },
    assertClean() {
      if (problems.length === 0) return;
      const lines = problems.map(
        (p, i) => `  ${i + 1}. [${p.kind}] ${p.message}${p.where ? `\n       on ${p.where}` : ""}`,
      );
      throw new Error(`The page had ${problems.length} problem(s):\n${lines.join("\n")}`);
    },
    clearProblems() {
      problems.length = 0;
    },
    async close() {
      await context.close();
    },
  };

  if (path !== null) await session.goto(path);
  return session;
}

export interface FocusInfo {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  ariaCurrent: string | null;
  /** aria-label of the closest <nav>, or null when not inside one. */
  nav: string | null;
}

/** What has keyboard focus right now (document.activeElement). */
export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? "").replace(/\s+/g, " ").trim(),
      href: el.getAttribute("href"),
      ariaCurrent: el.getAttribute("aria-current"),
      nav: el.closest("nav")?.getAttribute("aria-label") ?? null,
    };
  });
}

/**
 * Press Tab until `check` accepts the focused element; fails after `maxPresses`.
 * Returns the focus it stopped on.
 */
export async function tabUntil(
  page: Page,
  check: (focus: FocusInfo) => boolean,
  maxPresses = 40,
): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    const focus = await focusInfo(page);
    if (check(focus)) return focus;
    seen.push(`${focus.tag}${focus.id ? `#${focus.id}` : ""} "${focus.text.slice(0, 40)}"`);
  }
  throw new Error(`Tab never reached the expected element. Focus went through:\n  ${seen.join("\n  ")}`);
}

/**
 * Waits until no "Loading…" line of a wizard is on the page: a lazily loaded step, the plan or a
 * list arrives a moment after its heading, and on a busy machine that moment can be seconds.
 * A keyboard user sees the line and waits too.
 */
export async function waitForLoaded(page: Page, timeout = 30_000): Promise<void> {
  await startFirstView(page);
  await page.locator(".wizard-loading").first().waitFor({ state: "detached", timeout });
}

/**
 * A wizard page on a first visit shows its first view as HTML and loads its code at the visitor's
 * first key, tap, focus or pointer over the form (client:first-use). Starts that the way a pointer
 * passing over the form does (no focus moves, nothing is typed); does nothing elsewhere.
 */
export async function startFirstView(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.documentElement.dataset.firstView !== "fresh") return;
    document.querySelector(".first-view")?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
  });
}

/** Waits for a wizard's live view (its [data-ready] root, or `selector`), starting it if needed. */
export async function waitForLiveView(page: Page, selector = "[data-ready]", timeout = 30_000): Promise<void> {
  await startFirstView(page);
  await page.locator(selector).first().waitFor({ state: "visible", timeout });
}
