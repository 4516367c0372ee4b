// The rows of the bad-inputs list (../shared/bad-inputs.md) that only a browser can show: time
// zones, a 1 MB paste, hostile text on the invoice and get-paid pages, bad files on every import,
// hostile and damaged links, and a PDF made again after an edit. The rows the domain decides are
// in test/domain/bad-inputs.test.ts; other e2e tests carry their row numbers in their titles
// (test/domain/bad-inputs-coverage.test.ts checks that every row is claimed).
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { formatDate } from "../../src/domain/dates/calendar-date";
import { documentDateLocale } from "../../src/domain/dates/document-date-locale";
import { wrapOverdueDraft } from "../../src/domain/get-paid/overdue-envelope";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { sampleOverdueDraft } from "../fixtures/sample-overdue-draft";
import { readPdf, squash } from "../pdf/support/pdf-text";
import { closeBrowser, waitForLiveView } from "./support/browser";
import { backups, downloadBytes, downloadPdf, openWizard, storedDraftText, valueOf, waitForSavedDraft, waitForWizard } from "./support/contract/wizard";
import { BOOK_KEY, bookText, openInvoices, sampleBook, sampleInvoiceDraft } from "./support/invoice/invoices";

afterAll(closeBrowser);

const draft = sampleContractDraft();

const HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${1+1}"] as const;

/** Markup the hostile text would have made, had it been parsed as HTML anywhere on the page. */
function markupMade(page: Page): Promise<{ imgX: number; onerror: number; alertScripts: number }> {
  return page.evaluate(() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    onerror: document.querySelectorAll("[onerror]").length,
    alertScripts: [...document.scripts].filter((script) => script.textContent?.includes("alert(1)")).length,
  }));
}

async function contractPdfText(timezoneId: string): Promise<{ review: string; startField: string; pdf: string }> {
  const session = await openWizard("/contract?step=price", { draft, context: { timezoneId } });
  try {
    const { page } = session;
    // "Today" (the prepared date, the deposit's issue date) is rightly a different day in the two
    // zones for 22 hours of every 24: at 09:00 UTC it is 6 December in both, so any other
    // difference is a date that drifted.
    await page.clock.setFixedTime(new Date("2026-12-06T09:00:00Z"));
    await session.goto("/contract?step=price");
    await waitForWizard(page);
    const startField = await valueOf(page, "field-startDate");
    await session.goto("/contract?step=review");
    await page.getByTestId("download-pdf").waitFor();
    const review = await page.locator(".wizard__main").innerText();
    const download = await downloadPdf(page, () => page.getByTestId("download-pdf").click());
    const pdf = (await readPdf(await downloadBytes(download))).pages.join("\n");
    session.assertClean();
    return { review, startField, pdf };
  } finally {
    await session.close();
  }
}

