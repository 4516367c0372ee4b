import { useEffect, useRef, useState } from "react";
import type { DocumentModel } from "../../domain/document/document-model";
import { makePdf, warmUpPdf } from "./pdf-maker";
import { saveBlob } from "./save-blob";

type Props = {
  /** Builds the document from the latest answers at the moment of the click. */
  document: () => { model: DocumentModel; fileName: string } | null;
  label: string;
  /** Get the engine ready in the background once the page is idle, so the first click is quick. */
  warmUp?: boolean;
};

/** Runs `task` when the browser is idle (or after a short delay where it can't tell). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 3_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1_000);
  return () => clearTimeout(id);
}

type State = { kind: "idle" } | { kind: "busy" } | { kind: "done"; fileName: string; kb: number } | { kind: "failed"; message: string };

/**
 * Loads the PDF engine only when needed (in a Web Worker made on the first click, or warmed up
 * once the page is idle; a dynamic import on the main thread if the worker fails: never in the
 * page's first bundle), renders one PDF at a time, and says what happened in a status region.
 */
export function DownloadPdfButton({ document: build, label, warmUp = false }: Props) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const busy = useRef(false);

  useEffect(() => {
    if (!warmUp) return;
    return whenIdle(() => {
      const doc = build();
      if (doc) warmUpPdf(doc.model);
    });
    // Once per mount: the warm-up only needs a representative document.
  }, []);

  async function download() {
    if (busy.current) return;
    const doc = build();
    if (!doc) return;
    busy.current = true;
    setState({ kind: "busy" });
    const started = performance.now();
    try {
      const blob = await makePdf(doc.model);
      // Read by the benchmark (npm run bench): click to finished file, engine load included.
      performance.measure("upfront:pdf", { start: started, end: performance.now() });
      saveBlob(blob, doc.fileName);
      setState({ kind: "done", fileName: doc.fileName, kb: Math.max(1, Math.round(blob.size / 1024)) });
    } catch (error) {
      console.error(error);
      setState({
        kind: "failed",
        message:
          "The PDF could not be made. If you are offline and this is your first visit, reconnect and try again; otherwise reload the page (your answers are kept).",
      });
    } finally {
      busy.current = false;
    }
  }

  const isBusy = state.kind === "busy";
  return (
    <div className="stack stack--small">
      <button type="button" className="button" onClick={download} aria-busy={isBusy} aria-disabled={isBusy} data-testid="download-pdf">
        {isBusy ? "Making your PDF…" : label}
      </button>
      <p role="status" className={state.kind === "failed" ? "status status--bad" : state.kind === "done" ? "status" : undefined}>
        {state.kind === "done" ? `Downloaded ${state.fileName} (${state.kb} KB).` : state.kind === "failed" ? state.message : ""}
      </p>
    </div>
  );
}
