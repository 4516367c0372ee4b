// Browser entry point. Load it with a dynamic import() when the visitor asks for a PDF:
// it pulls in the whole engine, which must never be part of a page's first bundle.
import { pdf } from "@react-pdf/renderer";
import type { DocumentModel } from "../domain/document/document-model";
import { fontScripts } from "../domain/document/printable-text";
import { documentElement, type RenderOptions } from "./document-element";
import { browserFontSources } from "./fonts/browser-font-sources";
import { registerFonts } from "./fonts/register-fonts";

export type { RenderOptions };

/**
 * Renders the document model to a PDF file, entirely in the browser. The font of an extra script
 * (Arabic, Hebrew, CJK, Hangul) is registered, and so downloaded, only when the text has its letters.
 */
export async function renderDocumentPdf(model: DocumentModel, options: RenderOptions = {}): Promise<Blob> {
  registerFonts(browserFontSources, fontScripts(model));
  return pdf(documentElement(model, options)).toBlob();
}
