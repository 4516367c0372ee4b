import type { Block, DocumentModel } from "../../../../src/domain/document/document-model";

// Reading a built document back in tests: its blocks by kind, and all its printed text.

type Kind = Block["kind"];
export const blocks = (doc: DocumentModel) => doc.sections.flatMap((s) => s.blocks);
export const blocksOf = <K extends Kind>(doc: DocumentModel, kind: K) =>
  blocks(doc).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
export const notices = (doc: DocumentModel) => blocksOf(doc, "notice").map((b) => b.text);
export const facts = (doc: DocumentModel) => Object.fromEntries(blocksOf(doc, "facts").flatMap((b) => b.items.map((i) => [i.term, i.value])));
export const section = (doc: DocumentModel, id: string) => doc.sections.find((s) => s.id === id);

/** Every printed string, joined: what a reader of the preview or the PDF would see. */
export function allText(doc: DocumentModel): string {
  const out: string[] = [doc.title, doc.subtitle ?? "", doc.runningHeader, doc.runningFooter];
  const walk = (value: unknown) => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(doc.sections);
  return out.join("\n");
}
