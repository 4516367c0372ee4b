// Helpers for the contract wizard e2e tests (/contract): opening the wizard with a seeded
// localStorage, moving focus with the keyboard only, waiting for the draft to be saved, and
// reading downloads back.
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { expect } from "vitest";
import type { ContractDraft } from "../../../../src/domain/contract/contract-draft";
import { CONTRACT_STEPS, type ContractStepId } from "../../../../src/domain/contract/contract-steps";
import { wrapDraft } from "../../../../src/domain/drafts/draft-envelope";
import { openPage, type OpenPageOptions, type PageSession, waitForLoaded, waitForLiveView } from "../browser";

export const DRAFT_KEY = "upfront:contract-draft";
export const BACKUP_KEY_PREFIX = `${DRAFT_KEY}:backup-`;

/** Chromium's en-US date inputs (mm/dd/yyyy) and the en-US number style the tests type in. */
export const WIZARD_CONTEXT = { locale: "en-US", timezoneId: "America/New_York" } as const;

export function stepTitle(id: ContractStepId): string {
  return CONTRACT_STEPS.find((s) => s.id === id)!.title;
}

/** The saved-draft text of a draft, exactly as the app stores it. */
export function draftEnvelopeText(draft: ContractDraft, version?: number): string {
  const envelope = wrapDraft(draft, "2026-11-21T09:00:00.000Z");
  return JSON.stringify(version === undefined ? envelope : { ...envelope, version });
}

/**
 * Puts these entries in localStorage before the page's own scripts run, on the first load of
 * this page (tab) only: a reload sees whatever the app saved since, as a real browser would,
 * and other tabs opened later in the same context find storage as the app left it.
 */
export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((seed: Record<string, string>) => {
    try {
      if (location.protocol !== "http:" || sessionStorage.getItem("__e2eSeeded")) return;
      sessionStorage.setItem("__e2eSeeded", "1");
      for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    } catch {
      // about:blank and other opaque origins have no storage
    }
  }, entries);
}

export interface WizardOptions extends OpenPageOptions {
  /** A draft to find in storage on first load (saved as the app saves it). */
  draft?: ContractDraft;
  /** Raw localStorage entries to find on first load (e.g. a damaged draft). */
  storage?: Record<string, string>;
  /** Scripts to run in every page before the app's own (e.g. a storage that throws). */
  initScripts?: string[];
  /** Called with the page before it loads the wizard (e.g. to start recording its requests). */
  beforeLoad?: (page: Page) => void;
}

/** Opens the wizard (a fresh context) and waits until the form is on screen. */
export async function openWizard(path = "/contract", options: WizardOptions = {}): Promise<PageSession> {
  const session = await openPage(null, { ...options, context: { ...WIZARD_CONTEXT, ...options.context } });
  // A seeded draft is one saved by this version, so it has an id (one without is given an id and saved back at once).
  const draft = options.draft && { ...options.draft, id: options.draft.id || "contract-e2e0000000000001" };
  const entries = { ...options.storage, ...(draft ? { [DRAFT_KEY]: draftEnvelopeText(draft) } : {}) };
  if (Object.keys(entries).length > 0) await seedStorage(session.page, entries);
  for (const script of options.initScripts ?? []) await session.context.addInitScript(script);
  options.beforeLoad?.(session.page);
  await session.goto(path);
  await waitForWizard(session.page);
  return session;
}

export async function waitForWizard(page: Page): Promise<void> {
  await waitForLiveView(page, ".wizard[data-ready]");
}

/** The step on screen: its id in the URL, its heading, and the page title that goes with it. */
export async function expectStep(page: Page, id: ContractStepId): Promise<void> {
  const title = stepTitle(id);
  await expect
    .poll(() => page.locator("#step-heading").innerText(), { timeout: 5_000 })
    .toBe(title);
  await waitForLoaded(page);
  const step = new URL(page.url()).searchParams.get("step");
  expect(step ?? "parties").toBe(id);
  await expect.poll(() => page.title()).toMatch(new RegExp(`^(Error: )?${title} — Write a contract — Upfront$`));
}

export async function activeId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? "");
}

