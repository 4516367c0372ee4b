// makePdf (src/components/document/pdf-maker.ts): the worker is made on the first request and
// reused, and any worker failure falls back to the main-thread entry so the file still comes.
// A fake Worker stands in for the browser's; the engine entry is mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DocumentModel } from "../../src/domain/document/document-model";
import type { PdfWorkerRequest, PdfWorkerResponse } from "../../src/pdf/pdf-worker-protocol";
import { sampleDocument } from "./fixtures/sample-document";

const renderOnMainThread = vi.fn(async (_model: DocumentModel) => new Blob(["main thread"]));
vi.mock("../../src/pdf/render-document-pdf", () => ({ renderDocumentPdf: renderOnMainThread }));

type Behaviour = (worker: FakeWorker, request: PdfWorkerRequest) => void;
const answers: Behaviour = (worker, { id }) => worker.reply({ id, ok: true, blob: new Blob(["worker"]) });

class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  static behaviour: Behaviour = answers;
  requests: PdfWorkerRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.created.push(this);
  }
  postMessage(request: PdfWorkerRequest): void {
    this.requests.push(structuredClone(request));
    setTimeout(() => FakeWorker.behaviour(this, request), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(response: PdfWorkerResponse): void {
    this.dispatchEvent(new MessageEvent("message", { data: response }));
  }
}

async function loadMaker() {
  vi.resetModules();
  return import("../../src/components/document/pdf-maker");
}

const text = (blob: Blob) => blob.text();

beforeEach(() => {
  FakeWorker.created = [];
  FakeWorker.behaviour = answers;
  renderOnMainThread.mockClear();
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.stubGlobal("Worker", FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("makePdf", () => {
  it("makes the worker on the first request, not on import, and reuses it", async () => {
    const { makePdf } = await loadMaker();
    expect(FakeWorker.created).toHaveLength(0);
    expect(await text(await makePdf(sampleDocument))).toBe("worker");
    expect(await text(await makePdf(sampleDocument))).toBe("worker");
    expect(FakeWorker.created).toHaveLength(1);
    const [worker] = FakeWorker.created;
    expect(worker!.options).toMatchObject({ type: "module" });
    expect(worker!.url.pathname).toMatch(/\/src\/pdf\/render-document-pdf\.worker\.ts$/);
    expect(worker!.requests.map((r) => r.model)).toEqual([sampleDocument, sampleDocument]);
    expect(renderOnMainThread).not.toHaveBeenCalled();
  });

  it("falls back to the main thread when the worker reports an error, and stays there", async () => {
    FakeWorker.behaviour = (worker, { id }) => worker.reply({ id, ok: false, message: "TypeError: boom" });
    const { makePdf } = await loadMaker();
    expect(await text(await makePdf(sampleDocument))).toBe("main thread");
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    expect(await text(await makePdf(sampleDocument))).toBe("main thread");
    expect(FakeWorker.created).toHaveLength(1);
    expect(renderOnMainThread).toHaveBeenCalledTimes(2);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  it("falls back to the main thread when the worker script fails to load", async () => {
    FakeWorker.behaviour = (worker) => worker.dispatchEvent(new Event("error", { cancelable: true }));
    const { makePdf } = await loadMaker();
    expect(await text(await makePdf(sampleDocument))).toBe("main thread");
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });

  it("falls back to the main thread when a worker cannot be created", async () => {
    vi.stubGlobal(
      "Worker",
      class {
        constructor() {
          throw new TypeError("Module scripts are not supported in workers");
        }
      },
    );
    const { makePdf } = await loadMaker();
    expect(await text(await makePdf(sampleDocument))).toBe("main thread");
  });

  it("renders on the main thread where there is no Worker at all", async () => {
    vi.stubGlobal("Worker", undefined);
    const { makePdf } = await loadMaker();
    expect(await text(await makePdf(sampleDocument))).toBe("main thread");
    expect(console.warn).not.toHaveBeenCalled();
  });

  it("replaces the worker after 25 PDFs (the engine keeps memory per render)", async () => {
    const { makePdf } = await loadMaker();
    for (let i = 0; i < 26; i++) await makePdf(sampleDocument);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[0]!.requests).toHaveLength(25);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    expect(FakeWorker.created[1]!.terminated).toBe(false);
  });
});

describe("warmUpPdf", () => {
  it("starts the worker with one PDF, once per page; the first click for the same document gets that PDF", async () => {
    vi.stubGlobal("navigator", {});
    const { makePdf, warmUpPdf } = await loadMaker();
    warmUpPdf(sampleDocument);
    warmUpPdf(sampleDocument);
    expect(FakeWorker.created).toHaveLength(1);
    // A copy, as the click builds the document again from the saved answers.
    expect(await text(await makePdf(structuredClone(sampleDocument)))).toBe("worker");
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.requests).toHaveLength(1);
    // Used once: a later click makes a fresh file.
    await makePdf(sampleDocument);
    expect(FakeWorker.created[0]!.requests).toHaveLength(2);
    expect(renderOnMainThread).not.toHaveBeenCalled();
  });

  it.each([
    ["the answers changed since the warm-up", { ...sampleDocument, title: "Changed title" }, [sampleDocument.title, "Changed title"]],
    ["nothing changed", sampleDocument, [sampleDocument.title]],
  ])("on the first click after the warm-up, when %s, the worker is asked for %j", async (_, clicked, asked) => {
    vi.stubGlobal("navigator", {});
    const { makePdf, warmUpPdf } = await loadMaker();
    warmUpPdf(sampleDocument);
    await makePdf(clicked);
    expect(FakeWorker.created[0]!.requests.map((r) => r.model.title)).toEqual(asked);
  });

  it("makes the file afresh when the warm-up failed", async () => {
    vi.stubGlobal("navigator", {});
    let calls = 0;
    FakeWorker.behaviour = (worker, { id }) =>
      calls++ === 0 ? worker.reply({ id, ok: false, message: "Error: warm-up broke" }) : worker.reply({ id, ok: true, blob: new Blob(["worker"]) });
    const { makePdf, warmUpPdf } = await loadMaker();
    warmUpPdf(sampleDocument);
    // The failed worker is dropped and the click asks a new one.
    expect(await text(await makePdf(sampleDocument))).toBe("worker");
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });

  it("does nothing when the visitor asked to save data, or without workers", async () => {
    vi.stubGlobal("navigator", { connection: { saveData: true } });
    const first = await loadMaker();
    first.warmUpPdf(sampleDocument);
    expect(FakeWorker.created).toHaveLength(0);

    vi.stubGlobal("navigator", {});
    vi.stubGlobal("Worker", undefined);
    const second = await loadMaker();
    second.warmUpPdf(sampleDocument);
    expect(FakeWorker.created).toHaveLength(0);
    expect(renderOnMainThread).not.toHaveBeenCalled();
  });
});
