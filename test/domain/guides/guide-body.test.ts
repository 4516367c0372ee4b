import { describe, expect, it } from "vitest";
import { headings, inlineText, linkTargets, readingMinutes, wordCount } from "../../../src/domain/guides/guide-body";

describe("wordCount", () => {
  it.each([
    { name: "plain words", body: "Send the invoice today.", words: 4 },
    { name: "link targets are not words", body: "Read [the scope guide](/guides/define-the-scope/) first.", words: 5 },
    { name: "headings, lists and quotes", body: "## Two words\n\n- one\n1. two\n> three four", words: 6 },
    { name: "tables: cells are words, rules are not", body: "| Day | Send |\n|---|---|\n| 1 | reminder |", words: 4 },
    { name: "amounts count as words", body: "£6,000 at 30% is £1,800.", words: 5 },
    { name: "fenced code is not read", body: "one\n```\nnot counted here\n```\ntwo", words: 2 },
    { name: "empty", body: "", words: 0 },
  ])("$name", ({ body, words }) => {
    expect(wordCount(body)).toBe(words);
  });
});

describe("readingMinutes", () => {
  it.each([
    [0, 1],
    [100, 1],
    [600, 3],
    [1_500, 7],
  ])("%i words take %i min", (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe("headings", () => {
  it("gives the ids Astro gives (github-slugger), duplicates numbered", () => {
    const body = "## Day 1: a friendly reminder\n\ntext\n\n### What to send\n\n### What to send\n\n## Use *this* [link](/x)\n\n#not a heading";
    expect(headings(body)).toEqual([
      { depth: 2, text: "Day 1: a friendly reminder", slug: "day-1-a-friendly-reminder" },
      { depth: 3, text: "What to send", slug: "what-to-send" },
      { depth: 3, text: "What to send", slug: "what-to-send-1" },
      { depth: 2, text: "Use this link", slug: "use-this-link" },
    ]);
  });

  it("reads Unicode and punctuation like Astro", () => {
    expect(headings("## Zoë's €40 fee — and “late” payments?").map((h) => h.slug)).toEqual(["zoës-40-fee--and-late-payments"]);
  });
});

describe("linkTargets", () => {
  it("finds inline links, titles, reference definitions, autolinks and href attributes", () => {
    const body = [
      'See [scope](/guides/define-the-scope/) and [terms](/contract?preset=late-fee-and-discount "Terms").',
      "[ref]: https://example.com/law",
      "<https://www.legislation.gov.uk/ukpga/1998/20>",
      '<a href="/invoice">invoice</a> and ![an image](/x.png)',
    ].join("\n");
    expect(linkTargets(body)).toEqual([
      "/guides/define-the-scope/",
      "/contract?preset=late-fee-and-discount",
      "https://example.com/law",
      "https://www.legislation.gov.uk/ukpga/1998/20",
      "/x.png",
      "/invoice",
    ]);
  });
});

describe("inlineText", () => {
  it("keeps the words of links and emphasis", () => {
    expect(inlineText("**Send** the [invoice](/invoice) `now`")).toBe("Send the invoice now");
  });
});
