import { Document, Page } from "@react-pdf/renderer";
import type { DocumentModel } from "../../domain/document/document-model";
import { fontScripts } from "../../domain/document/printable-text";
import { pdfFontFamilies } from "../fonts/font-sources";
import { styles } from "../styles";
import { sanitizeDocumentModel } from "../text/sanitize-document-model";
import { RunningFooter } from "./running-footer";
import { RunningHeader } from "./running-header";
import { SectionPdf } from "./section-pdf";
import { TitleBlock } from "./title-block";

export interface DocumentPdfProps {
  model: DocumentModel;
  /** Fix it for byte-identical output; defaults to now. */
  creationDate?: Date | undefined;
}

/**
 * The whole PDF: metadata, then one A4 page flow that breaks onto as many pages as needed.
 *
 * `experimentalPagination` (react-pdf 4.7+): content is measured once and packed into pages,
 * much faster on long documents (see ../shared/pdf-notes.md). Its rules differ slightly, which the
 * components allow for: rows must not stretch (see styles.hanging) and minPresenceAhead forbids
 * a break anywhere within that distance (see section-pdf.tsx). test/pdf checks the page rules.
 */
export function DocumentPdf({ model: raw, creationDate }: DocumentPdfProps) {
  const model = sanitizeDocumentModel(raw);
  const { metadata } = model;
  // Noto Sans, then a font for each other script the text has (registered by the entry point).
  const fontFamily = pdfFontFamilies(fontScripts(model));
  const date = creationDate ?? new Date();
  return (
    <Document
      title={metadata.title}
      author={metadata.author}
      subject={metadata.subject}
      {...(metadata.keywords ? { keywords: metadata.keywords } : {})}
      creator={metadata.creator}
      producer="Upfront"
      language={metadata.language}
      creationDate={date}
      modificationDate={date}
    >
      <Page size="A4" style={[styles.page, { fontFamily }]} wrap experimentalPagination>
        <RunningHeader text={model.runningHeader} />
        <RunningFooter text={model.runningFooter} />
        <TitleBlock title={model.title} subtitle={model.subtitle} />
        {model.sections.map((section) => (
          <SectionPdf key={section.id} section={section} />
        ))}
      </Page>
    </Document>
  );
}
