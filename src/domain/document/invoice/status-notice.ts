import type { InvoiceStatus } from "../../invoice/invoice";
import type { Block } from "../document-model";
import type { InvoiceContext } from "./invoice-context";

/** The notice at the top of a paid or void invoice; none for an open one. */
export function statusNotice(status: InvoiceStatus, ctx: InvoiceContext): Block | null {
  switch (status.kind) {
    case "open":
      return null;
    case "paid":
      return { kind: "notice", text: `Paid on ${ctx.date(status.on)} — thank you.` };
    case "void":
      // A cancelled number stays in the series: deleting it would leave a gap in the sequence
      // (Directive 2006/112/EC art. 226(2) asks for one sequence that identifies each invoice uniquely).
      return {
        kind: "notice",
        text: `VOID — this invoice was cancelled on ${ctx.date(status.on)} and nothing is owed on it. It is kept so the numbering has no gap.`,
      };
  }
}
