import type { InvoiceBook } from "./invoice-book";

/**
 * When two tabs changed the invoice list and the user keeps one version, the numbers the other
 * version gave out stay given: each series' counter becomes the higher of the two. A number the
 * other tab handed out (and maybe sent) is then never handed out again; at worst the series skips
 * it, and the discarded version is kept as a backup.
 */
export function keepingNumbersOf(kept: InvoiceBook, other: InvoiceBook): InvoiceBook {
  const issued = { ...kept.issued };
  let raised = false;
  for (const [prefix, sequence] of Object.entries(other.issued)) {
    const mine = Object.hasOwn(issued, prefix) ? issued[prefix]! : 0;
    if (sequence > mine) {
      issued[prefix] = sequence;
      raised = true;
    }
  }
  return raised ? { ...kept, issued } : kept;
}
