// The list of saved invoices in Chromium: duplicate, mark paid with a date, void, delete (only the
// latest number), numbering, import (a damaged file, a good one), storage problems, small screens.
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { addDays, formatDate, todayInZone } from "../../src/domain/dates/calendar-date";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser } from "./support/browser";
import { downloadText } from "./support/contract/wizard";
import {
  BOOK_BACKUP_PREFIX,
  BOOK_KEY,
  bookText,
  listRows,
  openInvoices,
  sampleBook,
  sampleInvoiceDraft,
  waitForSavedBook,
} from "./support/invoice/invoices";

afterAll(closeBrowser);

/** Today where the tests' browser is (WIZARD_CONTEXT: America/New_York). */
const today = todayInZone(new Date(), "America/New_York");

/** Three invoices: 0001 issued 40 days ago (overdue), 0002 and 0003 issued today. */
function threeInvoices() {
  return sampleBook([sampleInvoiceDraft(addDays(today, -40)), sampleInvoiceDraft(today), sampleInvoiceDraft(today)]);
}

/** What the keyboard types into a date input in an en-US browser: MMDDYYYY. */
function typedDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${month}${day}${year}`;
}

async function writeTemp(name: string, text: string): Promise<string> {
  const path = join(tmpdir(), `upfront-e2e-${process.pid}-${name}`);
  await writeFile(path, text);
  return path;
}

const row = (page: Page, number: string) => page.locator(".invoice-table__row", { has: page.locator("th a", { hasText: number }) });

describe("invoice list", () => {
  test("duplicate, mark paid, mark unpaid, void, and delete only the latest", async () => {
    const session = await openInvoices("/invoice", { book: threeInvoices() });
    try {
      const { page } = session;
      await expect.poll(() => listRows(page)).toEqual([
        ["2027-0003", "Open"],
        ["2027-0002", "Open"],
        ["2027-0001", "Overdue by 26 days"],
      ]);
      await expectNoAxeViolations(page, "invoice list");

      // Duplicate: the next number, focus on the copy.
      await row(page, "2027-0001").getByRole("button", { name: "Duplicate invoice 2027-0001" }).click();
      await expect.poll(() => listRows(page)).toContainEqual(["2027-0004", "Open"]);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Open invoice 2027-0004");

      // Mark paid with a date (today by default; the keyboard types another).
      await row(page, "2027-0001").getByRole("button", { name: "Mark paid invoice 2027-0001" }).click();
      const date = page.locator('[id="paid-date-inv-1"]');
      await expect.poll(() => date.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await date.inputValue()).toBe(today);
      // A date after today is refused, next to the field, and the date typed stays.
      await page.keyboard.type(typedDate(addDays(today, 3)));
      await page.getByRole("button", { name: "Mark as paid" }).click();
      await expect.poll(() => page.locator(".invoice-panel").innerText()).toMatch(/is in the future: enter the date the payment arrived/);
      expect(await date.inputValue()).toBe(addDays(today, 3));
      await expectNoAxeViolations(page, "invoice list, mark paid in the future");
      const paidOn = addDays(today, -3);
      await date.focus();
      await page.keyboard.type(typedDate(paidOn));
      await expectNoAxeViolations(page, "invoice list, mark paid");
      await page.getByRole("button", { name: "Mark as paid" }).click();
      await expect.poll(() => listRows(page)).toContainEqual(["2027-0001", `Paid on ${formatDate(paidOn, "en-US")}`]);
      await waitForSavedBook(page, (book) => book.invoices.find((i) => i.id === "inv-1")?.status.kind === "paid");
      await row(page, "2027-0001").getByRole("button", { name: "Mark unpaid invoice 2027-0001" }).click();
      await expect.poll(() => listRows(page)).toContainEqual(["2027-0001", "Overdue by 26 days"]);

      // Delete a number in the middle: not allowed; void it instead.
      await row(page, "2027-0002").getByRole("button", { name: "Delete invoice 2027-0002" }).click();
      const panel = page.locator(".invoice-panel");
      await expect(panel.innerText()).resolves.toMatch(/Only the latest invoice of a series can be deleted/);
      await expectNoAxeViolations(page, "invoice list, delete refused");
      await panel.getByRole("button", { name: "Void 2027-0002 instead" }).click();
      await expect(panel.innerText()).resolves.toMatch(/Void invoice 2027-0002\?/);
      await panel.getByRole("button", { name: "Yes, void 2027-0002" }).click();
      await expect.poll(() => listRows(page)).toContainEqual(["2027-0002", expect.stringMatching(/^Void since /)]);

      // Delete the latest: the confirmation names it and says its number comes back.
      await row(page, "2027-0004").getByRole("button", { name: "Delete invoice 2027-0004" }).click();
      await expect(panel.innerText()).resolves.toMatch(/Delete invoice 2027-0004\?.*2027-0004 again/s);
      await panel.getByRole("button", { name: "Cancel" }).click();
      await expect.poll(() => listRows(page)).toContainEqual(["2027-0004", "Open"]);
      await row(page, "2027-0004").getByRole("button", { name: "Delete invoice 2027-0004" }).click();
      await panel.getByRole("button", { name: "Yes, delete 2027-0004" }).click();
      await expect.poll(() => listRows(page)).toEqual([
        ["2027-0003", "Open"],
        ["2027-0002", expect.stringMatching(/^Void since /)],
        ["2027-0001", "Overdue by 26 days"],
      ]);
      await expect(page.getByTestId("next-number").innerText()).resolves.toBe("2027-0004");
      await waitForSavedBook(page, (book) => book.invoices.length === 3);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("a new series with its own start; new invoices take it and open in the editor", async () => {
    const session = await openInvoices("/invoice", { book: threeInvoices() });
    try {
      const { page } = session;
      await page.getByLabel("Prefix").fill("INV/");
      await page.getByLabel("Start the new series at (optional)").fill("42");
      await page.getByRole("button", { name: "Save numbering" }).click();
      await expect(page.getByTestId("next-number").innerText()).resolves.toBe("INV/0042");
      // A series that has invoices can't be restarted.
      await page.getByLabel("Prefix").fill("2027-");
      await page.getByLabel("Start the new series at (optional)").fill("2");
      await page.getByRole("button", { name: "Save numbering" }).click();
      await expect(page.locator(".numbering .field__error").innerText()).resolves.toMatch(/already has invoices/);
      await expectNoAxeViolations(page, "numbering, with an error");
      await page.getByLabel("Prefix").fill("INV/");
      await page.getByLabel("Start the new series at (optional)").fill("");
      await page.getByRole("button", { name: "Save numbering" }).click();
      await page.getByRole("button", { name: "New invoice" }).click();
      await expect.poll(() => page.locator(".wizard-caption").innerText()).toMatch(/^Invoice INV\/0042 · Step 1 of 6/);
      // The new invoice has the seller of the latest one.
      await expect(page.locator("#field-seller-name").inputValue()).resolves.toBe("Zoë Łukasiewicz");
      await expect(page.locator("#field-buyer-name").inputValue()).resolves.toBe("");
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("import: a damaged file is refused with a message and the list is kept; a good one is merged with a report", async () => {
    const session = await openInvoices("/invoice", { book: threeInvoices() });
    try {
      const { page } = session;
      const input = page.locator("#import-invoices");
      await input.setInputFiles(await writeTemp("damaged.json", '{"app":"upfront","kind":"invoice-book"'));
      await expect.poll(() => page.locator("#import-invoices-error").innerText()).toMatch(/not valid JSON/);
      await expect(listRows(page)).resolves.toHaveLength(3);
      await expectNoAxeViolations(page, "invoice list, import refused");
      await input.setInputFiles(await writeTemp("contract.json", JSON.stringify({ app: "upfront", kind: "contract-draft", version: 1, data: {} })));
      await expect.poll(() => page.locator("#import-invoices-error").innerText()).toMatch(/isn't an Upfront invoice list/);

      // Another browser's list: one new invoice, one whose number is taken here.
      const theirs = sampleBook([sampleInvoiceDraft(today), sampleInvoiceDraft(today), sampleInvoiceDraft(today), sampleInvoiceDraft(today)]);
      const renamed = { ...theirs, invoices: theirs.invoices.map((inv) => ({ ...inv, id: `there-${inv.id}` })).slice(2) };
      await input.setInputFiles(await writeTemp("theirs.json", bookText(renamed)));
      const report = page.getByTestId("import-report");
      await expect.poll(() => report.innerText()).toMatch(/Added: 1 \(2027-0004\)/);
      await expect(report.innerText()).resolves.toMatch(/Not imported: 1[\s\S]*2027-0003: Its number is already used/);
      await expect.poll(() => listRows(page)).toHaveLength(4);
      await expectNoAxeViolations(page, "invoice list, import report");

      // Export gives every invoice, in the saved envelope.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download all invoices (.json)" }).click()]);
      expect(download.suggestedFilename()).toMatch(/^upfront-invoices-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(await downloadText(download));
      expect(exported).toMatchObject({ app: "upfront", kind: "invoice-book", version: 1 });
      expect(exported.data.invoices).toHaveLength(4);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("a damaged saved list: the page opens empty, says so, and keeps a backup", async () => {
    const session = await openInvoices("/invoice", { storage: { [BOOK_KEY]: "{not json" } });
    try {
      const { page } = session;
      await expect(page.getByRole("region", { name: "Your saved invoices could not be opened" }).innerText()).resolves.toMatch(
        /copy of the damaged list was kept/,
      );
      const kept = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), BOOK_BACKUP_PREFIX);
      expect(kept).toHaveLength(1);
      await expectNoAxeViolations(page, "invoice list, damaged list");
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`fits a 320px wide screen, ${colorScheme} mode`, async () => {
      const session = await openInvoices("/invoice", { book: threeInvoices(), context: { colorScheme, viewport: { width: 320, height: 640 } } });
      try {
        const { page } = session;
        const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
        expect(await fits()).toBe(true);
        await expectNoAxeViolations(page, `invoice list at 320px (${colorScheme})`);
        await page.locator("th a", { hasText: "2027-0002" }).click();
        await page.locator("#step-heading").waitFor();
        for (const step of ["details", "lines", "payment", "terms", "review"]) {
          await page.getByRole("button", { name: "Continue" }).click();
          await expect.poll(() => new URL(page.url()).searchParams.get("step")).toBe(step);
          await page.locator("#step-heading").waitFor();
          expect(await fits(), `step ${step} fits`).toBe(true);
        }
        await page.getByTestId("download-pdf").waitFor();
        // The preview's wide tables scroll sideways in a box that takes focus, so the keyboard can scroll it.
        await expectNoAxeViolations(page, `invoice review at 320px (${colorScheme})`);
        session.assertClean();
      } finally {
        await session.close();
      }
    });
  }
});
