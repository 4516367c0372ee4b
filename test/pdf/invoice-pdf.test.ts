import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInvoiceDocument } from "../../src/domain/document/build-invoice-document";
import type { DocumentModel } from "../../src/domain/document/document-model";
import type { Invoice, InvoiceStatus } from "../../src/domain/invoice/invoice";
import { invoiceTotals } from "../../src/domain/invoice/invoice-totals";
import { formatMoney } from "../../src/domain/money/format-money";
import { parseEpcPayload } from "../../src/domain/payment/epc-qr";
import { manyLinesInvoice, sampleInvoice } from "../fixtures/sample-invoice-draft";
import { type PdfText, readPdf, squash } from "./support/pdf-text";
import { renderDocumentPdfNode } from "./support/render-document-pdf-node";

// The invoice's last mile: checked invoice → document model → PDF → text read back, and the
// payment QR code read back from a rendering of page 1, the way a banking app reads paper.

const creationDate = new Date("2027-03-17T09:00:00Z");
const DPI = 150;
const MM_PER_INCH = 25.4;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "invoice-pdf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function modelOf(invoice: Invoice, status: InvoiceStatus = { kind: "open" }): DocumentModel {
  return buildInvoiceDocument(invoice, invoiceTotals(invoice), status);
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** Renders page 1 with poppler and looks for a QR code in it, as a phone camera would. */
function readQrOnPage1(bytes: Uint8Array, name: string) {
  const pdfPath = join(dir, `${name}.pdf`);
  writeFileSync(pdfPath, bytes);
  execFileSync("pdftoppm", ["-r", String(DPI), "-png", "-f", "1", "-l", "1", "-singlefile", pdfPath, join(dir, name)]);
  const png = PNG.sync.read(readFileSync(join(dir, `${name}.png`)));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
}

const has = (all: string, text: string) => expect(all).toContain(squash(text.normalize("NFC")));

