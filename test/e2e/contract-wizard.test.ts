// The contract wizard end to end, in Chromium against the built site: the whole journey with the
// keyboard only, reload and Back/Forward, error messages, and hostile text.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { readPdf, squash } from "../pdf/support/pdf-text";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser } from "./support/browser";
import {
  activeId,
  button,
  downloadBytes,
  downloadPdf,
  errorSummaryMessages,
  expectStep,
  openWizard,
  tabAndType,
  tabTo,
  valueOf,
  waitForWizard,
} from "./support/contract/wizard";

afterAll(closeBrowser);

/**
 * Records the font files a page and its PDF worker fetch, by file name without the build hash. Pass
 * `record` as openWizard's beforeLoad: the review step warms the worker up (fonts included) on load.
 */
function fontRequests(): { fonts: string[]; record: (page: Page) => void } {
  const fonts: string[] = [];
  const record = (page: Page) =>
    page.on("request", (request) => {
      const file = new URL(request.url()).pathname.split("/").at(-1) ?? "";
      if (file.endsWith(".ttf")) fonts.push(file.replace(/\.[\w-]{8}\.ttf$/, ".ttf"));
    });
  return { fonts, record };
}

/**
 * Every link of the error summary points at a field that says it is invalid and is described by
 * its own message, printed inside the same .field block as the input.
 */
async function expectFieldErrorsMatchSummary(page: Page): Promise<void> {
  const links = await page.locator(".error-summary a").evaluateAll((as) =>
    as.map((a) => ({ target: a.getAttribute("href")!.slice(1), message: a.textContent!.trim() })),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const { target, message } of links) {
    const found = await page.evaluate(
      ({ target, message }) => {
        const field = document.getElementById(target);
        const error = document.getElementById(`${target}-error`);
        return {
          exists: field !== null,
          invalid: field?.getAttribute("aria-invalid") ?? null,
          describedBy: (field?.getAttribute("aria-describedby") ?? "").split(" "),
          errorText: error?.textContent?.replace(/\s+/g, " ").trim() ?? null,
          errorClass: error?.className ?? null,
          sameBlock: !!field && !!error && field.closest(".field") === error.closest(".field"),
          message,
        };
      },
      { target, message },
    );
    expect(found, `the field of "${message}"`).toMatchObject({
      exists: true,
      invalid: "true",
      errorText: `Error: ${message}`,
      errorClass: "field__error",
      sameBlock: true,
    });
    expect(found.describedBy, `aria-describedby of #${target}`).toContain(`${target}-error`);
  }
}

const CLIENT = "Nguyễn Thị Minh";
const YOU = "Zoë Łukasiewicz";

