import { getCollection, type CollectionEntry } from "astro:content";
import { checkGuides, describeProblems } from "../../domain/guides/check-guides";
import { readingMinutes, wordCount } from "../../domain/guides/guide-body";
import type { GuideFrontmatter } from "../../domain/guides/guide-frontmatter";

// The guides as the pages use them. The schema has checked each guide's frontmatter; this checks
// the library as a whole, so the build stops on a link to a guide, heading or preset that does
// not exist. Body length is left to npm test (test/content/guides.test.ts), which reports it.

export type Guide = GuideFrontmatter & { slug: string; minutes: number; entry: CollectionEntry<"guides"> };

let loaded: Promise<Guide[]> | undefined;

async function load(): Promise<Guide[]> {
  const entries = await getCollection("guides");
  const problems = checkGuides(entries.map((e) => ({ slug: e.id, frontmatter: e.data, body: e.body ?? "" }))).filter(
    (p) => p.kind !== "length",
  );
  if (problems.length > 0) throw new Error(`The guides have problems:\n${describeProblems(problems)}`);
  return entries.map((entry) => ({ ...entry.data, slug: entry.id, minutes: readingMinutes(wordCount(entry.body ?? "")), entry }));
}

/** Every guide, checked once per build. */
export function allGuides(): Promise<Guide[]> {
  loaded ??= load();
  return loaded;
}
