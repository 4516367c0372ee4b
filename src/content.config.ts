import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { GuideFrontmatter } from "./domain/guides/guide-frontmatter";

// The guides live in the top-level content/guides/ (Markdown, one file per guide; the file name
// is the slug). The same schema checks them in npm test (test/content/guides.test.ts).
const guides = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/guides" }),
  schema: GuideFrontmatter,
});

export const collections = { guides };
