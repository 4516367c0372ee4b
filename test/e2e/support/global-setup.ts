// Global setup of the e2e project: serve the BUILT site (dist/) with `astro preview` on a free
// port, hand its URL to the tests, and stop it afterwards. Never the dev server: tests must see
// exactly what ships, including the production CSP.
//
// In a test:  import { inject } from "vitest";  const baseUrl = inject("baseUrl");
// (or use openPage() from ./browser.ts, which does that for you).
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startPreview } from "../../support/preview-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the preview server, e.g. "http://127.0.0.1:43121" (no trailing slash). */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL("../../..", import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreview(root);
  project.provide("baseUrl", server.baseUrl);
  return server.stop;
}
