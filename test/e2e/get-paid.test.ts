// The overdue-invoice assistant in Chromium: an invoice 23 days overdue, typed in, to a plan; the
// day-1 reminder marked sent survives a reload; the final demand (PDF) and the follow-up calendar
// (.ics) download with the right figures; guide presets and the invoice list's "Chase" start it.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { addDays, todayInZone } from "../../src/domain/dates/calendar-date";
import { readPdf, squash } from "../pdf/support/pdf-text";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser, openPage, type PageSession, waitForLiveView } from "./support/browser";
import {
  activeId,
  button,
  downloadBytes,
  downloadText,
  errorSummaryMessages,
  seedStorage,
  tabTo,
  valueOf,
} from "./support/contract/wizard";
import { BOOK_KEY, bookText, sampleBook, sampleInvoiceDraft } from "./support/invoice/invoices";
import { wrapDraft } from "../../src/domain/drafts/draft-envelope";
import { wrapOverdueDraft } from "../../src/domain/get-paid/overdue-envelope";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { sampleOverdueDraft } from "../fixtures/sample-overdue-draft";

afterAll(closeBrowser);

const CASE_KEY = "upfront:overdue-case";
const CONTEXT = { locale: "en-GB", timezoneId: "Europe/London" } as const;

async function openAssistant(path = "/get-paid", storage: Record<string, string> = {}): Promise<PageSession> {
  const session = await openPage(null, { context: CONTEXT });
  if (Object.keys(storage).length > 0) await seedStorage(session.page, storage);
  await session.goto(path);
  await waitForLiveView(session.page);
  return session;
}

async function waitForAssistant(page: Page): Promise<void> {
  await waitForLiveView(page, ".wizard.get-paid[data-ready]");
}

/** The step's heading, once the step has loaded (a "Loading…" line reads as "loading"). */
async function heading(page: Page): Promise<string> {
  if ((await page.locator(".wizard-loading").count()) > 0) return "loading";
  return page.locator("#step-heading").innerText();
}

/** Continue with the keyboard: focus the button and press Enter, as a keyboard user would. */
async function pressContinue(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Continue" }).focus();
  await page.keyboard.press("Enter");
}

async function savedCase(page: Page): Promise<{ steps: Record<string, { state: string; on: string }>; evidence: { kind: string; note: string; date: string }[] }> {
  await page.waitForTimeout(700);
  const text = await page.evaluate((key) => localStorage.getItem(key), CASE_KEY);
  return JSON.parse(text ?? "null").data;
}

