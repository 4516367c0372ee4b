// Module Web Worker that makes the PDF off the main thread, so the page never freezes while the
// engine lays out a long contract. Created on the first Download click by
// src/components/document/pdf-maker.ts and reused for later clicks. Fonts load here too: their
// absolute URLs are built from import.meta.url (see fonts/browser-font-sources.ts), which in a
// worker is the worker script's own same-origin URL.
import type { PdfWorkerRequest, PdfWorkerResponse } from "./pdf-worker-protocol";
import { renderDocumentPdf } from "./render-document-pdf";

/** The part of DedicatedWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: PdfWorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<PdfWorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

// One render at a time: a click during the warm-up waits for it rather than interleaving
// two layouts in one engine.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener("message", (event) => {
  const { id, model } = event.data;
  queue = queue.then(() =>
    renderDocumentPdf(model).then(
      // A Blob is passed by reference, not copied.
      (blob) => scope.postMessage({ id, ok: true, blob }),
      (error: unknown) => scope.postMessage({ id, ok: false, message: describe(error) }),
    ),
  );
});

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
