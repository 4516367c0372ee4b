import type { DocumentModel } from "../../domain/document/document-model";
import { sanitizePdfText } from "./sanitize-pdf-text";

/**
 * Returns a copy of the model with every printed string passed through sanitizePdfText.
 * A QR code's payload is left byte for byte as it is: it is encoded, not printed, and a bank
 * app must read exactly what the domain wrote.
 */
export function sanitizeDocumentModel(model: DocumentModel): DocumentModel {
  return mapStrings(model) as DocumentModel;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === "string") return sanitizePdfText(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === "object") {
    const isQr = (value as { kind?: unknown }).kind === "qr";
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, isQr && key === "payload" ? item : mapStrings(item)]),
    );
  }
  return value;
}
