// Every PDF the site makes is also an HTML view of the same document model (the PDF engine does
// not tag PDFs for screen readers): for each kind of document, the view is on the page, carries
// the document's key text with a language, headings and table headers, passes axe, and printing
// shows that document alone (no site header, steps, forms or buttons).
//
// The documents (every DownloadPdfButton and makePdf of src/components):
//   contract                        contract review step                      (Ctrl+P prints it)
//   invoice                         invoice editor review step                (Ctrl+P prints it)
//   deposit and milestone invoices  made from the contract's review step, saved in the invoice
//                                   list: their HTML view is that invoice's review step
//   get-paid letters                plan step, "Read … here" then "Print …" (one per letter)
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import type { OverdueDraft } from "../../src/domain/get-paid/overdue-draft";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser, openPage, type PageSession, waitForLiveView } from "./support/browser";
import { DRAFT_KEY, WIZARD_CONTEXT, draftEnvelopeText, seedStorage } from "./support/contract/wizard";
import { CASE_KEY, DISPUTE, EVERY_LETTER, PAYMENT_PLAN, caseText } from "./support/get-paid/cases";
import { BOOK_KEY, bookText, sampleBook, sampleInvoiceDraft } from "./support/invoice/invoices";

afterAll(closeBrowser);

const GB = { locale: "en-GB", timezoneId: "Europe/London" } as const;

type Shown = { page: Page; selector: string };

/** The HTML view is readable, named, in a language, with headings and table headers, and passes axe. */
async function expectReadableDocument({ page, selector }: Shown, label: string, texts: string[]): Promise<void> {
  const doc = page.locator(selector);
  await doc.waitFor({ state: "visible" });
  const facts = await doc.evaluate((el) => ({
    lang: el.getAttribute("lang") ?? "",
    title: el.querySelector(".doc-title")?.tagName ?? "",
    headings: el.querySelectorAll("h3, h4").length,
    tables: [...el.querySelectorAll("table")].map((t) => t.querySelectorAll("th").length),
  }));
  expect(facts.lang, `${label}: lang`).toMatch(/^[a-z]{2}/);
  expect(facts.title, `${label}: the title is a heading`).toMatch(/^H[23]$/);
  for (const headers of facts.tables) expect(headers, `${label}: every table has header cells`).toBeGreaterThan(0);
  const text = (await doc.innerText()).replace(/\s+/g, " ");
  for (const t of texts) expect(text, label).toContain(t);
  await expectNoAxeViolations(page, `${label}, the document`, { include: [selector] });
}

/**
 * In print media only the document is shown: nothing visible outside it but its own ancestors,
 * and the document itself is. Leaves the page in screen media.
 */
