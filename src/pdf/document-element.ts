import type { DocumentProps } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import type { DocumentModel } from "../domain/document/document-model";
import { DocumentPdf } from "./components/document-pdf";

export interface RenderOptions {
  /** A fixed creation date makes the output byte-identical for the same model. */
  creationDate?: Date;
}

/** The React element the engine renders, shared by the browser and the Node entry points. */
export function documentElement(model: DocumentModel, options: RenderOptions = {}): ReactElement<DocumentProps> {
  return createElement(DocumentPdf, { model, creationDate: options.creationDate });
}
