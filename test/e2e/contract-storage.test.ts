// The saved draft end to end (bad-inputs #37–40, #44): damaged and newer drafts, storage that
// refuses to save, importing and exporting drafts, starting over, and a double-clicked Download.
import { afterAll, describe, expect, test } from "vitest";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser } from "./support/browser";
import {
  DRAFT_KEY,
  activeId,
  backups,
  downloadPdf,
  downloadText,
  draftEnvelopeText,
  expectStep,
  openWizard,
  storedDraftText,
  valueOf,
  waitForSavedDraft,
  waitForWizard,
} from "./support/contract/wizard";

afterAll(closeBrowser);

const CLIENT = "Nguyễn Thị Minh";
const DRAFT_FILE = /^upfront-contract-draft-\d{4}-\d{2}-\d{2}\.json$/;

/** Longer than the app's write delay (300 ms): anything it was going to save has been saved. */
const AFTER_SAVE_DELAY_MS = 700;

describe("saved draft that can't be opened", () => {
  test("a damaged draft: the page works, says so, offers the text and keeps a backup (bad-inputs #37)", async () => {
    const session = await openWizard("/contract", { storage: { [DRAFT_KEY]: "{not json" } });
    try {
      const { page } = session;
      const notice = page.getByRole("region", { name: "Your saved draft could not be opened" });
      await expect(notice.innerText()).resolves.toContain("Your saved draft is damaged and could not be opened");
      await expect(notice.innerText()).resolves.toContain("A copy of the damaged one was kept in this browser");
      await expectNoAxeViolations(page, "damaged draft notice");

      // The raw text is kept under a backup key, and the damaged value is gone.
      expect(Object.values(await backups(page))).toEqual(["{not json"]);
      expect(await storedDraftText(page)).toBeNull();

      // …and offered for download as it was.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        notice.getByRole("button", { name: "Download the unreadable draft" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^upfront-unreadable-draft-\d{4}-\d{2}-\d{2}\.txt$/);
      await expect(downloadText(download)).resolves.toBe("{not json");

      // The form starts afresh and saves again.
      expect(await valueOf(page, "field-client-name")).toBe("");
      await page.locator("#field-client-name").fill(CLIENT);
      await waitForSavedDraft(page, (draft) => draft.client.name === CLIENT);

      await notice.getByRole("button", { name: "Dismiss this message" }).click();
      await expect.poll(() => notice.count()).toBe(0);
      await expect.poll(() => activeId(page)).toBe("step-heading");

      // A reload opens the new draft with no notice, and doesn't back anything up twice.
      await page.reload();
      await waitForWizard(page);
      expect(await valueOf(page, "field-client-name")).toBe(CLIENT);
      expect(await notice.count()).toBe(0);
      expect(Object.values(await backups(page))).toEqual(["{not json"]);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test.each([
    ["null", "null"],
    ["an array", "[]"],
    ["another app's JSON", '{"name":"my-app","version":"1.0.0"}'],
    ["an Upfront draft of the wrong shape", '{"app":"upfront","kind":"contract-draft","version":1,"data":{"you":42}}'],
  ])("a saved draft that is %s is backed up and reported", async (_what, raw) => {
    const session = await openWizard("/contract", { storage: { [DRAFT_KEY]: raw } });
    try {
      const { page } = session;
      await page.getByRole("region", { name: "Your saved draft could not be opened" }).waitFor();
      expect(Object.values(await backups(page))).toEqual([raw]);
      expect(await valueOf(page, "field-you-name")).toBe("");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("a draft saved by a newer version", () => {
  test("opens read-only with a message, and the saved value is never overwritten (bad-inputs #38)", async () => {
    const saved = draftEnvelopeText(sampleContractDraft(), 2);
    const session = await openWizard("/contract", { storage: { [DRAFT_KEY]: saved } });
    try {
      const { page } = session;
      const notice = page.getByRole("region", { name: "This draft is read-only" });
      await expect(notice.innerText()).resolves.toContain("saved by a newer version of Upfront (draft version 2)");
      await expect(page.locator(".draft-tools .status").innerText()).resolves.toBe("Read-only: not saved");
      await expectNoAxeViolations(page, "read-only draft notice");

      // The answers are shown but can't be changed.
      const name = page.locator("#field-client-name");
      expect(await name.inputValue()).toBe(CLIENT);
      expect(await name.isEditable()).toBe(false);

      // Moving between steps writes nothing.
      await page.getByRole("button", { name: "Continue" }).click();
      await expectStep(page, "scope");
      expect(await page.locator("#field-scope-title").isEditable()).toBe(false);
      await page.waitForTimeout(AFTER_SAVE_DELAY_MS);
      expect(await storedDraftText(page)).toBe(saved);

      // "Download this draft" gives the saved text exactly, fields this version doesn't know included.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        notice.getByRole("button", { name: "Download this draft" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(DRAFT_FILE);
      await expect(downloadText(download)).resolves.toBe(saved);

      // Leaving the page (which flushes pending writes) and coming back: still untouched.
      await page.reload();
      await waitForWizard(page);
      await notice.waitFor();
      expect(await storedDraftText(page)).toBe(saved);

      // Starting over is the user's explicit choice: the newer draft is backed up first.
      await page.getByRole("button", { name: "Start over" }).click();
      await page.getByRole("button", { name: "Yes, start over" }).click();
      await expect.poll(() => notice.count()).toBe(0);
      expect(Object.values(await backups(page))).toContain(saved);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("storage that refuses to save", () => {
  test("storage that always throws: typing works, 'Not saved' shows with a download (bad-inputs #39)", async () => {
    const session = await openWizard("/contract", {
      initScripts: [
        `Storage.prototype.setItem = function () {
           throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
         };`,
      ],
    });
    try {
      const { page } = session;
      const tools = page.locator(".draft-tools");
      await expect(tools.locator(".status").innerText()).resolves.toBe("Not saved — download your draft");
      await page.locator("#field-client-name").pressSequentially(CLIENT);
      await page.locator("#field-client-email").fill("minh@acme.example");
      await page.waitForTimeout(AFTER_SAVE_DELAY_MS);
      expect(await valueOf(page, "field-client-name")).toBe(CLIENT);
      expect(await valueOf(page, "field-client-email")).toBe("minh@acme.example");
      await expectNoAxeViolations(page, "not saved status");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        tools.getByRole("button", { name: "Download your draft" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(DRAFT_FILE);
      const exported = JSON.parse(await downloadText(download));
      expect(exported).toMatchObject({ app: "upfront", kind: "contract-draft", data: { client: { name: CLIENT } } });
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("storage that fills up while typing: 'Not saved' shows, then saving resumes (bad-inputs #39)", async () => {
    const session = await openWizard("/contract", {
      initScripts: [
        `const realSetItem = Storage.prototype.setItem;
         window.__storageFull = false;
         Storage.prototype.setItem = function (key, value) {
           if (window.__storageFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
           return realSetItem.call(this, key, value);
         };`,
      ],
    });
    try {
      const { page } = session;
      const status = page.locator(".draft-tools .status");
      await expect(status.innerText()).resolves.toBe("Saved in this browser");
      await page.locator("#field-client-name").fill(CLIENT);
      await waitForSavedDraft(page, (draft) => draft.client.name === CLIENT);

      await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = true));
      await page.locator("#field-client-email").fill("minh@acme.example");
      await expect.poll(() => status.innerText()).toBe("Not saved — download your draft");
      expect(await valueOf(page, "field-client-email")).toBe("minh@acme.example");
      await expect(page.locator(".draft-tools").getByRole("button", { name: "Download your draft" }).isVisible()).resolves.toBe(true);

      // Room again: the next change is saved, with the one that failed.
      await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = false));
      await page.locator("#field-client-taxId").fill("US-123456");
      await expect.poll(() => status.innerText()).toBe("Saved in this browser");
      await waitForSavedDraft(page, (d) => d.client.email === "minh@acme.example" && d.client.taxId === "US-123456");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("draft files", () => {
  test("importing a wrong file says why and leaves the answers alone; an exported draft round-trips (bad-inputs #41)", async () => {
    const session = await openWizard("/contract", { draft: sampleContractDraft() });
    try {
      const { page } = session;
      const input = page.locator("#import-draft");
      const error = page.locator("#import-draft-error");
      const savedBefore = await storedDraftText(page);
      expect(savedBefore).not.toBeNull();

      // Export first: this file is imported again at the end.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download draft (.json)" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(DRAFT_FILE);
      const exportedText = await downloadText(download);
      const exported = JSON.parse(exportedText);
      expect(exported).toMatchObject({ app: "upfront", kind: "contract-draft", version: 1 });
      expect(exported.data).toEqual(JSON.parse(savedBefore!).data);

      for (const [file, message] of [
        [
          { name: "package.json", mimeType: "application/json", buffer: Buffer.from('{"name":"my-app","version":"1.0.0"}') },
          "This isn't an Upfront contract draft.",
        ],
        [
          { name: "upfront-contract-draft.json", mimeType: "application/json", buffer: Buffer.from(exportedText.slice(0, 300)) },
          "This isn't an Upfront draft: the file is not valid JSON.",
        ],
      ] as const) {
        await input.setInputFiles(file);
        await expect.poll(() => error.textContent()).toBe(`Error: ${message}`);
        expect((await input.getAttribute("aria-describedby"))?.split(" ")).toContain("import-draft-error");
        expect(await valueOf(page, "field-client-name")).toBe(CLIENT);
      }
      await expectNoAxeViolations(page, "import refused");
      await page.waitForTimeout(AFTER_SAVE_DELAY_MS);
      expect(await storedDraftText(page)).toBe(savedBefore);

      // Change some answers, then bring the exported file back.
      await page.locator("#field-client-name").fill("Someone Else");
      await page.locator("#field-you-email").fill("changed@example.com");
      await waitForSavedDraft(page, (draft) => draft.client.name === "Someone Else");
      await input.setInputFiles(await download.path());
      await expect.poll(() => page.locator(".draft-tools__done").count()).toBe(1);
      expect(await error.count()).toBe(0);
      expect(await valueOf(page, "field-client-name")).toBe(CLIENT);
      expect(await valueOf(page, "field-you-email")).toBe("zoe@example.com");
      const restored = await waitForSavedDraft(page, (draft) => draft.client.name === CLIENT);
      expect(restored).toEqual(exported.data);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("Start over asks first: Cancel keeps the answers, Yes clears them", async () => {
    const session = await openWizard("/contract?step=scope", { draft: sampleContractDraft() });
    try {
      const { page } = session;
      const savedBefore = await storedDraftText(page);
      const startOver = page.getByRole("button", { name: "Start over" });
      await startOver.click();
      const question = page.locator("#start-over-question");
      await expect(question.innerText()).resolves.toBe("This deletes your answers. Start over?");
      await expect.poll(() => activeId(page)).toBe("start-over-question");
      await expectNoAxeViolations(page, "start over confirmation");

      await page.getByRole("button", { name: "Cancel" }).click();
      await expect.poll(() => question.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Start over");
      expect(await valueOf(page, "field-scope-title")).toBe("Website redesign");
      await page.waitForTimeout(AFTER_SAVE_DELAY_MS);
      expect(await storedDraftText(page)).toBe(savedBefore);

      await startOver.click();
      await page.getByRole("button", { name: "Yes, start over" }).click();
      await expectStep(page, "parties");
      await expect.poll(() => activeId(page)).toBe("step-heading");
      expect(await valueOf(page, "field-client-name")).toBe("");
      expect(await valueOf(page, "field-you-name")).toBe("");
      const fresh = await waitForSavedDraft(page, (draft) => draft.client.name === "" && draft.scope.title === "");
      expect(fresh.price.fixedFee).toBe("");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("two tabs on the same draft", () => {
  test("when one tab starts over, the other warns instead of silently losing its answers (bad-inputs #40)", async () => {
    const session = await openWizard("/contract?step=scope", { draft: sampleContractDraft() });
    try {
      const { page: first, context } = session;
      await first.locator("#field-scope-title").fill("Website redesign, phase 2");
      await waitForSavedDraft(first, (draft) => draft.scope.title === "Website redesign, phase 2");

      const second = await context.newPage();
      await second.goto(session.url("/contract"));
      await waitForWizard(second);
      expect(await valueOf(second, "field-client-name")).toBe(CLIENT);
      await second.getByRole("button", { name: "Start over" }).click();
      await second.getByRole("button", { name: "Yes, start over" }).click();
      await waitForSavedDraft(second, (draft) => draft.client.name === "");

      // The first tab must say what happened; its answers must not just vanish.
      await first.waitForTimeout(AFTER_SAVE_DELAY_MS);
      const firstTab = {
        warning: await first.getByText(/another (browser )?(tab|window)/i).count(),
        titleOnScreen: await valueOf(first, "field-scope-title"),
        kept: Object.values(await backups(first)).some((text) => text.includes("Website redesign, phase 2")),
      };
      const seen = `first tab after the other started over: ${JSON.stringify(firstTab)}`;
      expect(firstTab.warning, `a message about the other tab (${seen})`).toBeGreaterThan(0);
      expect(firstTab.titleOnScreen === "Website redesign, phase 2" || firstTab.kept, `answers kept (${seen})`).toBe(true);
      await expectNoAxeViolations(first, "two tabs: the other-tab notice");

      // Keeping this tab's answers saves them again; the other tab's version stays as a backup.
      await first.getByRole("button", { name: "Keep the answers in this tab" }).click();
      await waitForSavedDraft(first, (draft) => draft.scope.title === "Website redesign, phase 2" && draft.client.name === CLIENT);
      await expect.poll(async () => first.getByText(/another (browser )?(tab|window)/i).count()).toBe(0);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("PDF download", () => {
  test("a double-click makes one PDF and one download (bad-inputs #44)", async () => {
    const session = await openWizard("/contract?step=review", { draft: sampleContractDraft() });
    try {
      const { page } = session;
      const downloads: string[] = [];
      page.on("download", (d) => downloads.push(d.suggestedFilename()));
      const button = page.getByTestId("download-pdf");
      await button.waitFor();

      const first = await downloadPdf(page, () => button.dblclick());
      expect(first.suggestedFilename()).toBe("contract-acme-ltd-website-redesign.pdf");
      const status = button.locator("xpath=following-sibling::*[@role='status']");
      await expect.poll(() => status.innerText()).toMatch(/^Downloaded contract-acme-ltd-website-redesign\.pdf \(\d+ KB\)\.$/);
      // Room for a second, unwanted generation to finish.
      await page.waitForTimeout(1_500);
      expect(downloads).toHaveLength(1);
      // One generation: the button marks each finished PDF with this measure (read by npm run bench).
      expect(await page.evaluate(() => performance.getEntriesByName("upfront:pdf").length)).toBe(1);

      // Once finished, the button works again.
      await downloadPdf(page, () => button.click());
      expect(downloads).toHaveLength(2);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
