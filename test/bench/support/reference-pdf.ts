// The bench's reference: the same documents built by a lower-level PDF library (jsPDF, see
// ../reference/), timed in the same Chromium run as the site's react-pdf, so each react-pdf figure
// can be read next to "what the same PDF costs without a layout engine".
//
// Both engines are driven the same way here: a bare page on the site's origin (served by a
// Playwright route, never part of dist/) starts a Web Worker and posts it the document model;
// the time is postMessage → Blob back (warm) or new Worker() → Blob (cold: script, fonts and the
// first PDF, in a fresh browser context with an empty cache). The react-pdf worker is the site's
// own built worker from dist/, so the "react-pdf, worker" column is the same harness as jsPDF's.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { DocumentModel } from "../../../src/domain/document/document-model.ts";
import { BENCH_INVOICE_ID, sampleDraftJson, sampleInvoiceBookJson } from "./sample-draft.ts";
import { median, min, max, ms, table } from "./stats.ts";

const HARNESS = "/__bench-reference/";
const ENGINES = ["react-pdf", "jsPDF"] as const;
type Engine = (typeof ENGINES)[number];

export interface ReferenceOptions {
  /** Extra deliverables that make the 10-page contract (the calibration in run.ts); null: the sample draft. */
  extraDeliverables: number | null;
  longInvoiceLines: number;
  coldRuns: number;
  warmRuns: number;
}

interface ReferenceDocument {
  label: string;
  /** The label of the site's own bench of the same document (run.ts), for its click figures. */
  siteLabel: string;
  model: DocumentModel;
}

interface EngineFigures {
  cold: number[];
  warm: number[];
  pages: number | null;
  bytes: number;
}

export interface ReferenceDocumentResult {
  label: string;
  siteLabel: string;
  engines: Partial<Record<Engine, EngineFigures>>;
  error?: string;
}

export interface ReferenceResult {
  error?: string;
  bundleKb?: number;
  documents: ReferenceDocumentResult[];
}

/** What the report needs from run.ts's own PDF benches (click → blob on the wizard's page). */
export interface SiteBench {
  label: string;
  cold: { ms: number }[];
  warm: { ms: number }[];
  pdf?: { pages: number | null } | undefined;
}

/** Bundles one entry of ../reference/ with esbuild, in memory. */
async function bundle(root: string, entry: string, platform: "browser" | "node"): Promise<string> {
  const result = await build({
    entryPoints: [join(root, "test/bench/reference", entry)],
    bundle: true,
    format: "esm",
    platform,
    target: platform === "node" ? "node22" : "es2022",
    minify: platform === "browser",
    write: false,
    logLevel: "silent",
    // jsPDF's optional HTML and SVG helpers (dynamic imports it never reaches here).
    external: ["html2canvas", "dompurify", "canvg"],
  });
  return result.outputFiles[0]!.text;
}

/**
 * The document models, from the same saved JSON the site's bench puts in localStorage, read by the
 * project's own code (bench-models.ts, bundled for Node into a temp folder and imported).
 */
