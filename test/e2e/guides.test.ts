import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { expectNoAxeViolations } from "./support/axe";
import { closeBrowser, focusInfo, openPage, tabUntil } from "./support/browser";
import { backups, button, expectStep, openWizard, storedDraftText, tabTo, valueOf, waitForSavedDraft, waitForWizard } from "./support/contract/wizard";

afterAll(closeBrowser);

// The guide used end to end: its action starts a contract from a preset.
const GUIDE = "take-a-deposit-and-bill-by-milestones";
const PRESET = "deposit-three-milestones";
const LABEL = "a 30% deposit and three milestones";

const guidesDir = fileURLToPath(new URL("../../content/guides", import.meta.url));
const bodyWords = (slug: string) =>
  new Set(
    readFileSync(`${guidesDir}/${slug}.md`, "utf8")
      .replace(/^---[\s\S]*?\n---\n/, "")
      .replace(/\]\([^)]*\)/g, "]")
      .toLowerCase()
      .match(/[a-z]+/g) ?? [],
  );

/** A word from the guide's body that no other guide uses, so the search must find this guide by its body. */
function wordOnlyIn(slug: string): string {
  const others = readdirSync(guidesDir)
    .filter((f) => f.endsWith(".md") && f !== `${slug}.md`)
    .map((f) => bodyWords(f.replace(/\.md$/, "")));
  const word = [...bodyWords(slug)].find((w) => w.length >= 7 && others.every((o) => !o.has(w)));
  if (!word) throw new Error(`no word of ${slug} is missing from every other guide`);
  return word;
}

