import { findPreset, WIZARD_PATHS, type Wizard } from "../presets/preset-index";
import { GuideFrontmatter } from "./guide-frontmatter";
import { headings, linkTargets, wordCount } from "./guide-body";

// Checks the whole library at once: what one guide can't know alone (does the guide it links to
// exist? does that heading?). The build stops on any problem but length; npm test reports all.

export const MIN_WORDS = 600;
export const MAX_WORDS = 1_500;

export type GuideSource = {
  /** The file name without .md: the guide's address is /guides/<slug>/. */
  slug: string;
  /** The frontmatter as parsed from YAML (unchecked). */
  frontmatter: unknown;
  body: string;
};

export type GuideProblem = {
  slug: string;
  kind: "frontmatter" | "link" | "related" | "order" | "length";
  message: string;
};

const WIZARD_BY_PATH = new Map(Object.entries(WIZARD_PATHS).map(([wizard, path]) => [path, wizard as Wizard]));

/** Why an internal link does not resolve, or null when it does. External links are https or mailto only. */
function linkProblem(target: string, own: Set<string>, anchorsOf: Map<string, Set<string>>): string | null {
  if (target === "") return "An empty link";
  if (/^mailto:/i.test(target)) return null;
  if (/^https:\/\//i.test(target)) return /\s/.test(target) ? `A link with a space: ${target}` : null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return `Only https and mailto links may leave the site: ${target}`;
  if (target.startsWith("//")) return `Write the full https:// address: ${target}`;
  if (target.startsWith("#")) {
    return own.has(target.slice(1)) ? null : `No heading with the id "${target.slice(1)}" in this guide`;
  }
  if (!target.startsWith("/")) return `Link to other guides as /guides/<slug>/, not "${target}"`;

  const [pathAndQuery, anchor] = target.split("#", 2) as [string, string | undefined];
  const [path, query = ""] = pathAndQuery.split("?", 2) as [string, string | undefined];
  const guide = /^\/guides\/([^/]+)(\/?)$/.exec(path);
  if (guide) {
    const anchors = anchorsOf.get(guide[1]!);
    if (!anchors) return `No guide "${guide[1]}" (${target})`;
    if (guide[2] !== "/") return `Add the trailing slash: /guides/${guide[1]}/`;
    if (query) return `A guide link takes no query: ${target}`;
    return anchor === undefined || anchors.has(anchor) ? null : `No heading with the id "${anchor}" in ${guide[1]} (${target})`;
  }
  if (path === "/guides/" || path === "/") return anchor || query ? `Link to ${path} without a query or anchor` : null;
  const wizard = WIZARD_BY_PATH.get(path.replace(/\/$/, ""));
  if (!wizard) return `No page at ${path}`;
  if (anchor !== undefined) return `A link into ${path} takes no anchor: ${target}`;
  if (!query) return null;
  const params = new URLSearchParams(query);
  const preset = params.get("preset");
  if ([...params.keys()].some((k) => k !== "preset") || preset === null) return `The only query a wizard link takes is ?preset=<id>: ${target}`;
  const found = findPreset(preset);
  if (!found) return `No preset "${preset}" (${target})`;
  return found.wizard === wizard ? null : `The preset "${preset}" belongs to ${WIZARD_PATHS[found.wizard]}, not ${path}`;
}

function relatedOf(frontmatter: unknown): string[] {
  const related = frontmatter !== null && typeof frontmatter === "object" ? (frontmatter as { related?: unknown }).related : undefined;
  return Array.isArray(related) ? related.filter((r): r is string => typeof r === "string") : [];
}

export function checkGuides(guides: readonly GuideSource[]): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const anchorsOf = new Map(guides.map((g) => [g.slug, new Set(headings(g.body).map((h) => h.slug))]));
  const orderSeen = new Map<string, string>();

  for (const guide of guides) {
    const add = (kind: GuideProblem["kind"], message: string) => problems.push({ slug: guide.slug, kind, message });
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(guide.slug)) add("frontmatter", "The file name must be lower-case words joined by hyphens");

    const parsed = GuideFrontmatter.safeParse(guide.frontmatter);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add("frontmatter", `${issue.path.join(".") || "frontmatter"}: ${issue.message}`);
    } else {
      const { topic, order } = parsed.data;
      const key = `${topic} ${order}`;
      const other = orderSeen.get(key);
      if (other) add("order", `Order ${order} in "${topic}" is already taken by ${other}`);
      else orderSeen.set(key, guide.slug);
    }
    // Related guides are checked even when another field is wrong, so one run shows every problem.
    for (const slug of relatedOf(guide.frontmatter)) {
      if (slug === guide.slug) add("related", "A guide can't be related to itself");
      else if (!anchorsOf.has(slug)) add("related", `No guide "${slug}" to relate to`);
    }

    const own = anchorsOf.get(guide.slug) ?? new Set<string>();
    for (const target of linkTargets(guide.body)) {
      const problem = linkProblem(target.trim(), own, anchorsOf);
      if (problem) add("link", problem);
    }

    const words = wordCount(guide.body);
    if (words < MIN_WORDS || words > MAX_WORDS) add("length", `The body has ${words} words; write ${MIN_WORDS}–${MAX_WORDS}`);
  }
  return problems;
}

/** The problems as lines for an error message: "define-the-scope: No guide "x"". */
export function describeProblems(problems: readonly GuideProblem[]): string {
  return problems.map((p) => `- ${p.slug}: ${p.message}`).join("\n");
}
