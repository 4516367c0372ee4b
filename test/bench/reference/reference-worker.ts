// Web Worker entry of the reference renderer, the bench's twin of src/pdf/render-document-pdf.worker.ts:
// the page posts a document model, the worker answers with the PDF as a Blob. The fonts are fetched
// on the first request (the same self-hosted Noto Sans files the site's PDFs use) and kept for the
// worker's life, as the site's engine keeps its registered fonts.
import type { DocumentModel } from "../../../src/domain/document/document-model";
import { type ReferenceFonts, renderReferencePdf } from "./jspdf-document";

export interface ReferenceRequest {
  id: number;
  model: DocumentModel;
  /** Absolute URLs of Noto Sans regular, bold and italic (TTF). */
  fonts: { regular: string; bold: string; italic: string };
}

export type ReferenceResponse = { id: number; ok: true; blob: Blob } | { id: number; ok: false; message: string };

interface WorkerScope {
  postMessage(message: ReferenceResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ReferenceRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let fonts: Promise<ReferenceFonts> | undefined;

/** jsPDF's virtual file system takes a font as a binary string (one char per byte). */
async function binaryString(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

async function loadFonts(urls: ReferenceRequest["fonts"]): Promise<ReferenceFonts> {
  const [regular, bold, italic] = await Promise.all([binaryString(urls.regular), binaryString(urls.bold), binaryString(urls.italic)]);
  return { regular, bold, italic };
}

scope.addEventListener("message", (event) => {
  const { id, model } = event.data;
  fonts ??= loadFonts(event.data.fonts);
  fonts
    .then((loaded) => new Blob([renderReferencePdf(model, loaded)], { type: "application/pdf" }))
    .then(
      (blob) => scope.postMessage({ id, ok: true, blob }),
      (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
});