export interface FocusStop {
  id: string;
  tag: string;
  label: string;
}

async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      label: (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40),
    };
  });
}

/** Where Tab should stop: an element id, or a test on the focused element (e.g. a button's text). */
export type TabTarget = string | ((stop: FocusStop) => boolean);

/** A button (or link) by its visible text. */
export const button = (text: string) => (stop: FocusStop) => (stop.tag === "button" || stop.tag === "a") && stop.label === text;

/**
 * Presses Tab (or Shift+Tab) until the target has focus. Fails, listing where focus went, if
 * it is not reached in `max` presses (a field left out of the tab order).
 * A date input takes several presses: Chromium tabs through its month, day and year parts.
 */
export async function tabTo(page: Page, target: TabTarget, { back = false, max = 60 } = {}): Promise<FocusStop> {
  const key = back ? "Shift+Tab" : "Tab";
  const matches = typeof target === "string" ? (stop: FocusStop) => stop.id === target : target;
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const stop = await focusStop(page);
    if (matches(stop)) return stop;
    seen.push(`${stop.tag}${stop.id ? `#${stop.id}` : ""} "${stop.label}"`);
  }
  const what = typeof target === "string" ? `#${target}` : "the expected element";
  throw new Error(`${key} never reached ${what}. Focus went through:\n  ${seen.join("\n  ")}`);
}

/** Tabs to a text field and types into it, replacing what was there (Ctrl+A, then the text). */
export async function tabAndType(page: Page, id: string, text: string, options: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, id, options);
  await page.keyboard.press("Control+A");
  if (text === "") await page.keyboard.press("Delete");
  else await page.keyboard.type(text);
}

/** The value of an input, textarea or select, by id. */
export async function valueOf(page: Page, id: string): Promise<string> {
  return page.locator(`[id="${id}"]`).inputValue();
}

/** The saved text in localStorage (null when nothing is saved). */
export async function storedDraftText(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
}

/** Waits until the saved draft (writes are delayed ~300 ms) satisfies `check`; returns its data. */
export async function waitForSavedDraft(page: Page, check: (draft: ContractDraft) => boolean): Promise<ContractDraft> {
  let last: ContractDraft | undefined;
  await expect
    .poll(
      async () => {
        const text = await storedDraftText(page);
        if (!text) return false;
        last = (JSON.parse(text) as { data: ContractDraft }).data;
        return check(last);
      },
      { timeout: 5_000, interval: 100 },
    )
    .toBe(true);
  return last!;
}

/** All localStorage entries whose key starts with the backup prefix. */
export async function backups(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const found: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) found[key] = localStorage.getItem(key)!;
    }
    return found;
  }, BACKUP_KEY_PREFIX);
}

/** The bytes of a finished download (fails if the download failed). */
export async function downloadBytes(download: Download): Promise<Uint8Array> {
  const failure = await download.failure();
  if (failure) throw new Error(`download of ${download.suggestedFilename()} failed: ${failure}`);
  const path = await download.path();
  return new Uint8Array(await readFile(path));
}

export async function downloadText(download: Download): Promise<string> {
  return new TextDecoder().decode(await downloadBytes(download));
}

/** Text of the error summary's links, in order. */
export async function errorSummaryMessages(page: Page): Promise<string[]> {
  return page.locator(".error-summary a").allInnerTexts();
}

/**
 * Runs `trigger` (a key press or click on the Download PDF button) and waits for the PDF's
 * download. Fails at once, with the page's own words, if the page says the PDF could not be made.
 */
export async function downloadPdf(page: Page, trigger: () => Promise<void>, timeout = 60_000): Promise<Download> {
  const status = page.getByTestId("download-pdf").locator("xpath=following-sibling::*[@role='status']");
  const failed = status
    .filter({ hasText: "could not be made" })
    .waitFor({ timeout })
    .then(async () => {
      throw new Error(`The PDF was not made: ${await status.innerText()}`);
    });
  const done = page.waitForEvent("download", { timeout });
  await trigger();
  const download = await Promise.race([done, failed]);
  failed.catch(() => undefined);
  return download;
}