describe("contract wizard", () => {
  test("can be completed with the keyboard only, and the PDF says what was typed", async () => {
    const session = await openWizard("/contract");
    try {
      const { page } = session;
      const press = (key: string) => page.keyboard.press(key);
      const checked = (id: string) => page.locator(`[id="${id}"]`).isChecked();

      // Step 1: you and your client.
      await expectStep(page, "parties");
      await tabAndType(page, "field-you-name", YOU);
      await tabAndType(page, "field-you-businessName", "Łódź Design Studio");
      await tabAndType(page, "field-you-address", "12 Harbour Street\nPortland, ME 04101");
      await tabAndType(page, "field-you-email", "zoe@example.com");
      await tabAndType(page, "field-you-basedIn", "Maine, USA");
      await tabAndType(page, "field-client-name", CLIENT);
      await tabAndType(page, "field-client-address", "1 Market Square\nNew York, NY 10001");
      // The client's email is left out on purpose: Continue must catch it.
      await tabAndType(page, "field-client-basedIn", "New York, USA");
      // Back one field with Shift+Tab for the tax number skipped on the way.
      await tabAndType(page, "field-client-taxId", "US-123456", { back: true });
      expect(await valueOf(page, "field-you-address")).toBe("12 Harbour Street\nPortland, ME 04101");

      // Radios: Tab lands on the checked one, arrows change the choice and its follow-up question.
      await tabTo(page, "field-law-kind");
      expect(await checked("field-law-kind")).toBe(true);
      await press("ArrowDown");
      expect(await checked("field-law-kind-uk")).toBe(true);
      await expect.poll(() => page.locator("#field-law-usState").count()).toBe(0);
      await press("ArrowUp");
      expect(await checked("field-law-kind")).toBe(true);
      // A select: focus it and type the start of the option.
      await tabTo(page, "field-law-usState");
      await page.keyboard.type("Maine");
      expect(await valueOf(page, "field-law-usState")).toBe("ME");
      await tabTo(page, "field-currency");
      expect(await valueOf(page, "field-currency")).toBe("USD");
      await tabTo(page, "field-numberLocale");
      expect(await valueOf(page, "field-numberLocale")).toBe("en-US");
      await expectNoAxeViolations(page, "step 1, filled in");

      await tabTo(page, button("Continue"));
      await press("Enter");
      // The missing email stops the step; the summary takes focus and its link leads to the field.
      await expect.poll(() => errorSummaryMessages(page)).toEqual(["Enter your client's email address"]);
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
      await expectNoAxeViolations(page, "step 1, with an error");
      await tabTo(page, button("Enter your client's email address"));
      await press("Enter");
      await expect.poll(() => activeId(page)).toBe("field-client-email");
      await page.keyboard.type("minh@acme.example");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 2: scope. The new step's heading has focus.
      await expectStep(page, "scope");
      await expect.poll(() => activeId(page)).toBe("step-heading");
      await tabAndType(page, "field-scope-title", "Website redesign");
      await tabAndType(page, "field-scope-summary", "A new marketing website: design, build and launch.");
      await tabAndType(page, "field-scope-deliverables-0-title", "Design concepts");
      await tabTo(page, button("Add another deliverable"));
      await press("Enter");
      await expect.poll(() => activeId(page)).toBe("field-scope-deliverables-1-title");
      await page.keyboard.type("Built website");
      await tabAndType(page, "field-scope-exclusions", "Copywriting\nHosting fees");
      await tabAndType(page, "field-scope-extraRoundRate", "450");
      await expectNoAxeViolations(page, "step 2");
      // Enter in a text field submits the step.
      await press("Enter");

      // Step 3: dates in Chromium's en-US order (mm dd yyyy), then a fixed fee.
      await expectStep(page, "price");
      await tabTo(page, "field-startDate");
      await page.keyboard.type("03012027");
      await tabTo(page, "field-endDate");
      await page.keyboard.type("05282027");
      expect(await valueOf(page, "field-startDate")).toBe("2027-03-01");
      expect(await valueOf(page, "field-endDate")).toBe("2027-05-28");
      await tabTo(page, "field-price-model");
      expect(await checked("field-price-model")).toBe(true);
      await tabAndType(page, "field-price-fixedFee", "10,000.00");
      await expect.poll(() => page.locator(".money-total").innerText()).toContain("$10,000.00");
      await expectNoAxeViolations(page, "step 3");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 4: a 30% deposit, 40% on acceptance of the designs, the rest at launch.
      await expectStep(page, "payment");
      await tabTo(page, "field-payment-depositMode-percent");
      await tabAndType(page, "field-payment-depositValue", "30");
      await tabAndType(page, "field-payment-milestones-0-name", "Design approved");
      await tabTo(page, "field-payment-milestones-0-deliverableIds");
      await press("Space");
      expect(await checked("field-payment-milestones-0-deliverableIds")).toBe(true);
      await tabTo(page, "field-payment-milestones-0-dueKind");
      await press("ArrowDown");
      expect(await checked("field-payment-milestones-0-dueKind-acceptance")).toBe(true);
      await tabTo(page, "field-payment-milestones-0-acceptanceOf");
      await page.keyboard.type("Design");
      expect(await valueOf(page, "field-payment-milestones-0-acceptanceOf")).toBe("d1");
      await tabTo(page, "field-payment-milestones-0-expectedDate");
      await page.keyboard.type("03262027");
      await tabTo(page, "field-payment-milestones-0-shareMode");
      await tabAndType(page, "field-payment-milestones-0-shareValue", "40");
      await tabAndType(page, "field-payment-milestones-1-name", "Launch");
      await tabTo(page, "field-payment-milestones-1-deliverableIds-d2");
      await press("Space");
      await tabTo(page, "field-payment-milestones-1-dueDate");
      await page.keyboard.type("05282027");
      // "The rest" was already chosen for the last milestone: Tab lands on it.
      await tabTo(page, "field-payment-milestones-1-shareValue");
      expect(await checked("field-payment-milestones-1-shareValue")).toBe(true);
      await tabTo(page, "field-payment-methods-card");
      await press("Space");
      expect(await checked("field-payment-methods-card")).toBe(true);
      const parts = page.locator(".payment-parts tbody tr");
      await expect.poll(() => parts.allInnerTexts()).toEqual([
        "Deposit\t$3,000.00",
        "1. Design approved\t$4,000.00",
        "2. Launch (the rest)\t$3,000.00",
      ]);
      await expect
        .poll(() => page.locator(".running-total [role=status]").innerText())
        .toBe("Allocated $10,000.00 of $10,000.00 (100%). Nothing left to allocate.");
      await expectNoAxeViolations(page, "step 4");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 5: 1.5% a month (the default), capped at 10% of the invoice.
      await expectStep(page, "late-fees");
      await tabTo(page, "field-lateFee-kind-percent-per-month");
      await tabTo(page, "field-lateFee-capEnabled");
      await press("Space");
      await tabTo(page, "field-lateFee-capPercent");
      expect(await valueOf(page, "field-lateFee-capPercent")).toBe("10");
      await expectNoAxeViolations(page, "step 5");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 6: every protection stays on.
      await expectStep(page, "protections");
      await tabTo(page, "field-protections-limitationOfLiability-enabled");
      expect(await checked("field-protections-limitationOfLiability-enabled")).toBe(true);
      await expectNoAxeViolations(page, "step 6");
      await tabTo(page, button("Continue"));
      await press("Enter");

      // Step 7: check your answers, the preview, and the PDF.
      await expectStep(page, "review");
      const downloadButton = page.getByTestId("download-pdf");
      await downloadButton.waitFor();
      const schedule = page.locator(".summary-list__row", { has: page.locator("dt", { hasText: "Payment schedule" }) });
      await expect(schedule.locator(".summary-list__value").innerText()).resolves.toBe(
        "Deposit: $3,000.00 (30%)\nDesign approved: $4,000.00 (40%)\nLaunch: $3,000.00 (30%)\nTotal: $10,000.00",
      );
      const summary = await page.locator(".summary-list").allInnerTexts();
      expect(summary.join("\n")).toContain(CLIENT);
      expect(summary.join("\n")).toContain("Fixed fee: $10,000.00");
      const preview = await page.locator("section[aria-labelledby=review-preview]").innerText();
      for (const text of [CLIENT, YOU, "Website redesign", "$3,000.00", "$4,000.00", "$10,000.00", "1.5% per month (18% a year)"]) {
        expect(preview).toContain(text);
      }
      await expectNoAxeViolations(page, "step 7, review");

      const fileName = "contract-nguyễn-thị-minh-website-redesign.pdf";
      await expect(page.locator("section[aria-labelledby=review-download] code").innerText()).resolves.toBe(fileName);
      await tabTo(page, button("Download contract (PDF)"), { max: 80 });
      const download = await downloadPdf(page, () => press("Enter"));
      expect(download.suggestedFilename().normalize("NFC")).toBe(fileName);
      const pdf = await readPdf(await downloadBytes(download));
      const all = squash(pdf.pages.join("\n").normalize("NFC"));
      const has = (text: string) => expect(all).toContain(squash(text.normalize("NFC")));
      has(CLIENT);
      has(YOU);
      for (const amount of ["$3,000.00", "$4,000.00", "$10,000.00"]) has(amount);
      // The deposit and the last milestone are both $3,000.00.
      expect(all.split("$3,000.00").length - 1).toBeGreaterThanOrEqual(2);
      has("Design approved");
      has("Launch");
      has("interest of 1.5% per month (18% a year) accrues on the unpaid amount");
      has("up to a maximum of 10% of the invoice amount");
      expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
      pdf.pages.forEach((text, i) => expect(squash(text)).toContain(`Page${i + 1}of${pdf.pageCount}`));
      await expect.poll(() => downloadButton.locator("xpath=following-sibling::*[@role='status']").innerText()).toMatch(
        new RegExp(`^Downloaded ${fileName.replace(/[.()]/g, "\\$&")} \\(\\d+ KB\\)\\.$`),
      );

      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("reload keeps the step and the answers; Back and Forward move between steps (bad-inputs #43)", async () => {
    const session = await openWizard("/contract");
    try {
      const { page } = session;
      const step1: Record<string, string> = {
        "field-you-name": YOU,
        "field-you-address": "12 Harbour Street\nPortland, ME 04101",
        "field-you-email": "zoe@example.com",
        "field-client-name": CLIENT,
        "field-client-address": "1 Market Square\nNew York, NY 10001",
        "field-client-email": "minh@acme.example",
      };
      for (const [id, value] of Object.entries(step1)) await page.locator(`[id="${id}"]`).fill(value);
      await page.locator("#field-law-usState").selectOption("NY");
      await page.getByRole("button", { name: "Continue" }).click();
      await expectStep(page, "scope");
      // Part of step 2, then straight away a reload: the pending save must not be lost.
      await page.locator("#field-scope-title").fill("Website redesign");
      await page.locator("#field-scope-deliverables-0-title").fill("Design concepts");

      const expectStep1Answers = async () => {
        for (const [id, value] of Object.entries(step1)) expect(await valueOf(page, id)).toBe(value);
        expect(await valueOf(page, "field-law-usState")).toBe("NY");
      };
      const expectStep2Answers = async () => {
        expect(await valueOf(page, "field-scope-title")).toBe("Website redesign");
        expect(await valueOf(page, "field-scope-deliverables-0-title")).toBe("Design concepts");
      };

      // Back and Forward within the page: the step, its title and the focus follow (bad-inputs #43).
      await page.goBack();
      await expectStep(page, "parties");
      await expect.poll(() => activeId(page)).toBe("step-heading");
      await expectStep1Answers();
      await page.goForward();
      await expectStep(page, "scope");
      await expect.poll(() => activeId(page)).toBe("step-heading");
      await expectStep2Answers();

      await page.locator("#field-scope-summary").fill("A new marketing website.");
      await page.reload();
      await waitForWizard(page);
      expect(new URL(page.url()).searchParams.get("step")).toBe("scope");
      await expectStep(page, "scope");
      await expectStep2Answers();
      expect(await valueOf(page, "field-scope-summary")).toBe("A new marketing website.");

      // Back and Forward across the reload still land on the right step with the answers.
      await page.goBack();
      await waitForWizard(page);
      await expectStep(page, "parties");
      await expectStep1Answers();
      await page.goForward();
      await waitForWizard(page);
      await expectStep(page, "scope");
      await expectStep2Answers();
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("errors: a focused summary, each message by its field, links that focus the field", async () => {
    const session = await openWizard("/contract");
    try {
      const { page } = session;
      const continueButton = page.getByRole("button", { name: "Continue" });
      await continueButton.click();

      const box = page.locator(".error-summary");
      await expect(box.locator("h2").innerText()).resolves.toBe("There is a problem");
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
      await expect.poll(() => page.title()).toBe("Error: You and your client — Write a contract — Upfront");
      await expect(errorSummaryMessages(page)).resolves.toEqual([
        "Enter your full name",
        "Enter your postal address",
        "Enter your email address",
        "Enter your client's full name",
        "Enter your client's postal address",
        "Enter your client's email address",
        "Choose the state whose law governs the contract",
      ]);
      await expectFieldErrorsMatchSummary(page);
      await expectNoAxeViolations(page, "step 1 with errors");

      await page.getByRole("link", { name: "Enter your client's full name" }).click();
      await expect.poll(() => activeId(page)).toBe("field-client-name");
      await page.getByRole("link", { name: "Choose the state whose law governs the contract" }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => activeId(page)).toBe("field-law-usState");

      // Money that isn't money: refused with its own message, and the typed text stays as typed.
      await session.goto("/contract?step=price");
      await waitForWizard(page);
      for (const [typed, message] of [
        ["1e5", "Enter the fixed fee using digits 0–9 only, for example 1,234.50"],
        ["-500", "Enter an amount of 0 or more for the fixed fee"],
      ] as const) {
        await page.locator("#field-price-fixedFee").fill(typed);
        await continueButton.click();
        await expect.poll(() => errorSummaryMessages(page)).toContain(message);
        await expect(page.locator("#field-price-fixedFee-error").textContent()).resolves.toBe(`Error: ${message}`);
        expect(await valueOf(page, "field-price-fixedFee")).toBe(typed);
        await expectStep(page, "price");
      }
      await expectFieldErrorsMatchSummary(page);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("errors: milestones adding up to 110% show in the running total and on Continue (bad-inputs #13)", async () => {
    const session = await openWizard("/contract?step=payment", { draft: sampleContractDraft() });
    try {
      const { page } = session;
      // 30% deposit + 33.33% + 46.67% = 110% of $10,000.00.
      await page.locator("#field-payment-milestones-1-shareValue").fill("46.67");
      await expect
        .poll(() => page.locator(".running-total [role=status]").innerText())
        .toBe("Allocated $11,000.00 of $10,000.00 (110%). That is $1,000.00 too much: the deposit and milestones add up to 110%.");
      await expect(page.locator(".running-total .money-total").innerText()).resolves.toMatch(/Too much\s+\$1,000\.00/);

      await page.getByRole("button", { name: "Continue" }).click();
      const message = "The deposit and milestones add up to 110% ($11,000.00): reduce them by $1,000.00 to make exactly 100% ($10,000.00)";
      await expect.poll(() => errorSummaryMessages(page)).toEqual([message]);
      await expectStep(page, "payment");
      await expect(page.locator("#field-payment-milestones-error").textContent()).resolves.toBe(`Error: ${message}`);
      await expectNoAxeViolations(page, "payment step, schedule over 100%");
      await page.getByRole("link", { name: message }).click();
      await expect.poll(() => activeId(page)).toBe("field-payment-milestones");
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("hostile text in names is shown literally, never run (bad-inputs #33)", async () => {
    const session = await openWizard("/contract", { draft: sampleContractDraft() });
    try {
      const { page } = session;
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      const name = "<img src=x onerror=alert(1)>";
      const title = "<script>alert(1)</script>";
      const continueButton = page.getByRole("button", { name: "Continue" });
      await page.locator("#field-client-name").fill(name);
      await page.locator("#field-client-businessName").fill("");
      await continueButton.click();
      await expectStep(page, "scope");
      await page.locator("#field-scope-title").fill(title);
      // The rest of the sample draft is complete: Continue to the review.
      for (const step of ["price", "payment", "late-fees", "protections", "review"] as const) {
        await continueButton.click();
        await expectStep(page, step);
      }
      await page.getByTestId("download-pdf").waitFor();

      const summary = (await page.locator(".summary-list").allInnerTexts()).join("\n");
      expect(summary).toContain(name);
      expect(summary).toContain(title);
      const preview = await page.locator("section[aria-labelledby=review-preview]").innerText();
      expect(preview).toContain(name);
      expect(preview).toContain(title);
      // Nothing was turned into markup.
      const markup = await page.evaluate(() => ({
        imgX: document.querySelectorAll('img[src="x"]').length,
        onerror: document.querySelectorAll("[onerror]").length,
        alertScripts: [...document.scripts].filter((script) => script.textContent?.includes("alert(1)")).length,
      }));
      expect(markup).toEqual({ imgX: 0, onerror: 0, alertScripts: 0 });
      await expect(page.locator("section[aria-labelledby=review-download] code").innerText()).resolves.toBe(
        "contract-img-src-x-onerror-alert-1-script-alert-1-script.pdf",
      );
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("prints Arabic, Hebrew and CJK names, and names only the characters no font has (bad-inputs #26-28)", async () => {
    const draft = sampleContractDraft();
    draft.client = { ...draft.client, name: "محمد بن سلمان", businessName: "株式会社テスト 🎉", address: "דוד כהן 12\nTel Aviv" };
    const { fonts, record } = fontRequests();
    const session = await openWizard("/contract?step=review", { draft, beforeLoad: record });
    try {
      const { page } = session;
      const notice = page.getByTestId("review-unprintable");
      await notice.waitFor();
      const text = await notice.innerText();
      expect(text).toContain("🎉");
      for (const ch of ["م", "株", "ד"]) expect(text).not.toContain(ch);
      // The preview shows the names exactly; the notice is about the PDF only.
      const preview = await page.locator("section[aria-labelledby=review-preview]").innerText();
      expect(preview).toContain("محمد بن سلمان");
      expect(preview).toContain("株式会社テスト 🎉");
      await expectNoAxeViolations(page, "review step with unprintable characters");

      const download = await downloadPdf(page, () => page.getByTestId("download-pdf").click());
      const pdf = await readPdf(await downloadBytes(download));
      const all = pdf.pages.join("\n").normalize("NFC");
      // Right-to-left words read back in page order (see test/pdf/document-scripts-pdf.test.ts).
      expect(all).toContain("سلمان بن محمد");
      expect(all).toContain("株式会社テスト [?]");
      expect(all).toContain("12 כהן דוד");
      // Same origin, each file once, and only the fonts this text needs: no Korean font.
      expect(fonts.sort()).toEqual([
        "NotoSansArabic_400Regular.ttf",
        "NotoSansArabic_700Bold.ttf",
        "NotoSansHebrew_400Regular.ttf",
        "NotoSansHebrew_700Bold.ttf",
        "NotoSansSC_400Regular.ttf",
        "NotoSans_400Regular.ttf",
        "NotoSans_400Regular_Italic.ttf",
        "NotoSans_700Bold.ttf",
      ]);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("a Latin contract's PDF fetches Noto Sans only, never a CJK, Arabic or Hebrew font", async () => {
    const { fonts, record } = fontRequests();
    const session = await openWizard("/contract?step=review", { draft: sampleContractDraft(), beforeLoad: record });
    try {
      const { page } = session;
      await page.getByTestId("download-pdf").waitFor();
      const download = await downloadPdf(page, () => page.getByTestId("download-pdf").click());
      const pdf = await readPdf(await downloadBytes(download));
      expect(pdf.pages.join("\n").normalize("NFC")).toContain("Nguyễn Thị Minh");
      expect(fonts.sort()).toEqual(["NotoSans_400Regular.ttf", "NotoSans_400Regular_Italic.ttf", "NotoSans_700Bold.ttf"]);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  type SampleDraft = ReturnType<typeof sampleContractDraft>;
  // Parties comes with the page; Scope is a separate chunk, fetched only now, and its field must
  // still get the focus once it is shown.
  test.each([
    {
      step: "parties" as const,
      field: "field-client-email",
      message: "Enter your client's email address",
      blank: (draft: SampleDraft): void => {
        draft.client = { ...draft.client, email: "" };
      },
    },
    {
      step: "scope" as const,
      field: "field-scope-title",
      message: "Enter a project title",
      blank: (draft: SampleDraft): void => {
        draft.scope = { ...draft.scope, title: "" };
      },
    },
  ])("a missing answer listed on the review step opens its step ($step) with the field focused and its message shown", async ({ step, field, message, blank }) => {
    const draft = sampleContractDraft();
    blank(draft);
    const session = await openWizard("/contract?step=review", { draft });
    try {
      const { page } = session;
      const link = page.getByRole("link", { name: message });
      await link.focus();
      await page.keyboard.press("Enter");
      await expectStep(page, step);
      await expect.poll(() => activeId(page)).toBe(field);
      await expect(page.locator(`#${field}-error`).innerText()).resolves.toContain(message);
      session.assertClean();
    } finally {
      await session.close();
    }
  });
});
