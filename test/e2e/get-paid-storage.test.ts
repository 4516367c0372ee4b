// The saved overdue case end to end: the same protections as the contract draft (bad-inputs
// #37-40). A damaged case is reported, kept as a backup and offered as text; a case from a newer
// version is read-only and never overwritten; storage that refuses to save shows "Not saved" with
// a download; two tabs on one case warn instead of overwriting each other.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { wrapOverdueDraft } from "../../src/domain/get-paid/overdue-envelope";
import { sampleOverdueDraft } from "../fixtures/sample-overdue-draft";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser, openPage, type PageSession, waitForLiveView } from "./support/browser";
import { downloadText, seedStorage } from "./support/contract/wizard";

afterAll(closeBrowser);

const CASE_KEY = "upfront:overdue-case";
const CONTEXT = { locale: "en-GB", timezoneId: "Europe/London" } as const;
const AFTER_SAVE_DELAY_MS = 700;
const CLIENT = "Nguyễn Thị Minh";

const caseText = (version = 1) => JSON.stringify({ ...wrapOverdueDraft(sampleOverdueDraft(), "2027-04-20T09:00:00.000Z"), version });

async function openCase(storage: Record<string, string> = {}, initScripts: string[] = []): Promise<PageSession> {
  const session = await openPage(null, { context: CONTEXT });
  if (Object.keys(storage).length > 0) await seedStorage(session.page, storage);
  for (const script of initScripts) await session.context.addInitScript(script);
  await session.goto("/get-paid");
  await waitForAssistant(session.page);
  return session;
}

async function waitForAssistant(page: Page): Promise<void> {
  await waitForLiveView(page, ".wizard.get-paid[data-ready]");
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), CASE_KEY);

async function backups(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => {
    const found: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) found.push(localStorage.getItem(key)!);
    }
    return found;
  }, `${CASE_KEY}:backup-`);
}

async function waitForSaved(page: Page, check: (data: { client: { name: string } }) => boolean): Promise<void> {
  await expect.poll(async () => {
    const text = await stored(page);
    return text !== null && check(JSON.parse(text).data);
  }, { timeout: 5_000 }).toBe(true);
}

describe("get paid: a saved case that can't be opened", () => {
  test("damaged (bad-inputs #37): the page works, says so, offers the text and keeps a backup", async () => {
    const session = await openCase({ [CASE_KEY]: "{not json" });
    try {
      const { page } = session;
      const notice = page.getByRole("region", { name: "Your saved case could not be opened" });
      await expect(notice.innerText()).resolves.toContain("A copy of the damaged one was kept in this browser");
      await expectNoAxeViolations(page, "get paid, damaged case");
      expect(await backups(page)).toEqual(["{not json"]);
      expect(await stored(page)).toBeNull();
      const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Download the unreadable case" }).click()]);
      expect(download.suggestedFilename()).toMatch(/^upfront-unreadable-case-\d{4}-\d{2}-\d{2}\.txt$/);
      await expect(downloadText(download)).resolves.toBe("{not json");

      await page.locator("#field-client-name").fill(CLIENT);
      await waitForSaved(page, (d) => d.client.name === CLIENT);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("newer version (bad-inputs #38): read-only with a message, never overwritten", async () => {
    const newer = caseText(2);
    const session = await openCase({ [CASE_KEY]: newer });
    try {
      const { page } = session;
      const notice = page.getByRole("region", { name: "This case is read-only" });
      await expect(notice.innerText()).resolves.toContain("saved by a newer version of Upfront (version 2)");
      await expect(page.locator(".draft-tools .status").innerText()).resolves.toBe("Read-only: not saved");
      const name = page.locator("#field-client-name");
      expect(await name.inputValue()).toBe(CLIENT);
      expect(await name.isEditable()).toBe(false);
      await expectNoAxeViolations(page, "get paid, read-only case");
      await page.reload();
      await waitForAssistant(page);
      await notice.waitFor();
      await page.waitForTimeout(AFTER_SAVE_DELAY_MS);
      expect(await stored(page)).toBe(newer);
      const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Download this case" }).click()]);
      await expect(downloadText(download)).resolves.toBe(newer);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("get paid: storage that refuses to save", () => {
  test("storage full (bad-inputs #39): typing works, 'Not saved' shows with a download of the case", async () => {
    const session = await openCase({}, [
      `Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`,
    ]);
    try {
      const { page } = session;
      const tools = page.locator(".draft-tools");
      await expect(tools.locator(".status").innerText()).resolves.toBe("Not saved — download this case");
      await page.locator("#field-client-name").pressSequentially(CLIENT);
      await page.waitForTimeout(AFTER_SAVE_DELAY_MS);
      expect(await page.locator("#field-client-name").inputValue()).toBe(CLIENT);
      const [download] = await Promise.all([page.waitForEvent("download"), tools.getByRole("button", { name: "Download this case" }).click()]);
      expect(JSON.parse(await downloadText(download))).toMatchObject({ app: "upfront", kind: "overdue-case", data: { client: { name: CLIENT } } });
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("get paid: two tabs on one case", () => {
  test("when the other tab starts a new case, this one warns instead of losing its answers (bad-inputs #40)", async () => {
    const session = await openCase({ [CASE_KEY]: caseText() });
    try {
      const { page: first, context } = session;
      await first.locator("#field-invoice-description").fill("Website redesign, phase 2");
      await expect.poll(async () => (await stored(first))?.includes("Website redesign, phase 2")).toBe(true);

      const second = await context.newPage();
      await second.goto(session.url("/get-paid"));
      await waitForAssistant(second);
      await second.getByRole("button", { name: "Start a new case" }).click();
      await second.getByRole("button", { name: "Yes, start a new case" }).click();
      await waitForSaved(second, (d) => d.client.name === "");

      const warning = first.getByRole("alert").filter({ hasText: /another tab/ });
      await warning.waitFor();
      expect(await first.locator("#field-invoice-description").inputValue()).toBe("Website redesign, phase 2");
      await expect(first.locator(".draft-tools .status").innerText()).resolves.toBe("Not saved — download this case");
      await expectNoAxeViolations(first, "get paid, other-tab notice");

      await first.getByRole("button", { name: "Keep the answers in this tab" }).click();
      await waitForSaved(first, (d) => d.client.name === CLIENT);
      await expect.poll(() => warning.count()).toBe(0);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
