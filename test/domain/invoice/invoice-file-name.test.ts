import { describe, expect, it } from "vitest";
import { invoiceFileName } from "../../../src/domain/invoice/invoice-file-name";

describe("invoiceFileName", () => {
  it.each([
    { number: "2026-0042", buyer: "Acme Ltd", name: "invoice-2026-0042-acme-ltd.pdf" },
    { number: "2026-0042", buyer: "", name: "invoice-2026-0042.pdf" },
    { number: "", buyer: "", name: "invoice.pdf" },
    { number: "INV/2026/7", buyer: "Nordlicht Logistik GmbH", name: "invoice-inv-2026-7-nordlicht-logistik-gmbh.pdf" },
    { number: "2026-0042", buyer: "Jürgen Weiß", name: "invoice-2026-0042-jürgen-weiß.pdf" },
    { number: "2026-0042", buyer: "../../etc/passwd", name: "invoice-2026-0042-etc-passwd.pdf" },
    { number: "2026-0042", buyer: "CON", name: "invoice-2026-0042-con-file.pdf" },
    { number: "2026-0042", buyer: "\u202eevil\u202c Ltd", name: "invoice-2026-0042-evil-ltd.pdf" },
  ])("$number / $buyer → $name", ({ number, buyer, name }) => {
    expect(invoiceFileName(number, buyer)).toBe(name);
  });

  it("stays short for a very long client name", () => {
    const name = invoiceFileName("2026-0042", "A very long client name ".repeat(10));
    expect([...name].length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^invoice-2026-0042-a-very-long-client-name.*\.pdf$/);
  });
});
