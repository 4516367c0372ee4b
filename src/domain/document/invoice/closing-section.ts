import type { Section } from "../document-model";
import type { InvoiceContext } from "./invoice-context";

/** Notes under their heading, then the thank-you line; null when both are empty. */
export function closingSection(ctx: InvoiceContext): Section | null {
  const { notes, thankYou } = ctx.invoice;
  const blocks: Section["blocks"] = [];
  if (notes) blocks.push({ kind: "paragraph", text: notes });
  if (thankYou) blocks.push({ kind: "paragraph", text: thankYou });
  if (blocks.length === 0) return null;
  return { id: "notes", number: "", heading: notes ? "Notes" : "", blocks };
}
