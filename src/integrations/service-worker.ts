import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { type BuiltFile, precacheManifest } from "../domain/offline/precache-manifest";

// Writes dist/sw.js after every build: the worker in src/service-worker/ bundled with the list of
// the files this build wrote (and their content hashes), so the whole site works offline after a
// first visit. Hand-written rather than a PWA plugin: @vite-pwa/astro does not support Astro 6 or
// 7 (its peer range stops at Astro 5 and the upgrade was closed unmerged). Must come after
// pagefindIndex() in the integrations list: the search index is precached too.
const WORKER_SOURCE = fileURLToPath(new URL("../service-worker/service-worker.ts", import.meta.url));

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

async function listFiles(out: string): Promise<BuiltFile[]> {
  const paths = (await readdir(out, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(out.length).replace(/^\/+/, ""))
    .sort();
  return Promise.all(
    paths.map(async (path) => {
      const bytes = await readFile(`${out}/${path}`);
      return { path, hash: sha256(bytes).slice(0, 16), bytes: bytes.length };
    }),
  );
}

// `astro dev` and `astro preview` share localhost:4321: a worker installed by the preview would
// keep answering the dev server's pages from its cache. In dev, /sw.js is this worker instead,
// which empties the cache and unregisters itself (a dev page's next reload is live again).
const DEV_WORKER = `self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith("upfront-")) await caches.delete(name);
  await self.registration.unregister();
})()));
`;

export function serviceWorker(): AstroIntegration {
  return {
    name: "upfront:service-worker",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use("/sw.js", (_request, response) => {
          response.setHeader("Content-Type", "text/javascript; charset=utf-8");
          response.setHeader("Cache-Control", "no-cache");
          response.end(DEV_WORKER);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir).replace(/\/+$/, "");
        const manifest = precacheManifest(await listFiles(out), sha256);
        const result = await build({
          entryPoints: [WORKER_SOURCE],
          bundle: true,
          write: false,
          format: "iife",
          target: "es2022",
          legalComments: "none",
          define: { __UPFRONT_PRECACHE__: JSON.stringify({ version: manifest.version, entries: manifest.entries, onDemand: manifest.onDemand }) },
        });
        await writeFile(`${out}/sw.js`, result.outputFiles[0]!.contents);
        const mb = (manifest.bytes / 1024 / 1024).toFixed(1);
        logger.info(`Service worker: sw.js precaches ${manifest.entries.length} files (${mb} MB), keeps ${manifest.onDemand.length} on first use, version ${manifest.version}`);
      },
    },
  };
}
