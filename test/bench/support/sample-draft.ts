// The saved draft the review step opens with, made by the project's own code:
// JSON.stringify(wrapDraft(sampleContractDraft())), exactly what the app stores under DRAFT_KEY.
//
// src/ uses extensionless relative imports ("./contract-draft"), which Node's own loader does not
// resolve. Rather than running the bench through vitest, a tiny synchronous resolve hook
// (node:module registerHooks, Node >= 22.15) retries such specifiers with ".ts" / "/index.ts";
// Node 24 then strips the types itself. The hook is registered before the dynamic imports below.
import { registerHooks } from "node:module";

export const DRAFT_KEY = "upfront:contract-draft";

let registered = false;

function registerTsExtensionHook(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        const relative = /^\.{1,2}\//.test(specifier);
        const fromTs = context.parentURL?.startsWith("file:") && /\.tsx?$/.test(context.parentURL);
        if (!relative || !fromTs || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
        for (const candidate of [`${specifier}.ts`, `${specifier}.tsx`, `${specifier}/index.ts`]) {
          try {
            return nextResolve(candidate, context);
          } catch {
            // try the next one
          }
        }
        throw error;
      }
    },
  });
}

/**
 * The localStorage value for DRAFT_KEY: the shared sample draft (test/fixtures) in its envelope.
 * With `extraDeliverables` > 0, the same draft with that many more deliverables (each with a
 * description and acceptance criteria), to reach the page count the speed targets are set for.
 */
export async function sampleDraftJson(extraDeliverables = 0): Promise<string> {
  registerTsExtensionHook();
  const { wrapDraft } = await import("../../../src/domain/drafts/draft-envelope.ts");
  const { sampleContractDraft } = await import("../../fixtures/sample-contract-draft.ts");
  const draft = sampleContractDraft();
  for (let i = 1; i <= extraDeliverables; i++) {
    draft.scope.deliverables.push({
      id: `bench-${i}`,
      title: `Additional page template ${i}`,
      description:
        `Design and build of page template ${i}: layout for wide and narrow screens, the components it ` +
        "needs, content entry guidance for the client's editors, and up to two rounds of revisions " +
        "within the agreed revision rounds. Images and copy are supplied by the client.\n" +
        "The template includes its navigation states, error and empty states, print styles and a short " +
        "handover note describing which fields editors can change and which are fixed by the design system.",
      acceptanceCriteria:
        `Template ${i} renders the client's sample content without layout errors in the agreed browsers, ` +
        "passes the automated accessibility checks, and the client confirms it in writing.",
    });
  }
  return JSON.stringify(wrapDraft(draft));
}

export const INVOICE_BOOK_KEY = "upfront:invoice-book";
/** The id of the one invoice in the benchmark's invoice list. */
export const BENCH_INVOICE_ID = "bench-invoice";

/**
 * The localStorage value for INVOICE_BOOK_KEY: a list holding one invoice made from the shared
 * sample (test/fixtures). With `lines` = 0, the sample as it is, without its late-fee terms and
 * notes (a one-page invoice); with `lines` > 0, that many lines (the sample's four, repeated).
 */
export async function sampleInvoiceBookJson(lines = 0): Promise<string> {
  registerTsExtensionHook();
  const { createInvoice, newInvoiceBook, wrapInvoiceBook } = await import("../../../src/domain/invoice/invoice-book.ts");
  const { sampleInvoiceDraft } = await import("../../fixtures/sample-invoice-draft.ts");
  const sample = sampleInvoiceDraft();
  const draft = { ...sample, notes: "", lateFee: { ...sample.lateFee, kind: "none" as const } };
  if (lines > 0) {
    draft.lines = Array.from({ length: lines }, (_, i) => ({ ...sample.lines[i % sample.lines.length]!, id: `b${i + 1}`, description: `${i + 1}. ${sample.lines[i % sample.lines.length]!.description}` }));
  }
  const created = createInvoice(newInvoiceBook(draft.issueDate), draft, { id: BENCH_INVOICE_ID, now: "2027-03-17T09:00:00.000Z" });
  if (!created.ok) throw new Error(created.message);
  return JSON.stringify(wrapInvoiceBook(created.book));
}
