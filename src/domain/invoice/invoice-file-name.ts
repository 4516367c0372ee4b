import { fileName } from "../text/file-name";

/** e.g. invoiceFileName("2026-0042", "Acme Ltd") → "invoice-2026-0042-acme-ltd.pdf". Pass the buyer's business name when there is one. */
export function invoiceFileName(number: string, buyerName: string): string {
  return fileName("invoice", [number, buyerName], "pdf");
}
