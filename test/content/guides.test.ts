import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkGuides, describeProblems } from "../../src/domain/guides/check-guides";
import { readGuides } from "./read-guides";

// The content check of npm test: every guide in content/guides/ has valid frontmatter, links
// that resolve (guides, headings, product pages, presets), related guides that exist, at least
// one action, and a body of 600–1,500 words. Failures name the guide and what to fix.

const dir = fileURLToPath(new URL("../../content/guides", import.meta.url));
const guides = readGuides(dir);

describe("guides in content/guides", () => {
  it("have no problems", () => {
    const problems = checkGuides(guides);
    expect(problems, `\n${describeProblems(problems)}\n`).toEqual([]);
  });

  it("are found by the check (a file without frontmatter would not slip through)", () => {
    for (const guide of guides) expect(guide.frontmatter, guide.slug).toBeTypeOf("object");
  });
});

describe("the content check on broken fixture guides", () => {
  const broken = readGuides(fileURLToPath(new URL("../fixtures/guides/broken", import.meta.url)));

  it("reads the fixtures", () => {
    expect(broken.map((g) => g.slug)).toEqual(["bad-frontmatter", "bad-links", "no-frontmatter", "short-and-linked"]);
  });

  it.each([
    { slug: "bad-frontmatter", kind: "frontmatter", message: /title: Start the title with a verb/ },
    { slug: "bad-frontmatter", kind: "frontmatter", message: /summary: Write the summary as one sentence/ },
    { slug: "bad-frontmatter", kind: "frontmatter", message: /topic/ },
    { slug: "bad-frontmatter", kind: "frontmatter", message: /actions: Give at least one action/ },
    { slug: "bad-frontmatter", kind: "frontmatter", message: /updated: Write the date as YYYY-MM-DD/ },
    { slug: "bad-links", kind: "frontmatter", message: /actions\.0\.preset: No preset "deposit-four-milestones"/ },
    { slug: "bad-links", kind: "frontmatter", message: /actions\.1\.preset: This preset belongs to another wizard/ },
    { slug: "bad-links", kind: "link", message: /No guide "does-not-exist"/ },
    { slug: "bad-links", kind: "link", message: /Add the trailing slash: \/guides\/short-and-linked\// },
    { slug: "bad-links", kind: "link", message: /No heading with the id "nowhere" in short-and-linked/ },
    { slug: "bad-links", kind: "link", message: /No heading with the id "missing-here" in this guide/ },
    { slug: "bad-links", kind: "link", message: /No page at \/pricing/ },
    { slug: "bad-links", kind: "link", message: /No preset "nope"/ },
    { slug: "bad-links", kind: "link", message: /Only https and mailto links may leave the site: javascript:alert/ },
    { slug: "bad-links", kind: "link", message: /Link to other guides as \/guides\/<slug>\/, not "short-and-linked.md"/ },
    { slug: "bad-links", kind: "related", message: /No guide "not-a-guide" to relate to/ },
    { slug: "bad-links", kind: "related", message: /A guide can't be related to itself/ },
    { slug: "no-frontmatter", kind: "frontmatter", message: /frontmatter/ },
    { slug: "short-and-linked", kind: "length", message: /The body has \d+ words; write 600–1500/ },
  ])("$slug: $kind $message", ({ slug, kind, message }) => {
    const problems = checkGuides(broken).filter((p) => p.slug === slug && p.kind === kind);
    expect(problems.map((p) => p.message).some((m) => message.test(m)), describeProblems(problems)).toBe(true);
  });

  it("finds nothing wrong with the links that do resolve", () => {
    const messages = checkGuides(broken).filter((p) => p.slug === "short-and-linked" && p.kind !== "length");
    expect(messages).toEqual([]);
  });
});
