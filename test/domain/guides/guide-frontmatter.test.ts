import { describe, expect, it } from "vitest";
import { GuideFrontmatter, isOneSentence, startsWithVerb } from "../../../src/domain/guides/guide-frontmatter";
import { groupByTopic } from "../../../src/domain/guides/guide-library";

const valid = {
  title: "Take a deposit and bill by milestones",
  description: "How a deposit and milestone payments keep the money you are owed small, with a worked example for a £6,000 project.",
  summary: "Ask for part of the fee before you start and the rest as the work is delivered.",
  topic: "prevent",
  order: 3,
  updated: new Date("2026-12-06T00:00:00Z"),
  related: ["define-the-scope", "write-invoices-that-get-paid"],
  actions: [{ label: "Start a contract with a 30% deposit and three milestones", wizard: "contract", preset: "deposit-three-milestones" }],
};

describe("GuideFrontmatter", () => {
  it("accepts a valid guide, the date as YAML's Date or as text", () => {
    expect(GuideFrontmatter.parse(valid).updated).toBe("2026-12-06");
    expect(GuideFrontmatter.parse({ ...valid, updated: "2026-12-06" }).updated).toBe("2026-12-06");
  });

  it.each([
    { name: "a title that is a question", change: { title: "How do deposits work?" }, path: "title" },
    { name: "a title over 70 characters", change: { title: `Take ${"a very long title ".repeat(5)}` }, path: "title" },
    { name: "a description under 70 characters", change: { description: "Too short." }, path: "description" },
    { name: "HTML in the description", change: { description: `${"x".repeat(70)}<script>alert(1)</script>` }, path: "description" },
    { name: "two sentences in the summary", change: { summary: "Ask first. Then start." }, path: "summary" },
    { name: "an unknown topic", change: { topic: "misc" }, path: "topic" },
    { name: "order 0", change: { order: 0 }, path: "order" },
    { name: "order 1.5", change: { order: 1.5 }, path: "order" },
    { name: "#19 a date that does not exist", change: { updated: "2026-02-30" }, path: "updated" },
    { name: "#19 a date in another format", change: { updated: "06/12/2026" }, path: "updated" },
    { name: "one related guide", change: { related: ["define-the-scope"] }, path: "related" },
    { name: "five related guides", change: { related: ["a", "b", "c", "d", "e"] }, path: "related" },
    { name: "a related guide twice", change: { related: ["a", "a"] }, path: "related" },
    { name: "a related slug with capitals", change: { related: ["Define-The-Scope", "a"] }, path: "related.0" },
    { name: "no action", change: { actions: [] }, path: "actions" },
    { name: "an unknown wizard", change: { actions: [{ label: "Do it now", wizard: "calendar" }] }, path: "actions.0.wizard" },
    { name: "an unknown preset", change: { actions: [{ label: "Do it now", wizard: "contract", preset: "nope" }] }, path: "actions.0.preset" },
    { name: "another wizard's preset", change: { actions: [{ label: "Do it now", wizard: "invoice", preset: "deposit-three-milestones" }] }, path: "actions.0.preset" },
    { name: "an unknown field (a typo)", change: { sumary: "x" }, path: "" },
  ])("rejects $name", ({ change, path }) => {
    const result = GuideFrontmatter.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("startsWithVerb", () => {
  it.each(["Take a deposit", "Follow up in the first 21 days", "Rule out the mundane reasons", "Document everything"])("accepts %j", (title) => {
    expect(startsWithVerb(title)).toBe(true);
  });
  it.each(["The first 21 days", "How to chase", "Why clients don't pay", "10 tips", "take a deposit", ""])("refuses %j", (title) => {
    expect(startsWithVerb(title)).toBe(false);
  });
});

describe("isOneSentence", () => {
  it.each([
    ["Ask for a deposit before you start.", true],
    ["Is it late? Ask.", false],
    ["Send it on day 1, e.g. by e-mail.", true],
    ["No full stop", false],
  ] as const)("%j → %s", (text, one) => {
    expect(isOneSentence(text)).toBe(one);
  });
});

describe("groupByTopic", () => {
  it("orders topics as the library does and guides by order; empty topics are left out", () => {
    const sections = groupByTopic([
      { slug: "b", topic: "escalate", order: 1 },
      { slug: "c", topic: "prevent", order: 2 },
      { slug: "a", topic: "prevent", order: 1 },
    ] as const);
    expect(sections.map((s) => [s.id, s.guides.map((g) => g.slug)])).toEqual([
      ["prevent", ["a", "c"]],
      ["escalate", ["b"]],
    ]);
    expect(sections[0]!.heading).toMatch(/prevent/i);
  });
});
