// Global setup of the e2e project: serve the BUILT site (dist/) with `astro preview` on a free
// port, hand its URL to the tests, and stop it afterwards. Never the dev server: tests must see
// exactly what ships, including the production CSP.
//
// In a test:  import { inject } from "vitest";  const baseUrl = inject("baseUrl");
// (or use openPage() from ./browser.ts, which does that for you).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the preview server, e.g. "http://127.0.0.1:43121" (no trailing slash). */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL("../../..", import.meta.url));
const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 60_000;

/** Ask the OS for a port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("Could not find a free port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Kill the preview server and everything it started (it runs in its own process group). */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      resolve();
      return;
    }
    const pid = child.pid;
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${root}dist/index.html`)) {
    throw new Error(
      "e2e tests serve the built site, but dist/index.html is missing: run `npm run build` first.",
    );
  }

  const port = await freePort();
  const astroBin = `${root}node_modules/.bin/astro`;
  // --ignore-lock: run in the foreground even if another preview (or an agent auto-background
  // check) would otherwise detach it; detached: own process group, so teardown can kill it all.
  // process.execPath: the same Node that runs vitest (the project's Node 24), not whatever
  // `node` is first on PATH.
  const child = spawn(
    process.execPath,
    [astroBin, "preview", "--host", HOST, "--port", String(port), "--ignore-lock"],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    },
  );

  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exited: string | undefined;
  child.once("exit", (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));
  child.once("error", (error) => (exited = `failed to start: ${error.message}`));

  // The port can in theory be taken between freePort() and listen(); vite then moves to
  // another one and prints it, so prefer the URL the server itself reports.
  const reported = () => output.match(/http:\/\/127\.0\.0\.1:(\d+)/)?.[1];
  const deadline = Date.now() + START_TIMEOUT_MS;
  let baseUrl = "";
  while (!baseUrl) {
    if (exited) {
      throw new Error(`astro preview ${exited} before it answered.\n--- output ---\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop(child);
      throw new Error(
        `astro preview did not answer within ${START_TIMEOUT_MS / 1000}s.\n--- output ---\n${output}`,
      );
    }
    const candidate = `http://${HOST}:${reported() ?? port}`;
    try {
      const response = await fetch(`${candidate}/`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) baseUrl = candidate;
    } catch {
      // not listening yet
    }
    if (!baseUrl) await sleep(200);
  }

  project.provide("baseUrl", baseUrl);

  return async () => {
    await stop(child);
  };
}
