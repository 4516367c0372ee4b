// @ts-check
import { defineConfig } from "astro/config";
import { satteri } from "@astrojs/markdown-satteri";
import react from "@astrojs/react";
import sitemap from "@astrojs/sitemap";
import { pagefindIndex } from "./src/integrations/pagefind-index.ts";
import { serviceWorker } from "./src/integrations/service-worker.ts";
import { guideMarkup } from "./src/integrations/guide-markup.ts";
import { firstUse } from "./src/integrations/first-use/first-use.ts";

// Static output only: dist/ is plain files for any static host, no server to run.
export default defineConfig({
  output: "static",
  site: "https://upfront.example",
  // pagefindIndex() runs after the build and indexes the guide pages for the search on /guides;
  // serviceWorker() then writes dist/sw.js, which precaches every file (the index too) for offline use.
  // firstUse() adds client:first-use: a wizard's first view is HTML, its code loads when the visitor starts.
  // React renders to a string: a streamed Suspense boundary would need React's inline script to show.
  integrations: [react({ experimentalDisableStreaming: true }), firstUse(), sitemap(), pagefindIndex(), serviceWorker()],
  build: { format: "directory" },
  security: {
    csp: {
      // react-pdf's layout engine is WebAssembly: it needs 'wasm-unsafe-eval' (see ../shared/pdf-notes.md).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Everything comes from this site: no third-party request is possible. blob:/data: cover
      // PDFs and images made in the browser. (frame-ancestors/report-uri are ignored in a <meta> CSP.)
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' data: blob:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // Shiki writes inline styles, which the CSP (no 'unsafe-inline') would block; guides need no code colouring.
  // Guides: task-list boxes hidden from screen readers, wide tables in a focusable box (guide-markup.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [guideMarkup] }) },
  vite: {
    // The PDF engine (~1.2 MB, ~440 KB gzip) is one lazily loaded chunk by design.
    build: { chunkSizeWarningLimit: 1_300 },
    // The PDF worker imports the same font files as the page's fallback path: name its assets
    // like the page's, so each font is written to dist/ once.
    worker: { format: "es", rollupOptions: { output: { assetFileNames: "_astro/[name].[hash][extname]" } } },
  },
});
