// Makes the PDF for a document model, off the main thread when the browser allows it.
//
// A module Web Worker (src/pdf/render-document-pdf.worker.ts) is created on the first request,
// never at page load (at the earliest when the review step warms it up), and reused. If the worker cannot be created or fails (an
// old browser without module workers, a blocked script, an error in the worker), the PDF is
// made on the main thread instead, through the same lazily imported entry point: the page
// freezes for a moment, but the visitor still gets the file. Either way the engine is loaded
// only on demand and is never part of a page's first bundle.
import type { DocumentModel } from "../../domain/document/document-model";
import type { PdfWorkerRequest, PdfWorkerResponse } from "../../pdf/pdf-worker-protocol";

/**
 * The engine keeps ~1 MB per render in a long-lived thread; after this many PDFs the worker is
 * ended and a fresh one is made on the next request.
 */
const RENDERS_PER_WORKER = 25;

interface Pending {
  worker: Worker;
  resolve(blob: Blob): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let rendersInWorker = 0;
/** Set once the worker has failed: later PDFs are made on the main thread straight away. */
let useMainThread = typeof Worker === "undefined";
let nextId = 1;
const pending = new Map<number, Pending>();

let warmedUp = false;
/** The warm-up's PDF and the document it was made from, until the first request takes or drops it. */
let warmUp: { json: string; blob: Promise<Blob> } | undefined;

/**
 * Gets the worker ready before the first click (the review step calls it once the page is idle):
 * it loads the engine and the fonts and makes a PDF of the document, all off the main thread, so
 * the visitor's first Download is as quick as the later ones. Skipped where the worker is not
 * available or the visitor asked to save data; at most once per page.
 */
export function warmUpPdf(model: DocumentModel): void {
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (warmedUp || useMainThread || saveData) return;
  warmedUp = true;
  const blob = makePdfInWorker(model);
  warmUp = { json: JSON.stringify(model), blob };
  blob.catch(() => {
    // A failed warm-up changes nothing: the click will try again and fall back if needed.
    if (warmUp?.blob === blob) warmUp = undefined;
  });
}

/**
 * The warm-up's PDF for the first request, when that request is for the very same document (the
 * answers unchanged since): a click during the warm-up then waits for that PDF instead of for it
 * and a second one after it. Used once, so every later click makes a fresh file.
 */
function takeWarmUp(model: DocumentModel): Promise<Blob> | undefined {
  const made = warmUp;
  warmUp = undefined;
  return made && made.json === JSON.stringify(model) ? made.blob : undefined;
}

/** Makes the PDF: in the worker, or on the main thread if the worker is not available. */
export async function makePdf(model: DocumentModel): Promise<Blob> {
  const early = takeWarmUp(model);
  if (early) {
    try {
      return await early;
    } catch {
      // The warm-up failed: make the file as if there had been none.
    }
  }
  if (!useMainThread) {
    try {
      return await makePdfInWorker(model);
    } catch (error) {
      useMainThread = true;
      // A warning, not an error: the visitor still gets the file.
      console.warn("Upfront: the PDF worker failed; making the PDF on the main thread instead.", error);
    }
  }
  const { renderDocumentPdf } = await import("../../pdf/render-document-pdf");
  return renderDocumentPdf(model);
}

function makePdfInWorker(model: DocumentModel): Promise<Blob> {
  const target = (worker ??= startWorker());
  rendersInWorker += 1;
  if (rendersInWorker >= RENDERS_PER_WORKER) {
    // This request still runs in it; the next one starts a fresh worker.
    worker = undefined;
    rendersInWorker = 0;
  }
  const id = nextId++;
  return new Promise<Blob>((resolve, reject) => {
    pending.set(id, {
      worker: target,
      resolve: (blob) => {
        if (target !== worker) target.terminate();
        resolve(blob);
      },
      reject,
    });
    const request: PdfWorkerRequest = { id, model };
    try {
      target.postMessage(request);
    } catch (error) {
      pending.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Creates the worker (throws where module workers cannot be created). */
function startWorker(): Worker {
  // Vite bundles the worker with its own copy of the engine, as a separate same-origin file.
  const created = new Worker(new URL("../../pdf/render-document-pdf.worker.ts", import.meta.url), {
    type: "module",
    name: "upfront-pdf",
  });
  created.addEventListener("message", (event: MessageEvent<PdfWorkerResponse>) => {
    const reply = event.data;
    const request = pending.get(reply.id);
    if (!request) return;
    pending.delete(reply.id);
    if (reply.ok) request.resolve(reply.blob);
    else {
      discard(created);
      request.reject(new Error(`PDF worker: ${reply.message}`));
    }
  });
  // The script failed to load or evaluate (e.g. no module workers), or threw outside a render.
  created.addEventListener("error", (event) => {
    event.preventDefault();
    const detail = "message" in event && typeof event.message === "string" && event.message ? `: ${event.message}` : "";
    failAll(created, new Error(`PDF worker failed${detail}`));
  });
  created.addEventListener("messageerror", () => failAll(created, new Error("PDF worker: a message could not be read")));
  return created;
}

/** Ends a worker that failed; the next request (if any) will not use it. */
function discard(target: Worker): void {
  target.terminate();
  if (worker === target) {
    worker = undefined;
    rendersInWorker = 0;
  }
}

function failAll(target: Worker, error: Error): void {
  discard(target);
  for (const [id, request] of pending) {
    if (request.worker !== target) continue;
    pending.delete(id);
    request.reject(error);
  }
}
