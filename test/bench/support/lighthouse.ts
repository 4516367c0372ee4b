// Lighthouse section of the bench: the npm `lighthouse` package (Node API) drives the machine's
// Chromium against the built site with its default settings, i.e. a mobile device (Moto G Power
// screen) and simulated throttling (slow 4G, 4x CPU slowdown). Nothing here tunes Lighthouse:
// the site has to earn its scores. Median score per page and category over LIGHTHOUSE_RUNS runs.
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { Launcher } from "chrome-launcher";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { startPreview } from "../../support/preview-server.ts";
import { max, median, min, ms, table } from "./stats.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
/** Issue 6: "performance, accessibility, best practices and SEO all at least 98". */
const TARGET_SCORE = 98;
/** Home, the guide list, one guide, and each wizard (issue 6: "home, a guide, and each wizard"). */
const ALL_PAGES = ["/", "/guides/", "/guides/the-first-21-days/", "/contract", "/invoice", "/get-paid"];
/** LIGHTHOUSE_PAGES=/contract,/invoice runs only those (while fixing one page). */
const PAGES = process.env.LIGHTHOUSE_PAGES?.split(",").map((p) => p.trim()).filter(Boolean) ?? ALL_PAGES;
/** Each run is ~15 s per page on this machine, so 3 by default (6 pages x 3 = ~5 min). */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 10));
/** LIGHTHOUSE_REPORTS=dir keeps each run's full report (JSON, opens in the Lighthouse viewer). */
const REPORTS_DIR = process.env.LIGHTHOUSE_REPORTS;

// Chrome-launcher starts Chromium itself, so it is told to run headless; the rest as the bench does.
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

interface Run {
  scores: Partial<Record<Category, number>>;
  /** Per category: weighted audits that lost points, e.g. "color-contrast" or "total-blocking-time 0.83 (370 ms)". */
  losses: Partial<Record<Category, string[]>>;
  benchmarkIndex?: number;
  error?: string;
}

function losses(lhr: Result, category: Category): string[] {
  const out: string[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
    // Metric audits score between 0 and 1: show the score and the measured value.
    const partial = audit.score > 0 ? ` ${audit.score.toFixed(2)}` : "";
    out.push(`${ref.id}${partial}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
  }
  return out;
}

async function runOnce(url: string, port: number, reportName: string): Promise<Run> {
  try {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) return { scores: {}, losses: {}, error: "no result" };
    const { lhr } = result;
    if (REPORTS_DIR) {
      mkdirSync(REPORTS_DIR, { recursive: true });
      writeFileSync(join(REPORTS_DIR, `${reportName}.json`), JSON.stringify(lhr));
    }
    if (lhr.runtimeError) return { scores: {}, losses: {}, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const run: Run = { scores: {}, losses: {}, benchmarkIndex: lhr.environment.benchmarkIndex };
    for (const category of CATEGORIES) {
      const score = lhr.categories[category]?.score;
      if (typeof score === "number") run.scores[category] = Math.round(score * 100);
      run.losses[category] = losses(lhr, category);
    }
    return run;
  } catch (error) {
    return { scores: {}, losses: {}, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Run Lighthouse on every page (its own preview server and Chromium) and return the report text. */
export async function lighthouseSection(root: string): Promise<string> {
  const loadAtStart = loadavg()[0]!;
  const server = await startPreview(root, { snapshot: true });
  // A Launcher object, not launch(): it can be killed while Chromium is still starting.
  const chrome = new Launcher({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  const runs = new Map<string, Run[]>(PAGES.map((p) => [p, []]));
  // Ctrl-C ends Chromium and the preview server (its own process group) too, never leaving them behind.
  const interrupted = () => {
    chrome.kill();
    void server.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await chrome.launch();
    // Round-robin over pages, so a burst of load on the shared machine hits every page a little.
    for (let i = 0; i < RUNS; i++) {
      for (const path of PAGES) {
        const name = `${path.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "home"}-${i + 1}`;
        runs.get(path)!.push(await runOnce(server.baseUrl + path, chrome.port!, name));
      }
    }
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    chrome.kill();
    await server.stop();
  }
  return report(runs, server.builtAt, [loadAtStart, loadavg()[0]!]);
}

function report(runs: Map<string, Run[]>, builtAt: Date, load: [number, number]): string {
  const out: string[] = [];
  const benchmarkIndexes = [...runs.values()].flat().flatMap((r) => (r.benchmarkIndex ? [r.benchmarkIndex] : []));
  out.push(
    `Lighthouse ${RUNS === 1 ? "(1 run" : `(median of ${RUNS} runs`} per page; lighthouse defaults: mobile, simulated throttling; dist/ built ${builtAt.toISOString()})`,
    `   Lighthouse's benchmarkIndex of this machine: median ${ms(median(benchmarkIndexes))}` +
      ` (runs ${ms(min(benchmarkIndexes))}-${ms(max(benchmarkIndexes))}), load average (1 min) ${load[0].toFixed(2)} at start, ${load[1].toFixed(2)} at end` +
      ` (simulated throttling scales the CPU time it observes: on a busy machine performance reads low)`,
  );
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const [path, pageRuns] of runs) {
    const ok = pageRuns.filter((r) => !r.error);
    for (const failed of pageRuns.filter((r) => r.error)) notes.push(`   ${path}: a run failed: ${failed.error}`);
    for (const category of CATEGORIES) {
      const scores = ok.flatMap((r) => (r.scores[category] === undefined ? [] : [r.scores[category]!]));
      const score = median(scores);
      const measured = Number.isFinite(score);
      const verdict = !measured ? "n/a" : score >= TARGET_SCORE ? "OK" : "UNDER";
      // What cost points, from every run (a flaky loss shows with its count).
      const lost = new Map<string, number>();
      for (const run of ok) {
        for (const loss of run.losses[category] ?? []) {
          const id = loss.split(" ")[0]!;
          lost.set(id, (lost.get(id) ?? 0) + 1);
        }
      }
      const lostText = [...lost].map(([id, n]) => (n === ok.length ? id : `${id} (${n}/${ok.length})`)).join(", ");
      rows.push([
        category === CATEGORIES[0] ? path : "",
        category,
        measured ? String(score) : "-",
        scores.join(" "),
        `>= ${TARGET_SCORE}  ${verdict}`,
        lostText,
      ]);
    }
    // Metric values of the median-performance run, so a low performance score can be read.
    const byPerf = [...ok].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
    const mid = byPerf[Math.floor((byPerf.length - 1) / 2)];
    const metrics = (mid?.losses.performance ?? []).filter((l) => l.includes("("));
    if (metrics.length) notes.push(`   ${path}: performance audits under 1 (median run): ${metrics.join("; ")}`);
  }
  out.push(table(["page", "category", "median", "runs", "target", "audits that lost points"], rows, [0, 1, 4, 5]));
  out.push(...notes);
  return out.join("\n");
}
