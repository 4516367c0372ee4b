// The saved invoice list when storage misbehaves, in Chromium: storage that refuses to save, a
// list from a newer version of Upfront, and the list open in two tabs (bad-inputs #38-40).
import { afterAll, describe, expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser } from "./support/browser";
import { downloadText } from "./support/contract/wizard";
import { BOOK_KEY, bookText, listRows, openInvoices, sampleBook, sampleInvoiceDraft, waitForInvoices, waitForSavedBook } from "./support/invoice/invoices";

afterAll(closeBrowser);

const book = () => sampleBook([sampleInvoiceDraft("2027-03-01"), sampleInvoiceDraft("2027-03-02")]);

describe("invoice storage", () => {
  test("storage that always throws: invoices can still be written, 'Not saved' shows with a download", async () => {
    const session = await openInvoices("/invoice", {
      initScripts: [
        `Storage.prototype.setItem = function () {
           throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
         };`,
      ],
    });
    try {
      const { page } = session;
      await expect(page.locator(".save-status .status").innerText()).resolves.toBe("Not saved — download your invoices");
      await page.getByRole("button", { name: "New invoice" }).click();
      await page.locator("#field-seller-name").fill("Zoë Łukasiewicz");
      await expect(page.locator(".save-status .status").innerText()).resolves.toBe("Not saved — download your invoices");
      await expectNoAxeViolations(page, "invoice editor, not saved");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download your invoices" }).click(),
      ]);
      const saved = JSON.parse(await downloadText(download));
      expect(saved.data.invoices[0].draft.seller.name).toBe("Zoë Łukasiewicz");
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("a list saved by a newer version opens read-only and is never overwritten", async () => {
    const newer = JSON.stringify({ ...JSON.parse(bookText(book())), version: 99 });
    const session = await openInvoices("/invoice", { storage: { [BOOK_KEY]: newer } });
    try {
      const { page } = session;
      await expect(page.getByRole("region", { name: "Your invoices are read-only" }).innerText()).resolves.toMatch(/newer version of Upfront/);
      await expect(page.getByRole("button", { name: "New invoice" }).count()).resolves.toBe(0);
      await expect(page.getByRole("button", { name: /^Delete/ }).count()).resolves.toBe(0);
      await expect(listRows(page)).resolves.toHaveLength(2);
      await expectNoAxeViolations(page, "invoice list, read-only");
      await page.locator("th a", { hasText: "2027-0001" }).focus();
      await page.keyboard.press("Enter");
      await expect(page.locator("#field-seller-name").isDisabled()).resolves.toBe(true);
      await page.waitForTimeout(500);
      expect(await page.evaluate((key) => localStorage.getItem(key), BOOK_KEY)).toBe(newer);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("two tabs: a change in one shows in the other; a deletion there asks which version to keep", async () => {
    const session = await openInvoices("/invoice", { book: book() });
    try {
      const { page: list, context } = session;
      const editor = await context.newPage();
      await editor.goto(session.url("/invoice?id=inv-2&step=parties"));
      await waitForInvoices(editor);
      await editor.locator("#field-buyer-businessName").fill("Globex GmbH");
      await waitForSavedBook(editor, (b) => b.invoices[1]!.draft.buyer.businessName === "Globex GmbH");
      // Nothing unsaved in the list's tab: it simply shows the change.
      await expect.poll(() => list.locator(".invoice-table__row").first().innerText()).toContain("Globex GmbH");
      await expect(list.getByRole("alert").count()).resolves.toBe(0);

      // The other tab deletes the latest invoice: the list's tab asks before dropping it.
      await editor.goto(session.url("/invoice"));
      await waitForInvoices(editor);
      await editor.getByRole("button", { name: "Delete invoice 2027-0002" }).click();
      await editor.getByRole("button", { name: "Yes, delete 2027-0002" }).click();
      await waitForSavedBook(editor, (b) => b.invoices.length === 1);
      await expect.poll(() => list.getByRole("alert").innerText()).toMatch(/changed in another tab/);
      await expectNoAxeViolations(list, "invoice list, changed in another tab");
      await list.getByRole("button", { name: "Load the other tab’s version" }).click();
      await expect.poll(() => listRows(list)).toEqual([["2027-0001", expect.any(String)]]);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
