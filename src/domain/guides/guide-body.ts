import GithubSlugger from "github-slugger";

// Reading a guide's Markdown body without rendering it: its words, its links and the ids its
// headings get. Heading ids use github-slugger, the rule Astro's Markdown uses, so an anchor
// checked here is the anchor on the built page.

/** Fenced code never appears in guides (spec), but a stray fence must not read as headings. */
function proseLines(body: string): string[] {
  const lines: string[] = [];
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) lines.push(line);
  }
  return lines;
}

/** Inline Markdown reduced to its text: [text](url) → text, emphasis and code marks dropped. */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/[*_`~]/g, "")
    .trim();
}

/** Words a reader reads: link targets, table rules and Markdown marks are not words. */
export function wordCount(body: string): number {
  let count = 0;
  for (const line of proseLines(body)) {
    const text = inlineText(line.replace(/^\s*(#{1,6}|>|[-*+]|\d+[.)])\s+/, "").replace(/\|/g, " "));
    count += text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return count;
}

/** At about 220 words a minute, rounded, never less than a minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}

export type Heading = { depth: number; text: string; slug: string };

/** Every heading in order, with the id Astro gives it (duplicates get -1, -2 …). */
export function headings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const found: Heading[] = [];
  for (const line of proseLines(body)) {
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = inlineText(m[2]!);
    found.push({ depth: m[1]!.length, text, slug: slugger.slug(text) });
  }
  return found;
}

/** Every link target in the body: [text](target), [ref]: target, <https://…> and href="…". */
export function linkTargets(body: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(body)) {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)/g)) targets.push(m[1]!);
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(line);
    if (definition) targets.push(definition[1]!);
    for (const m of line.matchAll(/<((?:https?|mailto):[^>\s]+)>/g)) targets.push(m[1]!);
    for (const m of line.matchAll(/href\s*=\s*["']([^"']*)["']/g)) targets.push(m[1]!);
  }
  return targets;
}
