// A 200-line invoice in Chromium: the lines step stays usable (typing in one line updates its
// amount and the total quickly), and the PDF is made and downloaded with every line in it.
import { afterAll, describe, expect, test } from "vitest";
import { invoiceTotals } from "../../src/domain/invoice/invoice-totals";
import { readInvoice } from "../../src/domain/invoice/read-invoice";
import { formatMoney } from "../../src/domain/money/format-money";
import { readPdf, squash } from "../pdf/support/pdf-text";
import { closeBrowser } from "./support/browser";
import { downloadBytes, downloadPdf } from "./support/contract/wizard";
import { expectInvoiceStep, openInvoices, sampleBook, sampleInvoiceDraft } from "./support/invoice/invoices";

afterAll(closeBrowser);

const LINES = 200;

describe("a 200-line invoice", () => {
  test("opens, stays quick to edit, and downloads with every line", async () => {
    const draft = sampleInvoiceDraft("2027-03-01", LINES);
    const book = sampleBook([draft]);
    const read = readInvoice(draft, "2027-0001");
    if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
    const money = (minor: number) => formatMoney(minor, "EUR", "en-US");
    const session = await openInvoices("/invoice?id=inv-1&step=lines", { book });
    try {
      const { page } = session;
      await expectInvoiceStep(page, "lines");
      await expect(page.locator(".line-item").count()).resolves.toBe(LINES);
      await expect.poll(() => page.locator(".totals-table__total").innerText()).toContain(money(invoiceTotals(read.invoice).total));

      // Typing in line 150 changes its amount and the total; each key is handled quickly.
      const quantity = page.locator("#field-lines-l150-quantity");
      await quantity.fill("");
      const started = Date.now();
      await quantity.pressSequentially("10", { delay: 0 });
      const typingMs = Date.now() - started;
      const changed = readInvoice({ ...draft, lines: draft.lines.map((l) => (l.id === "l150" ? { ...l, quantity: "10" } : l)) }, "2027-0001");
      if (!changed.ok) throw new Error("the changed draft should read");
      await expect.poll(() => page.locator(".totals-table__total").innerText()).toContain(money(invoiceTotals(changed.invoice).total));
      await expect(page.locator('.line-item[data-line-id="l150"] .line-item__amount').innerText()).resolves.toContain(
        money(invoiceTotals(changed.invoice).lines.find((l) => l.id === "l150")!.net),
      );
      // Two keystrokes on a 200-line form: well under a second even on a slow machine.
      expect(typingMs).toBeLessThan(2_000);

      // Move the last line up, then go on to the review step.
      await page.locator('[id="line-l200-up"]').click();
      await expect.poll(() => page.locator(".line-item").nth(LINES - 2).getAttribute("data-line-id")).toBe("l200");
      for (const step of ["payment", "terms", "review"] as const) {
        await page.getByRole("button", { name: "Continue" }).click();
        await expectInvoiceStep(page, step);
      }
      await page.getByTestId("download-pdf").waitFor();
      const started2 = Date.now();
      const download = await downloadPdf(page, () => page.getByTestId("download-pdf").click(), 120_000);
      const pdfMs = Date.now() - started2;
      expect(download.suggestedFilename()).toBe("invoice-2027-0001-acme-ltd.pdf");
      const pdf = await readPdf(await downloadBytes(download));
      expect(pdf.pageCount).toBeGreaterThan(3);
      const all = squash(pdf.pages.join("\n").normalize("NFC"));
      for (const i of [1, 100, 150, 199, 200]) expect(all).toContain(squash(`Work package ${i}`));
      expect(all).toContain(squash(money(invoiceTotals(changed.invoice).total)));
      console.info(`200-line invoice: typing 2 keys ${typingMs} ms; PDF click to download ${pdfMs} ms`);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
