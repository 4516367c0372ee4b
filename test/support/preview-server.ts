// Serve the BUILT site (dist/) with `astro preview` on a free port: used by the e2e tests'
// global setup and by the benchmark. Never the dev server: what is tested is what ships,
// production CSP included.
//
// With `snapshot`, dist/ is first copied to a temporary folder and served from there (--outDir),
// so a rebuild during a long benchmark can't change what is measured halfway through.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 60_000;

export interface PreviewServer {
  /** Origin, e.g. "http://127.0.0.1:43121" (no trailing slash). */
  baseUrl: string;
  /** When dist/index.html was written by the build being measured. */
  builtAt: Date;
  stop(): Promise<void>;
}

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

/** Kill the server's whole process group (it is started detached, in its own group). */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const pid = child.pid;
    if (child.exitCode !== null || child.signalCode !== null || pid === undefined) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
      resolve();
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

function copyOfDist(root: string): string {
  const snapshot = mkdtempSync(join(tmpdir(), "upfront-dist-"));
  cpSync(`${root}dist`, snapshot, { recursive: true });
  if (!existsSync(join(snapshot, "index.html"))) {
    rmSync(snapshot, { recursive: true, force: true });
    throw new Error("dist/ changed while it was being copied (a build running?): try again.");
  }
  return snapshot;
}

/** `root` is the repo root with a trailing slash. */
export async function startPreview(root: string, options: { snapshot?: boolean } = {}): Promise<PreviewServer> {
  if (!existsSync(`${root}dist/index.html`)) {
    throw new Error("The tests serve the built site, but dist/index.html is missing: run `npm run build` first.");
  }
  const builtAt = statSync(`${root}dist/index.html`).mtime;
  const snapshot = options.snapshot ? copyOfDist(root) : undefined;
  const port = await freePort();
  // --ignore-lock: stay in the foreground even where Astro would detach a second preview;
  // detached: own process group, so stop() ends it all; process.execPath: the project's Node.
  const child = spawn(
    process.execPath,
    [`${root}node_modules/.bin/astro`, "preview", "--host", HOST, "--port", String(port), "--ignore-lock", ...(snapshot ? ["--outDir", snapshot] : [])],
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

  const stop = async () => {
    await stopChild(child);
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  };
  const reported = () => output.match(/http:\/\/127\.0\.0\.1:(\d+)/)?.[1];
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`astro preview ${exited} before it answered.\n--- output ---\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro preview did not answer within ${START_TIMEOUT_MS / 1000}s.\n--- output ---\n${output}`);
    }
    const candidate = `http://${HOST}:${reported() ?? port}`;
    try {
      const response = await fetch(`${candidate}/`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { baseUrl: candidate, builtAt, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
}
