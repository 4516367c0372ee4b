import type { DocumentModel } from "../../domain/document/document-model";
import { sanitizePdfText } from "./sanitize-pdf-text";

/** Returns a copy of the model with every string passed through sanitizePdfText. */
export function sanitizeDocumentModel(model: DocumentModel): DocumentModel {
  return mapStrings(model) as DocumentModel;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === "string") return sanitizePdfText(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item)]));
  }
  return value;
}
