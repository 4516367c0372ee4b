import { isValidCalendarDate } from "../dates/calendar-date";
import { findPreset, WIZARDS } from "../presets/preset-index";
import { z } from "../zod";

// A guide's frontmatter (content/guides/<slug>.md), checked by the content collection at build
// time and by the content check in npm test, with the same schema.

/** The library's sections, in the order a freelancer meets them, with their headings. */
export const TOPICS = [
  { id: "prevent", heading: "Before the work: prevent late payment" },
  { id: "when-late", heading: "When a payment is late" },
  { id: "disputes-and-hardship", heading: "Disputes and clients who can't pay" },
  { id: "escalate", heading: "Escalate, then fix your process" },
] as const;
export type TopicId = (typeof TOPICS)[number]["id"];
const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// A title is an instruction ("Take a deposit…"). A word list can't prove a verb, so this refuses
// the usual non-imperative openings instead: articles, question words, possessives, numbers.
const NOT_A_VERB = new Set([
  "a", "an", "the", "how", "why", "what", "when", "where", "who", "which", "your", "my", "our", "their",
  "this", "these", "that", "those", "tips", "guide", "ways", "reasons", "things", "top", "best", "is", "are",
]);
export function startsWithVerb(title: string): boolean {
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(title.trim())?.[0];
  return first !== undefined && !NOT_A_VERB.has(first.toLowerCase());
}

/** One sentence: ends with . ! or ?, and no sentence ends before that (no ". " followed by a capital). */
export function isOneSentence(text: string): boolean {
  const t = text.trim();
  return /[.!?]$/.test(t) && !/[.!?]["'’”)]?\s+\p{Lu}/u.test(t.slice(0, -1));
}

const plain = (min: number, max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(min, { error: `Write at least ${min} characters` }),
    z.maxLength(max, { error: `Keep it to ${max} characters or fewer` }),
    z.refine((s) => !/[<>]/.test(s), { error: "Plain text only: no HTML" }),
  );

const Slug = z.string().check(z.regex(SLUG_PATTERN, { error: "A guide slug is lower-case words joined by hyphens" }));

export const GuideAction = z
  .object({
    label: plain(5, 90),
    wizard: z.enum(WIZARDS),
    preset: z.optional(Slug),
  })
  .check(
    z.refine((a) => a.preset === undefined || findPreset(a.preset) !== undefined, {
      error: (issue) => `No preset "${(issue.input as { preset?: string }).preset}" in src/domain/presets/preset-index.ts`,
      path: ["preset"],
    }),
    z.refine((a) => a.preset === undefined || (findPreset(a.preset)?.wizard ?? a.wizard) === a.wizard, {
      error: (issue) => `This preset belongs to another wizard than "${(issue.input as { wizard?: string }).wizard}"`,
      path: ["preset"],
    }),
  );
export type GuideAction = z.infer<typeof GuideAction>;

/** YAML reads 2026-12-06 as a Date (Astro's parser) or a string (others): both become "2026-12-06". */
const UpdatedDate = z.pipe(
  z.union([z.string(), z.date()]),
  z.transform((value) => (value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10)) : value.trim())),
).check(z.refine(isValidCalendarDate, { error: "Write the date as YYYY-MM-DD" }));

export const GuideFrontmatter = z.strictObject({
  title: plain(10, 70).check(z.refine(startsWithVerb, { error: "Start the title with a verb (an instruction)" })),
  description: plain(70, 160),
  summary: plain(20, 200).check(z.refine(isOneSentence, { error: "Write the summary as one sentence" })),
  topic: z.enum(TOPIC_IDS),
  order: z.int().check(z.positive()),
  updated: UpdatedDate,
  related: z.array(Slug).check(
    z.minLength(2, { error: "Name 2 to 4 related guides" }),
    z.maxLength(4, { error: "Name 2 to 4 related guides" }),
    z.refine((r) => new Set(r).size === r.length, { error: "A related guide is named twice" }),
  ),
  actions: z.array(GuideAction).check(z.minLength(1, { error: "Give at least one action" }), z.maxLength(4)),
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatter>;