async function referenceDocuments(root: string, options: ReferenceOptions): Promise<ReferenceDocument[]> {
  const draftJson = await sampleDraftJson(options.extraDeliverables ?? 0);
  const shortInvoiceJson = await sampleInvoiceBookJson();
  const longInvoiceJson = await sampleInvoiceBookJson(options.longInvoiceLines);
  const dir = mkdtempSync(join(tmpdir(), "upfront-reference-models-"));
  let models: typeof import("../reference/bench-models.ts");
  try {
    const file = join(dir, "bench-models.mjs");
    writeFileSync(file, await bundle(root, "bench-models.ts", "node"));
    models = await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const today = new Date().toISOString().slice(0, 10);
  return [
    {
      label: options.extraDeliverables === null ? "contract, sample draft" : "contract, 10-page draft",
      siteLabel: options.extraDeliverables === null ? "sample draft" : "10-page draft",
      model: models.contractModel(draftJson, today),
    },
    { label: "invoice, 4 lines", siteLabel: "invoice, 4 lines", model: models.invoiceModel(shortInvoiceJson, BENCH_INVOICE_ID, today) },
    {
      label: `invoice, ${options.longInvoiceLines} lines`,
      siteLabel: `invoice, ${options.longInvoiceLines} lines`,
      model: models.invoiceModel(longInvoiceJson, BENCH_INVOICE_ID, today),
    },
  ];
}

/** The built site's files the harness needs: its PDF worker and the three Noto Sans TTFs. */
function builtAssets(root: string): { worker: string; fonts: { regular: string; bold: string; italic: string } } {
  const files = readdirSync(join(root, "dist/_astro"));
  const find = (pattern: RegExp, what: string) => {
    const file = files.find((name) => pattern.test(name));
    if (!file) throw new Error(`dist/_astro has no ${what}`);
    return `/_astro/${file}`;
  };
  return {
    worker: find(/^render-document-pdf\.worker-.*\.js$/, "PDF worker"),
    fonts: {
      regular: find(/^NotoSans_400Regular\..*\.ttf$/, "Noto Sans regular"),
      bold: find(/^NotoSans_700Bold\..*\.ttf$/, "Noto Sans bold"),
      italic: find(/^NotoSans_400Regular_Italic\..*\.ttf$/, "Noto Sans italic"),
    },
  };
}

/** The harness page's script: starts workers, times renders, hands the last PDF back as base64. */
const HARNESS_SCRIPT = `
const workers = {};
const last = {};
let nextId = 1;
function start(engine, urls) {
  return new Worker(engine === "jsPDF" ? urls.reference : urls.site, { type: "module", name: "bench-" + engine });
}
function render(worker, message) {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const onMessage = (event) => {
      if (event.data.id !== id) return;
      worker.removeEventListener("message", onMessage);
      event.data.ok ? resolve(event.data.blob) : reject(new Error(event.data.message));
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", (event) => reject(new Error(event.message || "worker failed")), { once: true });
    worker.postMessage({ ...message, id });
  });
}
window.bench = {
  async time(engine, model, urls) {
    const began = performance.now();
    const worker = (workers[engine] ??= start(engine, urls));
    last[engine] = await render(worker, { model, fonts: urls.fonts });
    return performance.now() - began;
  },
  async pdf(engine) {
    const bytes = new Uint8Array(await last[engine].arrayBuffer());
    let text = "";
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  },
};
`;

interface Urls {
  site: string;
  reference: string;
  fonts: { regular: string; bold: string; italic: string };
}

async function harnessPage(browser: Browser, baseUrl: string, bundle: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.route((url) => url.pathname.startsWith(HARNESS), (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith("/worker.js")) return route.fulfill({ contentType: "text/javascript", body: bundle });
    return route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>PDF reference bench</title><script type="module">${HARNESS_SCRIPT}</script></html>`,
    });
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${HARNESS}`, { waitUntil: "load" });
  await page.waitForFunction(() => "bench" in window);
  return { page, close: () => context.close() };
}

const timeRender = (page: Page, engine: Engine, model: DocumentModel, urls: Urls): Promise<number> =>
  page.evaluate(
    ([e, m, u]) => (window as unknown as { bench: { time(e: string, m: unknown, u: unknown): Promise<number> } }).bench.time(e, m, u),
    [engine, model, urls] as const,
  );

/** Page count and size of a PDF given as base64 (pdfinfo, or the page tree's /Count). */
function pdfFacts(base64: string): { pages: number | null; bytes: number } {
  const bytes = Buffer.from(base64, "base64");
  const dir = mkdtempSync(join(tmpdir(), "upfront-reference-"));
  try {
    const file = join(dir, "document.pdf");
    writeFileSync(file, bytes);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const pages = Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
    return { pages: Number.isFinite(pages) ? pages : null, bytes: bytes.length };
  } catch {
    const count = bytes.toString("latin1").match(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/);
    return { pages: count ? Number(count[1]) : null, bytes: bytes.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sleep = (msec: number) => new Promise((resolve) => setTimeout(resolve, msec));

async function measureDocument(browser: Browser, baseUrl: string, bundle: string, urls: Urls, doc: ReferenceDocument, options: ReferenceOptions): Promise<ReferenceDocumentResult> {
  const result: ReferenceDocumentResult = { label: doc.label, siteLabel: doc.siteLabel, engines: {} };
  const figures = (engine: Engine) => (result.engines[engine] ??= { cold: [], warm: [], pages: null, bytes: 0 });
  try {
    // Cold: each engine in its own fresh context (nothing cached), the engines taking turns first.
    for (let run = 0; run < options.coldRuns; run++) {
      for (const engine of run % 2 ? [...ENGINES].reverse() : ENGINES) {
        const harness = await harnessPage(browser, baseUrl, bundle);
        try {
          figures(engine).cold.push(await timeRender(harness.page, engine, doc.model, urls));
        } finally {
          await harness.close();
        }
      }
    }
    // Warm: both workers on one page, started and used once, then taking turns.
    const harness = await harnessPage(browser, baseUrl, bundle);
    try {
      for (const engine of ENGINES) await timeRender(harness.page, engine, doc.model, urls);
      for (let i = 0; i < options.warmRuns; i++) {
        for (const engine of ENGINES) {
          await sleep(100);
          figures(engine).warm.push(await timeRender(harness.page, engine, doc.model, urls));
        }
      }
      for (const engine of ENGINES) {
        const base64 = await harness.page.evaluate((e) => (window as unknown as { bench: { pdf(e: string): Promise<string> } }).bench.pdf(e), engine);
        Object.assign(figures(engine), pdfFacts(base64));
      }
    } finally {
      await harness.close();
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

/** Times the site's react-pdf worker and the jsPDF reference on the same three documents. */
export async function measureReference(browser: Browser, baseUrl: string, root: string, options: ReferenceOptions): Promise<ReferenceResult> {
  try {
    const documents = await referenceDocuments(root, options);
    const workerBundle = await bundle(root, "reference-worker.ts", "browser");
    const assets = builtAssets(root);
    const urls: Urls = {
      site: baseUrl + assets.worker,
      reference: `${baseUrl}${HARNESS}worker.js`,
      fonts: {
        regular: baseUrl + assets.fonts.regular,
        bold: baseUrl + assets.fonts.bold,
        italic: baseUrl + assets.fonts.italic,
      },
    };
    const results: ReferenceDocumentResult[] = [];
    for (const doc of documents) results.push(await measureDocument(browser, baseUrl, workerBundle, urls, doc, options));
    return { bundleKb: Buffer.byteLength(workerBundle) / 1024, documents: results };
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error), documents: [] };
  }
}

const ratio = (a: number, b: number): string => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}x` : "n/a");

/** The comparison table: each react-pdf figure next to jsPDF's for the same document. */
export function referenceReport(reference: ReferenceResult, site: readonly SiteBench[]): string {
  const out: string[] = [];
  out.push("", "4. The same PDFs from a lower-level library: jsPDF 4 (test/bench/reference/, never shipped), same run, same models, same Noto Sans TTFs");
  out.push("   site click = section 3's figure (click to blob, wizard page; its 'cold' is the first click after the worker warm-up).");
  out.push("   worker = both engines driven alike from a bare page: postMessage to Blob (warm median), or new Worker() to Blob in a fresh context (cold: script, fonts, first PDF).");
  if (reference.error) {
    out.push(`   not measured: ${reference.error}`);
    return out.join("\n");
  }
  const rows: string[][] = [];
  const lines: string[] = [];
  for (const doc of reference.documents) {
    const react = doc.engines["react-pdf"];
    const jspdf = doc.engines.jsPDF;
    const bench = site.find((b) => b.label === doc.siteLabel);
    const pages = `${bench?.pdf?.pages ?? react?.pages ?? "?"} / ${jspdf?.pages ?? "?"}`;
    for (const kind of ["warm", "cold"] as const) {
      const siteMs = bench ? median(bench[kind].map((c) => c.ms)) : Number.NaN;
      const reactMs = median(react?.[kind] ?? []);
      const jspdfMs = median(jspdf?.[kind] ?? []);
      rows.push([
        `${doc.label}: ${kind}`,
        pages,
        ms(siteMs),
        ms(reactMs),
        `${ms(jspdfMs)} (${ms(min(jspdf?.[kind] ?? []))}-${ms(max(jspdf?.[kind] ?? []))})`,
        ratio(siteMs, jspdfMs),
        ratio(reactMs, jspdfMs),
      ]);
      if (kind === "warm") lines.push(`   ${doc.label}: react-pdf ${ms(siteMs)} ms · jsPDF ${ms(jspdfMs)} ms · ${ratio(siteMs, jspdfMs)} (warm, site click vs reference worker)`);
    }
    if (doc.error) lines.push(`   ${doc.label}: stopped early: ${doc.error}`);
    lines.push(
      `   ${doc.label}: PDF bytes react-pdf ${react ? Math.round(react.bytes / 1024) : "?"} KB, jsPDF ${jspdf ? Math.round(jspdf.bytes / 1024) : "?"} KB;` +
        ` worker runs: cold ${react?.cold.length ?? 0}/${jspdf?.cold.length ?? 0}, warm ${react?.warm.length ?? 0}/${jspdf?.warm.length ?? 0}`,
    );
  }
  out.push(
    table(
      ["document", "pages react-pdf / jsPDF", "react-pdf site click ms", "react-pdf worker ms", "jsPDF worker ms (min-max)", "site / jsPDF", "worker / jsPDF"],
      rows,
      [0],
    ),
  );
  out.push(...lines);
  out.push(`   jsPDF worker bundle: ${reference.bundleKb?.toFixed(0) ?? "?"} KB minified (built by esbuild for this run).`);
  return out.join("\n");
}
