// Records what a browser context fetches, tagged with the phase it was requested in
// ("load" = first load, "click" = after the Download click, ...), with raw and gzip -9 sizes.
import { gzipSync } from "node:zlib";
import type { BrowserContext, Request, Response } from "playwright-core";

export type ResourceKind = "js" | "font" | "wasm" | "other";

export interface Resource {
  url: string;
  kind: ResourceKind;
  phase: string;
  status: number;
  /** Decoded body bytes. */
  raw: number;
  /** Body compressed with node:zlib gzip level 9. */
  gzip: number;
}

function kindOf(response: Response): ResourceKind {
  const request = response.request();
  const path = new URL(response.url()).pathname.toLowerCase();
  const type = (response.headers()["content-type"] ?? "").toLowerCase();
  if (request.resourceType() === "script" || /javascript|ecmascript/.test(type) || /\.(m?js)$/.test(path)) return "js";
  if (request.resourceType() === "font" || type.startsWith("font/") || /\.(ttf|otf|woff2?)$/.test(path)) return "font";
  if (type.includes("wasm") || path.endsWith(".wasm")) return "wasm";
  return "other";
}

export class NetworkRecorder {
  /** Phase given to requests that start from now on. */
  phase = "load";
  readonly resources: Resource[] = [];
  private readonly phases = new WeakMap<Request, string>();
  private readonly bodies: Promise<void>[] = [];
  private inflight = 0;
  private lastActivity = Date.now();

  constructor(context: BrowserContext) {
    // The service worker's own downloads (it precaches the whole site in the background) are
    // not what a page loads: they are left out of every phase.
    const byWorker = (request: Request) => request.serviceWorker() !== null;
    context.on("request", (request) => {
      if (byWorker(request)) return;
      this.phases.set(request, this.phase);
      this.inflight += 1;
      this.lastActivity = Date.now();
    });
    const done = (request: Request) => {
      if (byWorker(request)) return;
      this.inflight = Math.max(0, this.inflight - 1);
      this.lastActivity = Date.now();
    };
    context.on("requestfinished", done);
    context.on("requestfailed", done);
    context.on("response", (response) => {
      if (!/^https?:/.test(response.url()) || byWorker(response.request())) return;
      const phase = this.phases.get(response.request()) ?? this.phase;
      this.bodies.push(
        response
          .body()
          .then((body) => {
            this.resources.push({
              url: response.url(),
              kind: kindOf(response),
              phase,
              status: response.status(),
              raw: body.length,
              gzip: gzipSync(body, { level: 9 }).length,
            });
          })
          .catch(() => {
            // redirects and aborted requests have no body
          }),
      );
    });
  }

  /** Wait until no request has been in flight for `quietMs` (like Playwright's networkidle). */
  async settle(quietMs = 500, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.inflight > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`network never went quiet (${this.inflight} request(s) in flight)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(this.bodies);
  }

  /** Resources of one phase and kind, each URL once, biggest (gzip) first. */
  select(phase: string, kind: ResourceKind): Resource[] {
    const seen = new Set<string>();
    return this.resources
      .filter((r) => r.phase === phase && r.kind === kind && r.status < 400)
      .filter((r) => (seen.has(r.url) ? false : (seen.add(r.url), true)))
      .sort((a, b) => b.gzip - a.gzip);
  }
}
