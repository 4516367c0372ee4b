import { renderToBuffer } from "@react-pdf/renderer";
import type { DocumentModel } from "../../../src/domain/document/document-model";
import { fontScripts } from "../../../src/domain/document/printable-text";
import { documentElement, type RenderOptions } from "../../../src/pdf/document-element";
import { registerFonts } from "../../../src/pdf/fonts/register-fonts";
import { nodeFontSources } from "./node-font-sources";

/** Node twin of renderDocumentPdf: same document, fonts read from disk, bytes returned. */
export async function renderDocumentPdfNode(model: DocumentModel, options: RenderOptions = {}): Promise<Uint8Array> {
  registerFonts(nodeFontSources, fontScripts(model));
  const buffer = await renderToBuffer(documentElement(model, options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