async function expectPrintsAlone({ page, selector }: Shown, label: string): Promise<void> {
  await page.emulateMedia({ media: "print" });
  try {
    const seen = await page.evaluate((sel) => {
      const doc = document.querySelector(sel);
      if (!doc) return { docShown: false, others: ["(no document)"] };
      const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
      const others = [...document.body.querySelectorAll("*")]
        .filter((el) => shown(el) && !doc.contains(el) && !el.contains(doc))
        .slice(0, 8)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className)} "${(el.textContent ?? "").trim().slice(0, 30)}"`);
      return { docShown: shown(doc), others };
    }, selector);
    expect(seen.docShown, `${label}: the document prints`).toBe(true);
    expect(seen.others, `${label}: printed besides the document`).toEqual([]);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
}

/** Presses a print button with the browser's dialog stubbed (headless Chromium has none), keeping the mark it sets. */
async function pressPrint(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole("button", { name }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
}

/** After printing, the page lets go of the mark: the next Ctrl+P prints the page's default again. */
async function afterPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  expect(await page.locator("[data-print-now]").count()).toBe(0);
}

async function open(path: string, storage: Record<string, string>, context = WIZARD_CONTEXT as { locale: string; timezoneId: string }): Promise<PageSession> {
  const session = await openPage(null, { context });
  await seedStorage(session.page, storage);
  await session.goto(path);
  await waitForLiveView(session.page);
  return session;
}

const contractStorage = { [DRAFT_KEY]: draftEnvelopeText({ ...sampleContractDraft(), id: "contract-e2e0000000000001" }) };

describe("every PDF is also an HTML document that prints alone", () => {
  test("the contract, and the deposit and milestone invoices made from it", async () => {
    const session = await open("/contract?step=review", contractStorage);
    try {
      const { page } = session;
      const contract = { page, selector: "#review-document" };
      const draft = sampleContractDraft();
      await expectReadableDocument(contract, "contract", [draft.client.name, draft.scope.title]);
      // Ctrl+P on the review step prints the contract; so does its button.
      await expectPrintsAlone(contract, "contract, Ctrl+P");
      await pressPrint(page, "Print this document");
      await expectPrintsAlone(contract, "contract, its print button");
      await afterPrint(page);

      // The invoices the contract implies are saved in the invoice list; each opens as a page.
      const panel = page.getByTestId("contract-invoices");
      await panel.getByRole("button", { name: /^Create/ }).click();
      const first = page.getByTestId("contract-invoices-table").getByRole("link").first();
      await first.waitFor();
      const number = await first.innerText();
      const href = (await first.getAttribute("href")) ?? "";
      expect(href).toMatch(/^\/invoice\?id=/);
      await session.goto(`${href}&step=review`);
      await waitForLiveView(page);
      const invoice = { page, selector: "#review-document" };
      await expectReadableDocument(invoice, "deposit invoice", [number, "Deposit"]);
      await expectPrintsAlone(invoice, "deposit invoice");
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("an invoice", async () => {
    const book = sampleBook([sampleInvoiceDraft("2027-02-01", 3)]);
    const session = await open("/invoice?id=inv-1&step=review", { [BOOK_KEY]: bookText(book) });
    try {
      const { page } = session;
      const invoice = { page, selector: "#review-document" };
      await expectReadableDocument(invoice, "invoice", ["2027-0001", "Acme Ltd", "Work package 3"]);
      await expectPrintsAlone(invoice, "invoice, Ctrl+P");
      await pressPrint(page, "Print this document");
      await expectPrintsAlone(invoice, "invoice, its print button");
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  /** Each situation and the letters it offers, with words each letter must show. */
  const CASES: { situation: string; change: Partial<OverdueDraft>; letters: [id: string, title: string, texts: string[]][] }[] = [
    {
      situation: "a client gone quiet",
      change: EVERY_LETTER,
      letters: [
        ["formal-notice", "Formal notice", ["UF-0042", "Acme Ltd"]],
        ["final-demand", "Final demand", ["UF-0042", "Acme Ltd"]],
        ["work-suspension", "Work-suspension notice", ["UF-0042"]],
        ["late-fee-invoice", "Late-fee invoice", ["UF-0042"]],
        ["evidence-timeline", "Evidence timeline", ["UF-0042"]],
      ],
    },
    {
      situation: "a payment plan",
      change: PAYMENT_PLAN,
      letters: [["payment-plan", "Payment-plan agreement", ["UF-0042", "Acme Ltd"]]],
    },
    {
      situation: "a dispute",
      change: DISPUTE,
      letters: [["dispute-response", "Dispute response", ["UF-0042", "booking form"]]],
    },
  ];

  for (const { situation, change, letters } of CASES) {
    test(`get-paid letters: ${situation}`, async () => {
      const session = await open("/get-paid?step=plan", { [CASE_KEY]: caseText(change) }, GB);
      try {
        const { page } = session;
        for (const [id, title, texts] of letters) {
          const item = page.getByTestId(`letter-${id}`);
          const name = title.toLowerCase();
          await item.getByRole("button", { name: `Read the ${name} here` }).click();
          const letter = { page, selector: `#letter-document-${id}` };
          await expectReadableDocument(letter, title, texts);
          await pressPrint(page, `Print the ${name}`);
          await expectPrintsAlone(letter, title);
          await afterPrint(page);
          await item.getByRole("button", { name: `Hide the ${name} here` }).click();
        }
        session.assertClean();
      } finally {
        await session.close();
      }
    });
  }
});
