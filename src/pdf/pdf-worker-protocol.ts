// Messages between the page and the PDF worker (render-document-pdf.worker.ts). Types only:
// importing this file never pulls the engine into a bundle.
import type { DocumentModel } from "../domain/document/document-model";

/** Page → worker: make the PDF for this model. */
export interface PdfWorkerRequest {
  id: number;
  model: DocumentModel;
}

/** Worker → page: the finished file, or why it could not be made. */
export type PdfWorkerResponse = { id: number; ok: true; blob: Blob } | { id: number; ok: false; message: string };
