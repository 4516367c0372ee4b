// From a finished contract to its invoices: the review step plans the deposit and milestone
// invoices, creates them in the invoice list with the next numbers, and downloads them as one zip
// and their dates as a calendar file.
import { unzipSync } from "fflate";
import { afterAll, describe, expect, test } from "vitest";
import { readContract } from "../../src/domain/contract/read-contract";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { readPdf, squash } from "../pdf/support/pdf-text";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser } from "./support/browser";
import { downloadBytes, downloadText, openWizard } from "./support/contract/wizard";
import { BOOK_KEY, waitForSavedBook } from "./support/invoice/invoices";

afterAll(closeBrowser);

const draft = sampleContractDraft();
const read = readContract(draft);
if (!read.ok) throw new Error("the sample contract must be complete");
const contract = read.contract;
/** A new invoice list numbers from "<this year>-" (the browser's clock). */
const P = `${new Date().getFullYear()}-`;
const money = (minor: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: contract.currency }).format(minor / 100);

describe("a contract's invoices", () => {
  test("create them, download all of them as a zip and their dates as a calendar file", async () => {
    const session = await openWizard("/contract?step=review", { draft });
    try {
      const { page } = session;
      const panel = page.getByTestId("contract-invoices");
      await panel.waitFor();

      // Planned: one invoice per payment of the schedule, with the numbers they would get.
      const planned = await panel.locator("tbody tr").allInnerTexts();
      expect(planned).toHaveLength(contract.schedule.payments.length);
      expect(planned[0]).toContain(`${P}0001`);
      expect(planned[0]).toContain("Deposit");
      contract.schedule.payments.forEach((p, i) => expect(planned[i]).toContain(money(p.amount)));
      await expectNoAxeViolations(page, "contract invoices, planned");

      // By keyboard: focus the button and press Enter.
      await panel.getByTestId("create-contract-invoices").focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => panel.locator('[role="status"]').innerText()).toMatch(new RegExp(`^Invoices ${P}0001 to ${P}0003 were created`));
      // Focus moves on to what comes next, not back to the top of the page.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("download-invoices-zip");

      // They are saved in the invoice list, each tied to its payment of the contract.
      const book = await waitForSavedBook(page, (b) => b.invoices.length === 3);
      expect(book.invoices.map((inv) => [inv.number, inv.source?.paymentIndex])).toEqual([
        [`${P}0001`, 0],
        [`${P}0002`, 1],
        [`${P}0003`, 2],
      ]);
      await expectNoAxeViolations(page, "contract invoices, created");

      // The zip: one PDF per invoice, each with its number and the schedule's amount.
      const [zipDownload] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), panel.getByTestId("download-invoices-zip").click()]);
      expect(zipDownload.suggestedFilename()).toBe("invoices-acme-ltd-website-redesign.zip");
      const files = unzipSync(await downloadBytes(zipDownload));
      expect(Object.keys(files).sort()).toEqual(["0001", "0002", "0003"].map((n) => `invoice-${P}${n}-acme-ltd.pdf`));
      for (const [i, payment] of contract.schedule.payments.entries()) {
        const pdf = await readPdf(files[`invoice-${P}000${i + 1}-acme-ltd.pdf`]!);
        const text = squash(pdf.pages.join("\n"));
        expect(text).toContain(squash(`Invoice ${P}000${i + 1}`));
        expect(text).toContain(squash(`Total due ${money(payment.amount)}`));
        // The contract's late-fee terms, in the same words.
        expect(text).toContain(squash("interest of 1.5% per month (18% a year)"));
      }

      // The calendar: a due date per invoice, all-day events, stable ids.
      const [icsDownload] = await Promise.all([page.waitForEvent("download"), panel.getByTestId("download-invoices-ics").click()]);
      expect(icsDownload.suggestedFilename()).toBe("payment-dates-acme-ltd-website-redesign.ics");
      const ics = await downloadText(icsDownload);
      expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
      for (const n of ["0001", "0002", "0003"]) expect(ics).toContain(`UID:invoice-${P}${n}-due@upfront`);
      expect(ics.match(/DTSTART;VALUE=DATE:\d{8}/g)?.length).toBeGreaterThanOrEqual(contract.schedule.payments.length);

      // Coming back to the review step shows the saved invoices, not a second set to create.
      await page.reload();
      await panel.waitFor();
      await expect(panel.getByTestId("create-contract-invoices").count()).resolves.toBe(0);
      await expect(panel.getByRole("link", { name: `${P}0002` }).count()).resolves.toBe(1);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("a contract changed after its invoices were made says what no longer matches", async () => {
    const session = await openWizard("/contract?step=review", { draft });
    try {
      const { page } = session;
      const panel = page.getByTestId("contract-invoices");
      await panel.getByTestId("create-contract-invoices").click();
      await waitForSavedBook(page, (b) => b.invoices.length === 3);
      // The price goes up: the invoices made earlier no longer match.
      const stored = await page.evaluate(() => localStorage.getItem("upfront:contract-draft"));
      const envelope = JSON.parse(stored!);
      envelope.data.price.fixedFee = "12000";
      await page.evaluate((text) => localStorage.setItem("upfront:contract-draft", text), JSON.stringify(envelope));
      await page.reload();
      const changed = page.getByTestId("contract-invoices-changed");
      await changed.waitFor();
      await expect(changed.innerText()).resolves.toContain(`Invoice ${P}0001 (Deposit) is for $3,000.00 before tax; the contract now says $3,600.00.`);
      await expectNoAxeViolations(page, "contract changed since its invoices");
      expect(await page.evaluate((key) => localStorage.getItem(key) !== null, BOOK_KEY)).toBe(true);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
