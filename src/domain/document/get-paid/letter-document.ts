import type { DocumentModel, Section } from "../document-model";
import type { LetterContext } from "./letter-context";

/**
 * Wraps a letter's sections as a document: the title on top and as the PDF title, the running
 * header names the invoice, the footer the sender. Letters are English, like every document.
 */
export function letterDocument(
  ctx: LetterContext,
  parts: { title: string; subtitle?: string; subject: string; keywords: string[]; sections: (Section | null)[] },
): DocumentModel {
  const { title, subtitle, subject, keywords } = parts;
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    runningHeader: `${title} · ${ctx.senderName}`,
    runningFooter: [ctx.senderName, ctx.sender.email].filter(Boolean).join(" · "),
    sections: parts.sections.filter((section): section is Section => section !== null),
    metadata: {
      title,
      author: ctx.senderName,
      subject,
      keywords: [...keywords, ctx.invoice.number, ctx.senderName, ctx.recipientName].filter(Boolean).join(", "),
      language: "en",
      creator: "Upfront",
    },
  };
}
