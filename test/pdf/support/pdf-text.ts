// Reads a PDF back the way a reader's viewer would: text per page, page count, metadata.
// PDF tests assert on what comes out of the file, not on the React tree that made it.
import { extractText, getDocumentProxy, getMeta } from "unpdf";

/** The document information dictionary, plus the catalog's language, as plain strings. */
export interface PdfMetadata {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  /** The catalog's /Lang entry, e.g. "en". */
  language?: string;
}

export interface PdfText {
  pageCount: number;
  /** One string per page, in page order; the lines of a page are separated by "\n". */
  pages: string[];
  metadata: PdfMetadata;
}

const INFO_FIELDS = {
  title: "Title",
  author: "Author",
  subject: "Subject",
  keywords: "Keywords",
  creator: "Creator",
  producer: "Producer",
  language: "Language",
} as const satisfies Record<keyof PdfMetadata, string>;

/**
 * Extracts text, page count and metadata from PDF bytes. The bytes are copied first
 * (PDF.js takes ownership of the buffer it is given), so the caller's array stays usable.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const document = await getDocumentProxy(bytes.slice());
  try {
    const { totalPages, text } = await extractText(document, { mergePages: false });
    const { info } = await getMeta(document);
    const metadata: PdfMetadata = {};
    for (const [key, field] of Object.entries(INFO_FIELDS) as [keyof PdfMetadata, string][]) {
      const value: unknown = info[field];
      if (typeof value === "string" && value !== "") metadata[key] = value;
    }
    return { pageCount: totalPages, pages: text, metadata };
  } finally {
    await document.destroy();
  }
}

/**
 * Removes all whitespace, so a string the layout broke across lines can still be found:
 * `squash(page).includes(squash(url))`.
 */
export function squash(text: string): string {
  return text.replace(/\s+/gu, "");
}
