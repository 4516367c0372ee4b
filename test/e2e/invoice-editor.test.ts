// The invoice editor end to end, in Chromium against the built site: a new invoice written with
// the keyboard only, from the empty list to the PDF, checked with axe on every step and with
// errors shown; then Back/Forward and reload on a middle step.
import { afterAll, describe, expect, test } from "vitest";
import { readPdf, squash } from "../pdf/support/pdf-text";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser } from "./support/browser";
import { activeId, button, downloadBytes, downloadPdf, errorSummaryMessages, tabAndType, tabTo, valueOf } from "./support/contract/wizard";
import { expectInvoiceStep, openInvoices, sampleBook, sampleInvoiceDraft, waitForInvoices, waitForSavedBook } from "./support/invoice/invoices";

afterAll(closeBrowser);

const SELLER = "Zoë Łukasiewicz";
const BUYER = "Nguyễn Thị Minh";

describe("invoice editor", () => {
  test("a new invoice, written with the keyboard only, downloads as a PDF that says what was typed", async () => {
    const session = await openInvoices("/invoice");
    try {
      const { page } = session;
      const press = (key: string) => page.keyboard.press(key);
      await expectNoAxeViolations(page, "empty invoice list");

      await tabTo(page, button("New invoice"));
      await press("Enter");
      await expectInvoiceStep(page, "parties");
      await expect.poll(() => activeId(page)).toBe("step-heading");
      const caption = await page.locator(".wizard-caption").innerText();
      const number = /Invoice (\S+)/.exec(caption)![1]!;
      expect(number).toMatch(/^\d{4}-0001$/);

      // Step 1: both parties. A select takes the start of an option's name.
      await tabAndType(page, "field-seller-name", SELLER);
      await tabAndType(page, "field-seller-address", "Hauptstraße 1\n10115 Berlin");
      await tabTo(page, "field-seller-country");
      await page.keyboard.type("Germany");
      expect(await valueOf(page, "field-seller-country")).toBe("DE");
      await tabAndType(page, "field-seller-taxId", "DE123456789");
      await tabAndType(page, "field-buyer-name", BUYER);
      await tabAndType(page, "field-buyer-businessName", "Acme Ltd");
      await tabAndType(page, "field-buyer-address", "1 Market Square\nDublin");
      await tabTo(page, "field-buyer-country");
      await page.keyboard.type("Ireland");
      expect(await valueOf(page, "field-buyer-country")).toBe("IE");
      await tabAndType(page, "field-buyer-taxId", "IE1234567T");
      await expectNoAxeViolations(page, "invoice step 1, parties");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 2: the number is shown, the dates have defaults (issued today, net 14).
      await expectInvoiceStep(page, "details");
      await expect(page.locator(".invoice-number").innerText()).resolves.toContain(number);
      await expectNoAxeViolations(page, "invoice step 2, details");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 3: the first line without a price; Continue stops with a message that leads to it.
      await expectInvoiceStep(page, "lines");
      const firstLine = await page.locator(".line-item").first().getAttribute("data-line-id");
      const field = (line: string, name: string) => `field-lines-${line}-${name}`;
      await tabAndType(page, field(firstLine!, "description"), "Website design");
      await tabAndType(page, field(firstLine!, "quantity"), "12.5");
      await tabAndType(page, field(firstLine!, "unit"), "hours");
      await tabTo(page, button("Continue"));
      await press("Enter");
      await expect.poll(() => errorSummaryMessages(page)).toEqual(["Enter the unit price"]);
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
      await expect.poll(() => page.title()).toMatch(/^Error: Line items — Invoice/);
      await expectNoAxeViolations(page, "invoice step 3, with an error");
      await tabTo(page, button("Enter the unit price"));
      await press("Enter");
      await expect.poll(() => activeId(page)).toBe(field(firstLine!, "unitPrice"));
      await page.keyboard.type("80");
      await tabAndType(page, field(firstLine!, "taxRate"), "19");
      // A second line: Add moves focus to its description.
      await tabTo(page, button("Add a line"));
      await press("Enter");
      const secondLine = await page.locator(".line-item").nth(1).getAttribute("data-line-id");
      await expect.poll(() => activeId(page)).toBe(field(secondLine!, "description"));
      await page.keyboard.type("Hosting, one year");
      await tabAndType(page, field(secondLine!, "unitPrice"), "120");
      await tabAndType(page, field(secondLine!, "taxRate"), "19");
      await expect.poll(() => page.locator(".totals-table__total").innerText()).toMatch(/Total\s+€1,332\.80/);
      await expectNoAxeViolations(page, "invoice step 3, two lines");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 4: the IBAN is echoed in groups of four as it is typed.
      await expectInvoiceStep(page, "payment");
      await tabAndType(page, "field-payment-accountHolder", SELLER);
      await tabAndType(page, "field-payment-iban", "de89370400440532013000");
      await expect.poll(() => page.locator(".iban-echo").innerText()).toContain("DE89 3704 0044 0532 0130 00");
      await tabAndType(page, "field-payment-bic", "COBADEFFXXX");
      await expectNoAxeViolations(page, "invoice step 4, payment");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 5: terms, left as they are.
      await expectInvoiceStep(page, "terms");
      await expectNoAxeViolations(page, "invoice step 5, terms");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 6: warnings link to their fields; the preview; the PDF.
      await expectInvoiceStep(page, "review");
      await page.getByTestId("download-pdf").waitFor();
      await expect(page.getByTestId("review-warnings").innerText()).resolves.toMatch(/date of supply/);
      await expectNoAxeViolations(page, "invoice step 6, review");
      const download = await downloadPdf(page, async () => {
        await tabTo(page, button("Download invoice (PDF)"), { max: 80 });
        await press("Enter");
      });
      expect(download.suggestedFilename()).toBe(`invoice-${number}-acme-ltd.pdf`);
      const pdf = await readPdf(await downloadBytes(download));
      const all = squash(pdf.pages.join("\n").normalize("NFC"));
      for (const text of [`Invoice ${number}`, SELLER, "Acme Ltd", BUYER, "Website design", "€1,000.00", "€212.80", "€1,332.80", "DE89 3704 0044 0532 0130 00"]) {
        expect(all, text).toContain(squash(text.normalize("NFC")));
      }
      expect(pdf.metadata.title).toBe(`Invoice ${number}`);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("Back and Forward move between steps and the list; a reload keeps the step and the answers", async () => {
    const session = await openInvoices("/invoice?id=inv-1&step=details", { book: sampleBook([sampleInvoiceDraft("2027-03-01")]) });
    try {
      const { page } = session;
      await expectInvoiceStep(page, "details");
      await page.getByRole("button", { name: "Continue" }).click();
      await expectInvoiceStep(page, "lines");
      await tabAndType(page, "field-lines-l1-description", "Changed description");
      await waitForSavedBook(page, (book) => book.invoices[0]!.draft.lines[0]!.description === "Changed description");
      await page.goBack();
      await expectInvoiceStep(page, "details");
      await page.goForward();
      await expectInvoiceStep(page, "lines");
      await page.reload();
      await waitForInvoices(page);
      await expectInvoiceStep(page, "lines");
      expect(await valueOf(page, "field-lines-l1-description")).toBe("Changed description");
      // "All invoices" leads back to the list, and Back to the invoice.
      await page.getByRole("link", { name: "All invoices" }).first().click();
      await expect.poll(() => page.locator("#invoice-heading").innerText()).toBe("Invoices");
      expect(new URL(page.url()).search).toBe("");
      await page.goBack();
      await expectInvoiceStep(page, "lines");
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("an invoice that is not in this browser says so", async () => {
    const session = await openInvoices("/invoice?id=nowhere");
    try {
      await expect(session.page.locator("h1").innerText()).resolves.toBe("This invoice is not in this browser");
      await expectNoAxeViolations(session.page, "invoice not found");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