describe("bad inputs in the browser", () => {
  test("bad-inputs #21: in Los Angeles and on Kiritimati the form, the review and the PDF show the same calendar dates", async () => {
    const west = await contractPdfText("America/Los_Angeles");
    const east = await contractPdfText("Pacific/Kiritimati");
    expect(west.startField).toBe(draft.startDate);
    expect(east.startField).toBe(draft.startDate);
    const start = formatDate(draft.startDate, documentDateLocale(draft.numberLocale));
    for (const seen of [west.review, east.review]) expect(seen).toContain(start);
    expect(squash(west.pdf)).toContain(squash(start));
    expect(east.review).toBe(west.review);
    expect(east.pdf).toBe(west.pdf);
  });

  test("bad-inputs #24: a 1 MB paste is cut to the field's limit with a message; the page stays responsive and saves", async () => {
    const session = await openWizard("/contract?step=scope", { draft, context: { permissions: ["clipboard-read", "clipboard-write"] } });
    try {
      const { page } = session;
      const huge = "Scope text. ".repeat(90_000).slice(0, 1_000_000);
      await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
      const field = page.locator("#field-scope-summary");
      await field.focus();
      await page.keyboard.press("Control+A");
      const started = Date.now();
      await page.keyboard.press("Control+V");
      await expect.poll(() => field.inputValue().then((v) => v.length)).toBe(10_000);
      await expect(page.getByText("The pasted text was longer than 10,000 characters, so its end was cut off.").isVisible()).resolves.toBe(true);
      // Still answering: a key typed now shows at once (a frozen page would not answer for seconds).
      await page.locator("#field-scope-title").fill("Still responsive");
      expect(Date.now() - started).toBeLessThan(5_000);
      const saved = await waitForSavedDraft(page, (d) => d.scope.title === "Still responsive");
      expect(saved.scope.summary).toBe(huge.slice(0, 10_000));
      expect((await storedDraftText(page))!.length).toBeLessThan(100_000);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("bad-inputs #42: damaged and hostile links (prototype keys, script, 8 KB) say so, change nothing and never crash", async () => {
    // 8,000 characters: a static server refuses a request line much longer (Node's limit is 16 KB)
    // before any page runs, so that is as long as a link can reach the app.
    const long = "x".repeat(8_000);
    const session = await openWizard(`/contract?step=__proto__&preset=${long}`, { draft });
    try {
      const { page } = session;
      const before = await storedDraftText(page);
      // An unknown step opens the first; an unknown preset is named (cut short) and nothing changes.
      await expect(page.locator("#step-heading").innerText()).resolves.toBe("You and your client");
      const unknown = page.locator('[data-preset-message="unknown"]');
      await expect(unknown.innerText()).resolves.toMatch(/“x{60}…”.*Nothing was changed/);
      for (const path of ["/contract?preset=__proto__", "/contract?preset=constructor", '/contract?preset=<img src=x onerror=alert(1)>']) {
        await session.goto(path);
        await expect(unknown.innerText()).resolves.toMatch(/Nothing was changed/);
      }
      expect(await page.locator("img[src=x]").count()).toBe(0);
      expect(await valueOf(page, "field-client-name")).toBe(draft.client.name);
      expect(await storedDraftText(page)).toBe(before);
      expect(await backups(page)).toEqual({});

      for (const [path, says] of [
        ["/get-paid?invoice=__proto__", /not in this browser’s invoice list, so nothing was changed/],
        ["/get-paid?preset=constructor", /doesn’t know \(“constructor”\), so nothing was changed/],
        [`/get-paid?preset=${long}&step=toString`, /doesn’t know \(“x{60}”\)/],
      ] as const) {
        await session.goto(path);
        await waitForLiveView(page, ".wizard.get-paid[data-ready]");
        await expect(page.locator(".start-notice").innerText()).resolves.toMatch(says);
        await expect(page.locator("#step-heading").innerText()).resolves.toBe("The unpaid invoice");
      }

      await session.goto("/guides/?q=<img src=x onerror=alert(1)>");
      await expect.poll(() => page.locator("[data-guide-search-status]").innerText(), { timeout: 10_000 }).toMatch(/guides? found for “<img src=x onerror=alert\(1\)>”/);
      expect(await page.locator("img[src=x]").count()).toBe(0);
      session.assertClean();
    } finally {
      await session.close();
    }

    const invoices = await openInvoices("/invoice?id=__proto__&step=constructor");
    try {
      await expect(invoices.page.locator("h1").innerText()).resolves.toBe("This invoice is not in this browser");
      invoices.assertClean();
    } finally {
      await invoices.close();
    }
  });

  test("bad-inputs #33: hostile text in an invoice and an overdue case shows literally on the page, in the message and in the PDF", async () => {
    const [name, markup, braces, dollar] = HOSTILE;
    const invoiceDraft = sampleInvoiceDraft("2027-02-01");
    const book = sampleBook([{ ...invoiceDraft, buyer: { ...invoiceDraft.buyer, name, businessName: markup }, lines: invoiceDraft.lines.map((l, i) => ({ ...l, description: i === 0 ? braces : dollar })) }]);
    const overdue = { ...sampleOverdueDraft(), asOf: "2027-04-20", client: { ...sampleOverdueDraft().client, name, businessName: markup }, invoice: { ...sampleOverdueDraft().invoice, description: `${braces} ${dollar}` } };
    const session = await openInvoices("/invoice?id=inv-1&step=review", {
      storage: { [BOOK_KEY]: bookText(book), "upfront:overdue-case": JSON.stringify(wrapOverdueDraft(overdue)) },
    });
    try {
      const { page } = session;
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const invoicePdf = await downloadPdf(page, () => page.getByTestId("download-pdf").click());
      const invoiceText = await page.locator("main").innerText();
      for (const text of HOSTILE) expect(invoiceText).toContain(text);
      expect(await markupMade(page)).toEqual({ imgX: 0, onerror: 0, alertScripts: 0 });
      const printed = squash((await readPdf(await downloadBytes(invoicePdf))).pages.join("\n"));
      for (const text of HOSTILE) expect(printed).toContain(squash(text));

      await session.goto("/get-paid?step=plan");
      await waitForLiveView(page, ".wizard.get-paid[data-ready]");
      const message = await page.locator("#plan-step-day-1-reminder textarea").inputValue();
      expect(message).toContain(name);
      const mailto = (await page.locator("#plan-step-day-1-reminder").getByRole("link", { name: "Open in your e-mail app" }).getAttribute("href")) ?? "";
      expect(mailto).not.toMatch(/[<>{}$\s]/);
      const letter = page.locator('[data-testid^="letter-"]').first();
      const letterPdf = await downloadPdf(page, () => letter.getByRole("button", { name: /^Download the .* \(PDF\)$/ }).click());
      expect(letterPdf.suggestedFilename()).toMatch(/^[a-z0-9-]+\.pdf$/);
      const letterText = squash((await readPdf(await downloadBytes(letterPdf))).pages.join("\n"));
      expect(letterText).toContain(squash(markup));
      expect(await markupMade(page)).toEqual({ imgX: 0, onerror: 0, alertScripts: 0 });
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("bad-inputs #41: every import refuses a too-large file, prototype keys, a number and another app's JSON, and keeps what is there", async () => {
    const files = (limitBytes: number) => [
      { name: "huge.json", buffer: Buffer.alloc(limitBytes + 1, " "), says: /too large to be an Upfront/ },
      { name: "proto.json", buffer: Buffer.from('{"__proto__":{"x":1}}'), says: /isn't an Upfront/ },
      { name: "ctor.json", buffer: Buffer.from('{"constructor":{"prototype":{"x":1}}}'), says: /isn't an Upfront/ },
      { name: "number.json", buffer: Buffer.from("42"), says: /isn't an Upfront/ },
      { name: "package.json", buffer: Buffer.from('{"name":"my-app","version":"1.0.0"}'), says: /isn't an Upfront/ },
    ];
    const overdue = sampleOverdueDraft();
    const session = await openWizard("/contract", { draft, storage: { "upfront:overdue-case": JSON.stringify(wrapOverdueDraft(overdue)), [BOOK_KEY]: bookText(sampleBook([sampleInvoiceDraft("2027-02-01")])) } });
    try {
      const { page } = session;
      const pages: [string, string, number, () => Promise<void>][] = [
        ["/contract", "import-draft", 2_000_000, async () => expect(await valueOf(page, "field-client-name")).toBe(draft.client.name)],
        ["/get-paid", "import-case", 2_000_000, async () => expect(await valueOf(page, "field-client-name")).toBe(overdue.client.name)],
        ["/invoice", "import-invoices", 20_000_000, async () => expect(await page.locator(".invoice-table__row").count()).toBe(1)],
      ];
      for (const [path, id, limit, unchanged] of pages) {
        await session.goto(path);
        await waitForLiveView(page);
        for (const file of files(limit)) {
          const input = page.locator(`#${id}`);
          await input.setInputFiles({ name: file.name, mimeType: "application/json", buffer: file.buffer });
          // The import clears the input once it has dealt with the file.
          await expect.poll(() => input.evaluate((el: HTMLInputElement) => el.files?.length ?? 0)).toBe(0);
          await expect.poll(() => page.locator(`#${id}-error`).innerText(), { message: `${path} ${file.name}` }).toMatch(file.says);
          await unchanged();
        }
        expect(await page.evaluate(() => ({} as Record<string, unknown>).x)).toBeUndefined();
      }
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("bad-inputs #44: a PDF made after an edit says the new answers, not the old ones", async () => {
    const session = await openWizard("/contract?step=review", { draft });
    try {
      const { page } = session;
      const button = page.getByTestId("download-pdf");
      const first = await readPdf(await downloadBytes(await downloadPdf(page, () => button.click())));
      expect(squash(first.pages.join("\n"))).toContain(squash(draft.scope.title));

      await session.goto("/contract?step=scope");
      await page.locator("#field-scope-title").fill("Brand new title");
      await waitForSavedDraft(page, (d) => d.scope.title === "Brand new title");
      await session.goto("/contract?step=review");
      const download = await downloadPdf(page, () => page.getByTestId("download-pdf").click());
      expect(download.suggestedFilename()).toBe("contract-acme-ltd-brand-new-title.pdf");
      const second = await readPdf(await downloadBytes(download));
      expect(squash(second.pages.join("\n"))).toContain(squash("Brand new title"));
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
