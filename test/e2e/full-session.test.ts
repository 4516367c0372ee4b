// Privacy, end to end (issue 6): one browser context goes through a whole session — the home page,
// the contract wizard to its PDF, the invoice editor to its PDF, the get-paid assistant to its
// plan and a letter PDF, the guide search and a guide — while every request it makes is recorded,
// the service worker's and the PDF worker's included. Nothing may go to another origin: the
// harness aborts and reports any such request, and fails on CSP violations and console errors too.
// Saved drafts stand in for the typing, which other tests cover; the point here is the traffic.
import type { Page, Request } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { wrapOverdueDraft } from "../../src/domain/get-paid/overdue-envelope";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { sampleOverdueDraft } from "../fixtures/sample-overdue-draft";
import { closeBrowser, openPage, waitForLiveView } from "./support/browser";
import { DRAFT_KEY, WIZARD_CONTEXT, downloadBytes, downloadPdf, draftEnvelopeText, seedStorage } from "./support/contract/wizard";
import { BOOK_KEY, bookText, sampleBook, sampleInvoiceDraft } from "./support/invoice/invoices";

afterAll(closeBrowser);

const CASE_KEY = "upfront:overdue-case";
const GUIDE = "define-the-scope";

const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 5)) === "%PDF-";

async function pdfFrom(page: Page, label: RegExp | string, where = page.locator("body")): Promise<Uint8Array> {
  const button = where.getByRole("button", { name: label });
  await button.waitFor();
  const download = await downloadPdf(page, () => button.click());
  return downloadBytes(download);
}

describe("a full session", () => {
  test("every request goes to the site's own origin: home, three wizards with their PDFs, search and a guide", async () => {
    const session = await openPage(null, { context: WIZARD_CONTEXT });
    try {
      const { page, context, baseUrl } = session;
      const requests: { url: string; from: string }[] = [];
      const note = (request: Request) => {
        const url = request.url();
        // data: and blob: URLs are made on the device (the PDF's bytes, a font the engine read); they never reach a network.
        if (!/^(data|blob):/.test(url)) requests.push({ url, from: request.serviceWorker() ? "service worker" : (request.frame()?.url() ?? "worker") });
      };
      context.on("request", note);

      // A returning visitor: a contract draft, an invoice list and an overdue case are saved.
      const overdue = { ...sampleOverdueDraft(), asOf: "2027-04-20" };
      await seedStorage(page, {
        [DRAFT_KEY]: draftEnvelopeText({ ...sampleContractDraft(), id: "contract-e2e0000000000001" }),
        [BOOK_KEY]: bookText(sampleBook([sampleInvoiceDraft("2027-02-01")])),
        [CASE_KEY]: JSON.stringify(wrapOverdueDraft(overdue, "2027-04-20T09:00:00.000Z")),
      });

      await session.goto("/");
      await page.getByRole("heading", { level: 1 }).waitFor();

      await session.goto("/contract?step=review");
      await waitForLiveView(page);
      expect(isPdf(await pdfFrom(page, /^Download contract/))).toBe(true);

      await session.goto("/invoice?id=inv-1&step=review");
      await waitForLiveView(page);
      expect(isPdf(await pdfFrom(page, "Download invoice (PDF)"))).toBe(true);

      await session.goto("/get-paid?step=plan");
      await waitForLiveView(page, ".wizard.get-paid[data-ready]");
      await page.getByTestId("today-card").waitFor();
      const letter = page.locator('[data-testid^="letter-"]').first();
      expect(isPdf(await pdfFrom(page, /^Download the .* \(PDF\)$/, letter))).toBe(true);

      await session.goto("/guides/");
      await page.locator("#guide-search-input").fill("deposit");
      await page.locator("#guide-search-input").press("Enter");
      await expect.poll(() => page.locator("[data-guide-search-status]").innerText(), { timeout: 10_000 }).toMatch(/guides? found for “deposit”/);

      await session.goto(`/guides/${GUIDE}/`);
      await page.getByRole("heading", { level: 1 }).waitFor();

      // Let the service worker's background work (precaching) finish inside the session.
      await page.waitForTimeout(1_000);
      context.off("request", note);

      const origins = [...new Set(requests.map((r) => new URL(r.url).origin))];
      const elsewhere = requests.filter((r) => new URL(r.url).origin !== baseUrl);
      console.info(`full session: ${requests.length} requests, origins seen: ${origins.join(", ")}`);
      expect(elsewhere, "requests to another origin").toEqual([]);
      expect(origins).toEqual([baseUrl]);
      // The session did load what it claims to have loaded: every page, the PDF worker and search.
      const paths = requests.map((r) => new URL(r.url).pathname);
      for (const path of ["/", "/contract", "/invoice", "/get-paid", "/guides/", `/guides/${GUIDE}/`]) {
        expect(paths.some((p) => p === path || p === `${path}/`), path).toBe(true);
      }
      expect(paths.some((p) => /render-document-pdf\.worker-.*\.js$/.test(p))).toBe(true);
      expect(paths.some((p) => p.startsWith("/pagefind/"))).toBe(true);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
