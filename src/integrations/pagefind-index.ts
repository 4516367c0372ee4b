import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

// Builds the guide search index after every `astro build` (so npm run build, npm start and
// npm test all have it): Pagefind reads the built HTML of the guide pages only and writes
// dist/pagefind/, which the search form on /guides loads when the user searches.
const UNUSED_UI_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

export function pagefindIndex(): AstroIntegration {
  return {
    name: "upfront:pagefind-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: "en" });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          // Guide pages only, and in them only the article (data-pagefind-body).
          const added = await index.addDirectory({ path: out, glob: "guides/*/index.html" });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the guides: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
          // Pagefind also writes its ready-made search UIs; /guides has its own form, so they go.
          for (const ui of UNUSED_UI_FILES) await rm(`${out}/pagefind/${ui}`, { force: true });
          logger.info(`Search index: ${added.page_count} guide page(s) in pagefind/`);
        } finally {
          await close();
        }
      },
    },
  };
}
