import { z } from "../zod";

// One document model: the contract (and later invoices, letters) is turned into this
// plain structure once; the HTML preview and the PDF both render it, so wording exists once.
// Every string here is final, formatted text: renderers never format money or dates.

export const TableColumn = z.object({
  header: z.string(),
  align: z._default(z.enum(["left", "right"]), "left"),
  /** Relative width; renderers divide the row by the sum of weights. */
  weight: z._default(z.number().check(z.positive()), 1),
});
export type TableColumn = z.infer<typeof TableColumn>;

/**
 * Share of the row width a totals block gives its amounts. A table whose last column has this
 * share (its weight / the sum of weights) prints its amounts in the same column as the totals.
 */
export const TOTALS_VALUE_SHARE = 0.2;

export const Block = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text: z.string() }),
  /** A numbered clause, e.g. number "4.2". */
  z.object({ kind: z.literal("clause"), number: z.string(), text: z.string() }),
  z.object({ kind: z.literal("list"), items: z.array(z.string()) }),
  /** A term and its value, e.g. "Payment terms" → "Net 14 days". */
  z.object({
    kind: z.literal("facts"),
    /** `href`: the value is also a link (https, http or mailto only; renderers check it again). */
    items: z.array(z.object({ term: z.string(), value: z.string(), href: z.optional(z.string()) })),
    /** 2: short facts side by side in two columns, filled row by row (an invoice's number and dates). */
    columns: z.optional(z.literal([1, 2])),
  }),
  z.object({
    kind: z.literal("table"),
    caption: z.optional(z.string()),
    columns: z.array(TableColumn),
    rows: z.array(z.array(z.string())),
    /** A totals row printed in bold under the rows. */
    footer: z.optional(z.array(z.string())),
    /**
     * Keep caption, header and rows on one page (a short summary such as an invoice's tax per
     * rate): split, it could leave a caption and header row alone at the foot of a page.
     */
    keepTogether: z.optional(z.boolean()),
  }),
  z.object({
    kind: z.literal("signatures"),
    parties: z.array(z.object({ role: z.string(), name: z.string(), business: z.optional(z.string()) })),
  }),
  /** A boxed notice, e.g. "This is a template, not legal advice". */
  z.object({ kind: z.literal("notice"), text: z.string() }),
  /** Side-by-side address columns, e.g. "From" and "Bill to"; each line printed as given. */
  z.object({
    kind: z.literal("parties"),
    columns: z.array(z.object({ role: z.string(), lines: z.array(z.string()) })),
  }),
  /**
   * Label and amount rows printed right-aligned under a table, the amounts in a column as wide
   * as TOTALS_VALUE_SHARE of the row; a strong row (the total due) is bold.
   */
  z.object({
    kind: z.literal("totals"),
    rows: z.array(z.object({ label: z.string(), value: z.string(), strong: z.optional(z.boolean()) })),
  }),
  /**
   * A QR code. `payload` is encoded as it is (it is data, not printed text: renderers never
   * clean or reflow it); `caption` is printed with it and is the image's text alternative.
   * Renderers place the code to the right of the blocks before it in its section; blocks after
   * it follow below, full width.
   */
  z.object({ kind: z.literal("qr"), payload: z.string(), caption: z.string() }),
]);
export type Block = z.infer<typeof Block>;

export const Section = z.object({
  id: z.string(),
  /** "1", "2"… or "" for unnumbered sections such as the parties. */
  number: z.string(),
  heading: z.string(),
  blocks: z.array(Block),
});
export type Section = z.infer<typeof Section>;

export const DocumentModel = z.object({
  /** Printed as the document title and used as the PDF title. */
  title: z.string(),
  /** A line under the title, e.g. "Between Ana Lopez and Acme Ltd · 1 March 2027". */
  subtitle: z.optional(z.string()),
  /** Printed in the running header of every page. */
  runningHeader: z.string(),
  /** Printed in the footer of every page, before "Page X of Y". */
  runningFooter: z.string(),
  sections: z.array(Section),
  metadata: z.object({
    title: z.string(),
    author: z.string(),
    subject: z.string(),
    keywords: z.optional(z.string()),
    /** BCP 47, e.g. "en". */
    language: z.string(),
    creator: z.string(),
  }),
});
export type DocumentModel = z.infer<typeof DocumentModel>;