const id = (path: string) => `field-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;

describe("guides", () => {
  test("keyboard only: search finds a guide by a word of its body, its action starts a contract from the preset", async () => {
    const word = wordOnlyIn(GUIDE);
    const session = await openPage("/guides/");
    try {
      const { page } = session;
      await expect(page.title()).resolves.toBe("Guides to getting paid — Upfront");
      // Pagefind is loaded when the user searches, not with the page.
      const early = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
      expect(early.filter((u) => u.includes("/pagefind/"))).toEqual([]);

      await tabUntil(page, (f) => f.id === "guide-search-input");
      await page.keyboard.type(word);
      await page.keyboard.press("Enter");
      const status = page.locator("[data-guide-search-status]");
      await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(new RegExp(`^1 guide found for “${word}”\\.$`));
      await expect(page.locator("[data-guide-search-results] mark").first().innerText()).resolves.toMatch(new RegExp(word, "i"));
      expect(new URL(page.url()).searchParams.get("q")).toBe(word);

      const result = await tabUntil(page, (f) => f.href === `/guides/${GUIDE}/`);
      expect(result.tag).toBe("a");
      await Promise.all([page.waitForURL(`**/guides/${GUIDE}/`), page.keyboard.press("Enter")]);

      // A guide page ships no JavaScript.
      await expect(page.locator("script").count()).resolves.toBe(0);
      await expect(page.locator("h1").innerText()).resolves.toMatch(/deposit/i);
      await expect(page.getByRole("navigation", { name: "On this page" }).locator("a").count()).resolves.toBeGreaterThan(2);

      await tabUntil(page, (f) => f.href === `/contract?preset=${PRESET}`, 200);
      await Promise.all([page.waitForURL("**/contract?**"), page.keyboard.press("Enter")]);
      await waitForWizard(page);
      const started = page.locator('[data-preset-message="started"]');
      await expect(started.innerText()).resolves.toBe(`Started from: ${LABEL}`);
      await expect(started.isVisible()).resolves.toBe(true);
      await expect.poll(() => page.locator('.wizard [role="status"]').last().innerText()).toContain(`Started from: ${LABEL}`);
      await expectStep(page, "payment");
      expect(new URL(page.url()).searchParams.has("preset")).toBe(false);
      await expect(valueOf(page, id("payment.depositValue"))).resolves.toBe("30");
      await expect(valueOf(page, id("payment.milestones.0.shareValue"))).resolves.toBe("25");
      await expect(valueOf(page, id("payment.milestones.1.shareValue"))).resolves.toBe("25");
      await expect(page.locator(`[id="${id("payment.milestones.3.name")}"]`).count()).resolves.toBe(0);

      // A reload does not apply the preset again.
      await page.reload();
      await waitForWizard(page);
      await expect(page.locator("[data-preset-message]").count()).resolves.toBe(0);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("a preset link on a draft with answers asks first; Cancel keeps the answers", async () => {
    const draft = sampleContractDraft();
    const session = await openWizard(`/contract?preset=${PRESET}`, { draft });
    try {
      const { page } = session;
      const question = page.getByRole("region", { name: `Start a new contract from ${LABEL}?` });
      await expect(question.isVisible()).resolves.toBe(true);
      await expect(question.innerText()).resolves.toContain("Your current answers are kept as a backup in this browser");
      await expect(focusInfo(page)).resolves.toMatchObject({ id: "preset-question-title" });

      await tabTo(page, button("Cancel"));
      await page.keyboard.press("Enter");
      await expect(question.count()).resolves.toBe(0);
      expect(new URL(page.url()).searchParams.has("preset")).toBe(false);
      await expect(valueOf(page, id("you.name"))).resolves.toBe(draft.you.name);
      const saved = await storedDraftText(page);
      expect(JSON.parse(saved!).data.payment.milestones).toHaveLength(2);
      await expect(backups(page)).resolves.toEqual({});
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("Yes starts a new contract from the preset and keeps the answers as a backup", async () => {
    const draft = sampleContractDraft();
    const session = await openWizard(`/contract?preset=${PRESET}`, { draft });
    try {
      const { page } = session;
      await tabTo(page, button("Yes, start a new contract"));
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator('[data-preset-message="started"]').innerText()).toBe(`Started from: ${LABEL}`);
      await expectStep(page, "payment");
      const saved = await waitForSavedDraft(page, (d) => d.payment.milestones.length === 3);
      expect(saved.you.name).toBe("");
      const kept = Object.values(await backups(page)).map((text) => JSON.parse(text).data.you.name);
      expect(kept).toContain(draft.you.name);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("an unknown preset says so and changes nothing", async () => {
    const draft = sampleContractDraft();
    const session = await openWizard("/contract?preset=deposit-nine-milestones", { draft });
    try {
      const { page } = session;
      await expect(page.locator('[data-preset-message="unknown"]').innerText()).resolves.toMatch(/“deposit-nine-milestones”.*Nothing was changed/);
      await expect(valueOf(page, id("you.name"))).resolves.toBe(draft.you.name);
      await expect(backups(page)).resolves.toEqual({});
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("without JavaScript the search is a plain GET form; with it, ?q= searches at once", async () => {
    const session = await openPage("/guides/?q=deposit");
    try {
      const { page } = session;
      const form = page.locator("form[role=search]");
      await expect(form.getAttribute("method")).resolves.toBe("get");
      await expect(form.getAttribute("action")).resolves.toBe("/guides/");
      await expect(page.locator("#guide-search-input").getAttribute("name")).resolves.toBe("q");
      await expect(page.locator("#guide-search-input").inputValue()).resolves.toBe("deposit");
      await expect.poll(() => page.locator("[data-guide-search-status]").innerText(), { timeout: 10_000 }).toMatch(/guides? found for “deposit”/);
      // Every topic in the library's order, each with its guides and summaries.
      const topics = await page.locator(".guide-topic h2").allInnerTexts();
      expect(topics).toHaveLength(4);
      expect(await page.locator(".guide-list__summary").count()).toBeGreaterThanOrEqual(15);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("every page has its title, description and social preview; the sitemap lists the guides", async () => {
    const session = await openPage(`/guides/${GUIDE}/`);
    try {
      const { page } = session;
      const meta = (selector: string) => page.locator(selector).getAttribute("content");
      await expect(meta('meta[property="og:type"]')).resolves.toBe("article");
      await expect(meta('meta[property="og:url"]')).resolves.toBe(`https://upfront.example/guides/${GUIDE}/`);
      await expect(meta('meta[name="twitter:card"]')).resolves.toBe("summary_large_image");
      await expect(meta('meta[property="og:title"]')).resolves.toBe(await page.locator("h1").innerText());
      expect((await meta('meta[name="description"]'))!.length).toBeGreaterThanOrEqual(70);
      const image = new URL((await meta('meta[property="og:image"]'))!);
      expect(image.origin).toBe("https://upfront.example");
      const served = await page.request.get(session.url(image.pathname));
      expect(served.status()).toBe(200);
      expect(served.headers()["content-type"]).toBe("image/png");

      const sitemap = await (await page.request.get(session.url("/sitemap-0.xml"))).text();
      for (const path of ["/", "/contract/", "/invoice/", "/guides/", `/guides/${GUIDE}/`]) {
        expect(sitemap).toContain(`<loc>https://upfront.example${path}</loc>`);
      }
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  test("print: no navigation or buttons, link addresses shown", async () => {
    const session = await openPage(`/guides/${GUIDE}/`);
    try {
      const { page } = session;
      await page.emulateMedia({ media: "print" });
      for (const selector of [".site-nav", ".guide-toc", ".guide-practice", ".site-footer"]) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      const after = await page.evaluate(() => {
        const link = document.querySelector('.guide__body a[href^="/"], .guide-related a[href^="/"]');
        return link ? getComputedStyle(link, "::after").content : "";
      });
      expect(after).toMatch(/\/guides\/|\/contract|\/invoice|\/get-paid/);
      session.assertClean();
    } finally {
      await session.close();
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`no axe violations on /guides (with results) and a guide, ${colorScheme} mode`, async () => {
      const session = await openPage("/guides/?q=invoice", { context: { colorScheme } });
      try {
        const { page } = session;
        await page.locator("[data-guide-search-results] li").first().waitFor({ timeout: 10_000 });
        await expectNoAxeViolations(page, `/guides with results (${colorScheme})`);
        await session.goto(`/guides/${GUIDE}/`);
        await expectNoAxeViolations(page, `a guide (${colorScheme})`);
        session.assertClean();
      } finally {
        await session.close();
      }
    });

    test(`fits a 320px wide screen, ${colorScheme} mode`, async () => {
      const session = await openPage("/guides/?q=deposit", { context: { colorScheme, viewport: { width: 320, height: 640 } } });
      try {
        const { page } = session;
        await page.locator("[data-guide-search-results] li").first().waitFor({ timeout: 10_000 });
        const fits = () =>
          page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
        await expect(fits()).resolves.toBe(true);
        for (const slug of readdirSync(guidesDir).map((f) => f.replace(/\.md$/, ""))) {
          await session.goto(`/guides/${slug}/`);
          await expect(fits(), slug).resolves.toBe(true);
        }
        session.assertClean();
      } finally {
        await session.close();
      }
    });
  }
});
