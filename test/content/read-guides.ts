import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import yaml from "js-yaml";
import type { GuideSource } from "../../src/domain/guides/check-guides";

// Reads guide files as Astro's content layer does (js-yaml; the file name is the slug), but with
// YAML's core schema, so a date stays the text that was written: js-yaml would turn 2026-02-30
// into 2 March, and the check must refuse it (bad-inputs #19). The schema takes both forms.

export function readGuide(path: string): GuideSource {
  const text = readFileSync(path, "utf8");
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const slug = basename(path, ".md");
  if (!match) return { slug, frontmatter: undefined, body: text };
  let frontmatter: unknown;
  try {
    frontmatter = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    frontmatter = { yamlError: String(error) };
  }
  return { slug, frontmatter, body: match[2]! };
}

/** Every guide in a folder (none when the folder does not exist yet). */
export function readGuides(dir: string): GuideSource[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".md")).sort();
  } catch {
    return [];
  }
  return names.map((name) => readGuide(join(dir, name)));
}