describe("invoice PDF (German freelancer, VAT 19%, EPC QR code)", () => {
  const invoice = sampleInvoice();
  const model = modelOf(invoice);
  let bytes: Uint8Array;
  let pdf: PdfText;
  let all: string;

  beforeAll(async () => {
    bytes = await renderDocumentPdfNode(model, { creationDate });
    pdf = await readPdf(bytes);
    all = squash(pdf.pages.join("\n").normalize("NFC"));
  });

  it("numbers its pages and repeats the running header and footer", () => {
    expect(pdf.pageCount).toBeLessThanOrEqual(2);
    pdf.pages.forEach((page, i) => {
      const text = squash(page);
      expect(text).toContain(`Page${i + 1}of${pdf.pageCount}`);
      expect(text).toContain(squash("Invoice 2026-0042 · Vogel Webentwicklung"));
      expect(text).toContain(squash("Vogel Webentwicklung · VAT ID DE123456789"));
    });
  });

  it("prints every line amount, the net, the VAT per rate and the total", () => {
    for (const amount of ["4.800,00 €", "1.187,50 €", "162,00 €", "950,00 €", "−18,00 €", "7.099,50 €", "1.348,91 €", "8.448,41 €"]) has(all, amount);
    has(all, "VAT 19 % on 7.099,50");
    has(all, "12,5 hours");
    has(all, "Total due");
  });

  it("prints the dates, the terms and the parties", () => {
    for (const text of ["17 March 2027", "12 March 2027", "31 March 2027 (net 14 days)", "PO-4471", "Nordlicht Logistik GmbH", "Jürgen Weiß", "VAT ID DE987654321"]) has(all, text);
  });

  it("prints the IBAN in groups of four and the payment reference", () => {
    expect(pdf.pages[0]).toContain("DE89 3704 0044 0532 0130 00");
    has(all, "Invoice 2026-0042");
  });

  it("states the early-payment discount as two figures, and the late-fee terms for this due date", () => {
    has(all, "Pay 8.279,44 € by 24 March 2027, or 8.448,41 € by 31 March 2027.");
    has(all, "If this invoice is not paid in full by its due date (31 March 2027), interest of 12 % a year accrues on the unpaid amount");
    has(all, "For example, on an invoice of 8.448,41 € paid 30 days late, the interest is 83,33 €.");
  });

  it("carries the metadata", () => {
    expect(pdf.metadata).toMatchObject({
      title: "Invoice 2026-0042",
      author: "Vogel Webentwicklung",
      keywords: "invoice, 2026-0042, Vogel Webentwicklung, Nordlicht Logistik GmbH",
      language: "en",
    });
    expect(pdf.metadata.subject).toContain("Nordlicht Logistik GmbH");
  });

  it("page 1 holds a QR code that decodes to the EPC payload, at least 30 mm wide", () => {
    const payload = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === "qr");
    expect(payload?.kind).toBe("qr");
    const code = readQrOnPage1(bytes, "sample");
    expect(code).not.toBeNull();
    expect(code!.data).toBe(payload!.kind === "qr" ? payload!.payload : "");
    const fields = parseEpcPayload(code!.data);
    expect(fields.ok && fields.value).toMatchObject({ iban: "DE89370400440532013000", amountMinor: 844_841, reference: "Invoice 2026-0042", name: "Lena Vogel" });
    // Finder pattern centres are 3.5 modules in from the symbol's edges.
    const { topLeftFinderPattern: tl, topRightFinderPattern: tr } = code!.location;
    const symbolPx = Math.hypot(tr.x - tl.x, tr.y - tl.y) * (code!.version * 4 + 17) / (code!.version * 4 + 17 - 7);
    expect((symbolPx / DPI) * MM_PER_INCH).toBeGreaterThanOrEqual(29.5);
  });

  it("the same input gives the same bytes (fixed creation date)", async () => {
    const again = await renderDocumentPdfNode(model, { creationDate });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("a payment link", () => {
  it("is printed and clickable (a URI link annotation), and nothing else is linked", async () => {
    const link = "https://pay.example.com/vogel/2026-0042?amount=8448.41";
    const invoice = { ...sampleInvoice(), payment: { ...sampleInvoice().payment, paymentLink: link } };
    const bytes = await renderDocumentPdfNode(modelOf(invoice), { creationDate });
    expect(squash((await readPdf(bytes)).pages.join("\n"))).toContain(squash(link));
    const raw = Buffer.from(bytes).toString("latin1");
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris).toEqual([link]);
  });
});

describe("paid and void invoices", () => {
  it.each<[string, InvoiceStatus, string]>([
    ["paid", { kind: "paid", on: "2027-04-03" }, "Paid on 3 April 2027 — thank you."],
    ["void", { kind: "void", on: "2027-04-05" }, "VOID — this invoice was cancelled on 5 April 2027"],
  ])("%s: the notice is printed and there is no QR code to pay again", async (name, status, notice) => {
    const bytes = await renderDocumentPdfNode(modelOf(sampleInvoice(), status), { creationDate });
    const pdf = await readPdf(bytes);
    expect(squash(pdf.pages[0]!)).toContain(squash(notice));
    expect(readQrOnPage1(bytes, name)).toBeNull();
  });
});

describe("a 200-line invoice", () => {
  const invoice = manyLinesInvoice(200);
  const totals = invoiceTotals(invoice);
  const model = buildInvoiceDocument(invoice, totals, { kind: "open" });
  let pdf: PdfText;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderDocumentPdfNode(model, { creationDate });
    pdf = await readPdf(bytes);
  });

  it("runs to a plausible number of pages, each numbered", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(5);
    expect(pdf.pageCount).toBeLessThanOrEqual(14);
    pdf.pages.forEach((page, i) => expect(squash(page)).toContain(`Page${i + 1}of${pdf.pageCount}`));
  });

  it("prints every line with its amount on the same page", () => {
    const pages = pdf.pages.map((page) => squash(page));
    totals.lines.forEach((line, i) => {
      const label = `Item${String(i + 1).padStart(3, "0")}:`;
      const page = pages.find((text) => text.includes(label));
      expect(page, label).toBeDefined();
      expect(page, label).toContain(squash(formatMoney(line.net, "EUR", "en-IE")));
    });
  });

  it("repeats the header row on every page the table reaches", () => {
    const header = squash("Description Qty Unit price VAT Amount");
    const withLines = pdf.pages.filter((page) => /Item \d{3}:/.test(page));
    expect(withLines.length).toBeGreaterThanOrEqual(5);
    for (const page of withLines) expect(squash(page)).toContain(header);
  });

  it("ends with the totals and the payment details", () => {
    const last = squash(pdf.pages.slice(-2).join("\n"));
    expect(last).toContain(squash(`Total due${formatMoney(totals.total, "EUR", "en-IE")}`));
    expect(last).toContain(squash("DE89 3704 0044 0532 0130 00"));
  });

  it("its QR code stays whole, beside the account details", () => {
    const qrPage = pdf.pages.findIndex((page) => page.includes("Scan with your banking app"));
    expect(qrPage).toBeGreaterThan(0);
    expect(pdf.pages[qrPage]).toContain("DE89 3704 0044 0532 0130 00");
  });
});

describe("render time in Node (printed, not pass/fail)", () => {
  it("times a 1-page invoice and a 200-line invoice", async () => {
    const onePage = structuredClone(sampleInvoice());
    onePage.lateFee = { kind: "none" };
    onePage.earlyDiscount = null;
    onePage.notes = "";
    const small = modelOf(onePage);
    const large = modelOf(manyLinesInvoice(200));

    const first = await timed(() => renderDocumentPdfNode(small));
    expect((await readPdf(first.value)).pageCount).toBe(1);
    const smallRuns: number[] = [];
    for (let i = 0; i < 5; i += 1) smallRuns.push((await timed(() => renderDocumentPdfNode(small))).ms);
    const largeRuns: number[] = [];
    for (let i = 0; i < 3; i += 1) largeRuns.push((await timed(() => renderDocumentPdfNode(large))).ms);
    const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    console.log(
      `invoice PDF render time in Node: 1-page first ${first.ms.toFixed(0)} ms, warm median ${median(smallRuns).toFixed(0)} ms; ` +
        `200 lines warm median ${median(largeRuns).toFixed(0)} ms (runs: ${largeRuns.map((ms) => ms.toFixed(0)).join(", ")})`,
    );
  });
});