describe("get paid: an invoice 23 days overdue", () => {
  test("typed in, checked, planned; day 1 marked sent survives a reload; the final demand and the calendar download", async () => {
    const session = await openAssistant();
    try {
      const { page } = session;
      await expect.poll(() => heading(page)).toBe("The unpaid invoice");
      await expectNoAxeViolations(page, "get paid, step 1");

      // Continue with nothing typed: a summary of what is missing, focused, with links to the fields.
      await pressContinue(page);
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
      expect(await errorSummaryMessages(page)).toEqual(
        expect.arrayContaining(["Enter the invoice number, as printed on the invoice", "Enter the invoice amount", "Enter your client's name or business name"]),
      );
      expect(await page.title()).toMatch(/^Error: The unpaid invoice — Get paid — Upfront$/);
      await expectNoAxeViolations(page, "get paid, step 1 with errors");

      const fill = (id: string, value: string) => page.locator(`#${id}`).fill(value);
      await fill("field-invoice-number", "2026-0042");
      await fill("field-invoice-description", "Website redesign, second milestone");
      await page.locator("#field-invoice-currency").selectOption("GBP");
      await page.locator("#field-invoice-numberLocale").selectOption("en-GB");
      await fill("field-invoice-amount", "2,400.00");
      await fill("field-invoice-howToPay", "Sort code 12-34-56, account 12345678");
      await fill("field-invoice-issueDate", "2026-10-14");
      await fill("field-invoice-dueDate", "2026-11-13");
      await fill("field-you-name", "Zoë Łukasiewicz");
      await fill("field-you-email", "zoe@example.com");
      await fill("field-client-name", "Tom Baker");
      await fill("field-client-businessName", "Harbour Lane Ltd");
      await fill("field-client-address", "1 Quay Street\nBristol BS1 4AA");
      // A client e-mail with a header injection is refused next to the field, and kept as typed
      // (a single-line input turns the line break into a space or drops it).
      await fill("field-client-email", "tom@harbourlane.example\r\nBcc: x@y.z");
      // The plan is worked out for a fixed day, so the figures below don't depend on when the test runs.
      await fill("field-asOf", "2026-12-06");
      await pressContinue(page);
      await expect.poll(() => errorSummaryMessages(page)).toHaveLength(1);
      expect(await page.locator("#field-client-email-error").innerText()).toMatch(/^Error:\s+An e-mail address can't contain/);
      expect(await page.locator("#field-client-email").inputValue()).toMatch(/^tom@harbourlane\.example ?Bcc: x@y\.z$/);
      await fill("field-client-email", "tom@harbourlane.example");
      await pressContinue(page);
      await expect.poll(() => heading(page)).toBe("Check your footing first");

      await page.getByRole("group", { name: "Was the work and its price agreed in writing?" }).getByLabel("Yes").check();
      await page.getByRole("group", { name: "Did you deliver the work the invoice is for?" }).getByLabel("Yes").check();
      await page.getByLabel("Not yet").check();
      await expect(page.locator(".footing-gaps").innerText()).resolves.toMatch(/acceptance/i);
      await expectNoAxeViolations(page, "get paid, footing");
      await pressContinue(page);
      await expect.poll(() => heading(page)).toBe("What is going on");
      await page.getByLabel("They have gone quiet").check();
      await pressContinue(page);
      await expect.poll(() => heading(page)).toBe("Interest and fees you can claim");

      // UK statutory interest: Bank Rate 3.75% on 30 June 2026 + 8 = 11.75%, 23 days on £2,400:
      // 2400 × 0.1175 × 23 / 365 = £17.77; compensation £70 (a debt of £1,000 to £9,999.99).
      await page.getByLabel("UK statutory interest").check();
      const working = page.getByTestId("interest-working");
      await expect.poll(() => working.innerText()).toContain("£17.77");
      expect(await working.innerText()).toContain("£70.00");
      expect(await page.getByTestId("interest-total-due").innerText()).toBe("£2,487.77");
      await expectNoAxeViolations(page, "get paid, interest");
      await pressContinue(page);
      await expect.poll(() => heading(page)).toBe("Your plan");

      // What to do today, and the message ready to paste or send.
      const today = page.getByTestId("today-card");
      await expect.poll(() => today.innerText()).toMatch(/is 23 days overdue/);
      expect(await today.innerText()).toMatch(/Send a friendly reminder about the invoice/);
      const day1 = page.locator("#plan-step-day-1-reminder");
      expect(await day1.locator("textarea").inputValue()).toMatch(/invoice 2026-0042/);
      const mailto = (await day1.getByRole("link", { name: "Open in your e-mail app" }).getAttribute("href")) ?? "";
      expect(mailto).toMatch(/^mailto:tom@harbourlane\.example\?subject=/);
      expect(mailto).not.toMatch(/[\r\n ]/);
      expect(mailto).toContain("%0D%0A");
      await expectNoAxeViolations(page, "get paid, plan");

      await day1.getByRole("button", { name: "Mark as sent: Send a friendly reminder about the invoice" }).click();
      await expect.poll(() => day1.locator(".tag").innerText()).toBe("Sent on 6 December 2026");
      const afterSent = await savedCase(page);
      expect(afterSent.steps["day-1-reminder"]).toEqual({ state: "sent", on: "2026-12-06" });
      expect(afterSent.evidence).toHaveLength(1);

      // A reload keeps the step, the state and the log.
      await page.reload();
      await waitForAssistant(page);
      await expect.poll(() => heading(page)).toBe("Your plan");
      await expect.poll(() => page.locator("#plan-step-day-1-reminder .tag").innerText()).toBe("Sent on 6 December 2026");
      expect(await page.locator(".evidence-log tbody tr").count()).toBe(1);

      // A step marked sent with no date, and a log entry with no date, are refused next to their field.
      const day7 = page.locator("#plan-step-day-7-follow-up");
      await day7.locator("#plan-step-day-7-follow-up-sent-on").fill("");
      await day7.getByRole("button", { name: "Mark as sent: Follow up and ask for a payment date" }).click();
      await expect.poll(() => day7.locator(".field__error").innerText()).toMatch(/Enter the date you sent it/);
      await page.locator("#evidence-date").fill("");
      await page.locator("#evidence-note").fill("Spoke to Priya in accounts: paying on Friday");
      await page.getByRole("button", { name: "Add to the log" }).click();
      await expect.poll(() => page.locator("#evidence-date-error").count()).toBe(1);
      expect(await page.locator("#evidence-note").inputValue()).toBe("Spoke to Priya in accounts: paying on Friday");
      await expectNoAxeViolations(page, "get paid, plan with field errors");
      await page.locator("#evidence-date").fill("2026-12-05");
      await page.getByRole("button", { name: "Add to the log" }).click();
      await expect.poll(() => page.locator(".evidence-log tbody tr").count()).toBe(2);
      expect(await page.locator(".evidence-log tbody tr").nth(1).innerText()).toMatch(/6 December 2026/);

      // The final demand: the balance, the interest, the compensation and the total, with the rule named.
      const demand = page.getByTestId("letter-final-demand");
      const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), demand.getByRole("button", { name: "Download the final demand (PDF)" }).click()]);
      expect(pdf.suggestedFilename()).toBe("final-demand-2026-0042-harbour-lane-ltd.pdf");
      const text = squash((await readPdf(await downloadBytes(pdf))).pages.join("\n"));
      for (const expected of ["£2,400.00", "£17.77", "£70.00", "£2,487.77", "Late Payment of Commercial Debts (Interest) Act 1998", "not legal advice"]) {
        expect(text).toContain(squash(expected));
      }

      // The follow-up calendar: the steps still to do (day 1 is done), all-day, stable ids.
      const [ics] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-follow-ups-ics").click()]);
      const calendar = await downloadText(ics);
      expect(calendar).toMatch(/^BEGIN:VCALENDAR/);
      // Steps whose day has passed (day 7 was 20 November) are put on the day of the plan.
      expect(calendar).toContain("DTSTART;VALUE=DATE:20261206");
      expect(calendar).not.toContain("DTSTART;VALUE=DATE:20261120");
      expect(calendar).not.toContain("day-1-reminder");
      expect(calendar).toContain("day-7-follow-up");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

/**
 * How the focused element shows its focus: an outline, or a shadow it has only when focused, on
 * itself or (a radio or checkbox, whose input is hidden under a drawn box) on its label's box.
 * "" when nothing shows. The resting look is read from an unfocused copy put beside it.
 */
async function focusRing(page: Page, selector?: string): Promise<string> {
  return page.evaluate((selector) => {
    const el = selector ? document.querySelector(selector) : document.activeElement;
    if (!el || el === document.body || !el.parentElement) return "";
    const label = el.matches(".radio__input, .checkbox__input") ? el.nextElementSibling : null;
    const look = (node: Element) => {
      const style = getComputedStyle(node, label ? "::before" : null);
      return { outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 ? `outline ${style.outlineWidth} ${style.outlineStyle}` : "", shadow: style.boxShadow };
    };
    const shown = look(label ?? el);
    const copies = [el.cloneNode(true), ...(label ? [label.cloneNode(true)] : [])] as Element[];
    (label ?? el).after(...copies);
    const resting = look(copies.at(-1)!);
    for (const copy of copies) copy.remove();
    return [shown.outline !== resting.outline ? shown.outline : "", shown.shadow !== resting.shadow ? `box-shadow ${shown.shadow}` : ""].filter(Boolean).join(", ");
  }, selector);
}

describe("get paid: with the keyboard only", () => {
  test("typed in with Tab, typing, arrows and Space, to the plan and a downloaded letter; focus is always visible", async () => {
    const session = await openAssistant();
    try {
      const { page } = session;
      const press = (key: string) => page.keyboard.press(key);
      const checked = (id: string) => page.locator(`[id="${id}"]`).isChecked();
      const rings: string[] = [];
      /** Tab to a control and record that its focus is visible. */
      const tabToSeen = async (target: Parameters<typeof tabTo>[1], options?: Parameters<typeof tabTo>[2]) => {
        const stop = await tabTo(page, target, options);
        const ring = await focusRing(page);
        expect(ring, `focus on ${stop.tag}#${stop.id} "${stop.label}" is visible`).not.toBe("");
        rings.push(ring);
        return stop;
      };
      const typeInto = async (id: string, text: string) => {
        await tabToSeen(id);
        await press("Control+A");
        await page.keyboard.type(text);
      };
      const next = async () => {
        await tabToSeen(button("Continue"), { max: 80 });
        await press("Enter");
      };

      // Step 1: the invoice, you and your client. Dates are typed in the order headless Chromium
      // shows them whatever the page language (mm dd yyyy).
      await expect.poll(() => heading(page)).toBe("The unpaid invoice");
      await typeInto("field-invoice-number", "2026-0042");
      await typeInto("field-invoice-description", "Website redesign, second milestone");
      // A select: focus it and type the start of an option.
      await tabToSeen("field-invoice-currency");
      await page.keyboard.type("GBP");
      expect(await valueOf(page, "field-invoice-currency")).toBe("GBP");
      // The amount is left out on purpose: Continue stops, and the summary's link leads back to it.
      await typeInto("field-invoice-howToPay", "Sort code 12-34-56, account 12345678");
      await tabToSeen("field-invoice-issueDate");
      await page.keyboard.type("10142026");
      await tabToSeen("field-invoice-dueDate");
      await page.keyboard.type("11132026");
      expect(await valueOf(page, "field-invoice-dueDate")).toBe("2026-11-13");
      await typeInto("field-you-name", "Zoë Łukasiewicz");
      await typeInto("field-you-email", "zoe@example.com");
      await typeInto("field-client-name", "Tom Baker");
      await typeInto("field-client-businessName", "Harbour Lane Ltd");
      await typeInto("field-client-address", "1 Quay Street\nBristol BS1 4AA");
      await typeInto("field-client-email", "tom@harbourlane.example");
      await tabToSeen("field-asOf");
      await page.keyboard.type("12062026");
      expect(await valueOf(page, "field-asOf")).toBe("2026-12-06");
      await next();
      await expect.poll(() => errorSummaryMessages(page)).toEqual(["Enter the invoice amount"]);
      await tabToSeen(button("Enter the invoice amount"));
      await press("Enter");
      await expect.poll(() => activeId(page)).toBe("field-invoice-amount");
      await page.keyboard.type("2,400.00");
      await next();

      // Step 2: radios answer with Space (nothing chosen yet) or the arrow keys; a checkbox with Space.
      await expect.poll(() => heading(page)).toBe("Check your footing first");
      await tabToSeen("field-footing-agreedInWriting");
      await press("Space");
      expect(await checked("field-footing-agreedInWriting")).toBe(true);
      await tabToSeen("field-footing-delivered");
      await press("Space");
      await tabToSeen("field-footing-accepted");
      await press("ArrowDown");
      await press("ArrowDown");
      expect(await checked("field-footing-accepted-no")).toBe(true);
      await tabToSeen("field-footing-evidenceKept");
      await press("Space");
      expect(await checked("field-footing-evidenceKept")).toBe(true);
      await expect(page.locator(".footing-gaps").innerText()).resolves.toMatch(/acceptance/i);
      await next();

      // Step 3: the client has gone quiet (the first choice).
      await expect.poll(() => heading(page)).toBe("What is going on");
      await tabToSeen("field-situation");
      if (!(await checked("field-situation"))) await press("Space");
      expect(await checked("field-situation")).toBe(true);
      await next();

      // Step 4: UK statutory interest, chosen with the arrow keys.
      await expect.poll(() => heading(page)).toBe("Interest and fees you can claim");
      await tabToSeen("field-claim-regime");
      await press("ArrowDown");
      expect(await checked("field-claim-regime-uk")).toBe(true);
      await expect.poll(() => page.getByTestId("interest-total-due").innerText()).toBe("£2,487.77");
      await next();

      // Step 5: the plan. Mark day 1 as sent with Enter, read the final demand here, download it.
      await expect.poll(() => heading(page)).toBe("Your plan");
      // (Focus stops give the first 40 characters of a name.)
      await tabToSeen((stop) => stop.tag === "button" && stop.label.startsWith("Mark as sent: Send a friendly reminder"), { max: 120 });
      await press("Enter");
      await expect.poll(() => page.locator("#plan-step-day-1-reminder .tag").innerText()).toBe("Sent on 6 December 2026");
      await tabToSeen(button("Read the final demand here"), { max: 200 });
      await press("Enter");
      await expect.poll(() => page.locator("#letter-document-final-demand").count()).toBe(1);
      expect(await page.locator("#letter-document-final-demand").innerText()).toContain("£2,487.77");
      await tabToSeen((stop) => stop.tag === "button" && stop.label.startsWith("Download the final demand"), { back: true, max: 20 });
      const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), press("Enter")]);
      expect(pdf.suggestedFilename()).toBe("final-demand-2026-0042-harbour-lane-ltd.pdf");
      const text = squash((await readPdf(await downloadBytes(pdf))).pages.join("\n"));
      for (const expected of ["Harbour Lane Ltd", "£2,400.00", "£2,487.77"]) expect(text).toContain(squash(expected));

      // Every stop on the way showed its focus (text fields, selects, dates, radios, checkboxes, buttons, links).
      expect(rings.length).toBeGreaterThan(25);
      // …and the check can tell: controls without focus show no ring.
      for (const unfocused of ["#evidence-note", "#plan-step-day-7-follow-up button", "[id^=field-letters-]", ".site-nav a"]) {
        expect(await focusRing(page, unfocused), unfocused).toBe("");
      }
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("get paid: where it starts from", () => {
  test("a guide's preset on a new case is applied and announced; on a case with answers it asks first", async () => {
    const session = await openAssistant("/get-paid?preset=get-paid-dispute");
    try {
      const { page } = session;
      await expect.poll(() => page.locator(".start-notice").innerText()).toContain("Started from: a disputed invoice");
      expect(new URL(page.url()).searchParams.has("preset")).toBe(false);
      await page.locator("#field-client-name").fill("Tom Baker");
      await session.goto("/get-paid?step=situation&preset=get-paid-hardship");
      await waitForAssistant(page);
      await expect.poll(() => page.locator(".start-notice").innerText()).toMatch(/Change this case to that situation\?/);
      expect(await page.getByLabel("They dispute the work or the charges").isChecked()).toBe(true);
      await expectNoAxeViolations(page, "get paid, preset question");
      await page.getByRole("button", { name: "Keep my answers" }).click();
      expect(await page.getByLabel("They dispute the work or the charges").isChecked()).toBe(true);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("the invoice list's Chase opens the assistant with that invoice's details", async () => {
    const today = todayInZone(new Date(), CONTEXT.timezoneId);
    const book = sampleBook([sampleInvoiceDraft(addDays(today, -40))]);
    const session = await openAssistant("/invoice", { [BOOK_KEY]: bookText(book) });
    try {
      const { page } = session;
      await page.getByRole("link", { name: "Chase invoice 2027-0001" }).click();
      await waitForAssistant(page);
      await expect.poll(() => page.locator("#field-invoice-number").inputValue()).toBe("2027-0001");
      expect(await page.locator("#field-client-businessName").inputValue()).toBe("Acme Ltd");
      expect(await page.locator("#field-invoice-amount").inputValue()).not.toBe("");
      expect(await page.locator(".start-notice").innerText()).toContain("Started from invoice 2027-0001");
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("a case can start from an invoice of the list; the list is loaded only when asked for", async () => {
    const today = todayInZone(new Date(), CONTEXT.timezoneId);
    const book = sampleBook([sampleInvoiceDraft(addDays(today, -40)), sampleInvoiceDraft(addDays(today, -2))]);
    const session = await openAssistant("/get-paid", { [BOOK_KEY]: bookText(book) });
    try {
      const { page } = session;
      await page.getByRole("button", { name: "Start from an invoice you wrote here" }).click();
      const choice = page.locator("#saved-invoice-choice");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("saved-invoice-choice");
      expect(await choice.locator("option").allInnerTexts()).toEqual([expect.stringMatching(/^2027-0002 — Acme Ltd/), expect.stringMatching(/^2027-0001 — Acme Ltd .* Overdue by/)]);
      await choice.selectOption({ index: 1 });
      await expectNoAxeViolations(page, "get paid, invoice picker");
      await page.getByRole("button", { name: "Use this invoice" }).click();
      await expect.poll(() => page.locator("#field-invoice-number").inputValue()).toBe("2027-0001");
      expect(await page.locator("#field-client-name").inputValue()).toBe("Nguyễn Thị Minh");
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});

describe("get paid: a dispute over work done under a contract written here", () => {
  test("linking the case to the contract makes the dispute response restate its scope, as it was when linked", async () => {
    const contract = { ...sampleContractDraft(), id: "contract-e2e" };
    const overdue = sampleOverdueDraft();
    overdue.situation = "dispute";
    overdue.asOf = "2027-04-20";
    overdue.dispute = { complaint: "The site is slow on phones.", undisputedAmount: "1,000", offer: "fix", offerDetails: "Images compressed by Friday." };
    const session = await openAssistant("/get-paid?step=situation", {
      "upfront:contract-draft": JSON.stringify(wrapDraft(contract)),
      [CASE_KEY]: JSON.stringify(wrapOverdueDraft(overdue)),
    });
    try {
      const { page } = session;
      const link = page.getByLabel("Restate what was agreed in “Website redesign”, the contract you wrote here");
      await link.focus();
      await page.keyboard.press("Space");
      expect(await link.isChecked()).toBe(true);
      await expect.poll(async () => (await savedCase(page) as unknown as { footing: { contractId: string } }).footing.contractId).toBe("contract-e2e");

      // The contract wizard is then used for the next client: the case keeps what was agreed here.
      const next = { ...contract, scope: { ...contract.scope, title: "Another client's shop" } };
      await page.evaluate((text) => localStorage.setItem("upfront:contract-draft", text), JSON.stringify(wrapDraft(next)));
      await session.goto("/get-paid?step=plan");
      await waitForAssistant(page);
      const letter = page.getByTestId("letter-dispute-response");
      await letter.getByRole("button", { name: "Read the dispute response here" }).click();
      const text = await letter.locator(".letters__preview").innerText();
      expect(text).toContain("What was agreed");
      expect(text).toContain("For “Website redesign”, we agreed the following work");
      expect(text).toContain("Pages pass the agreed browser checks.");
      expect(text).toContain("Hosting fees");
      expect(text).not.toContain("Another client's shop");
      expect(await page.evaluate(() => localStorage.getItem("upfront:contract-draft"))).toBe(JSON.stringify(wrapDraft(next)));
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
