import fc from "fast-check";
import { strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipEntryNames, zipFiles } from "../../../src/domain/files/zip-files";

const bytes = (text: string) => strToU8(text);
/** Bytes that look like a PDF: a header and some noise. */
const pdfLike = (seed: number) => {
  const out = new Uint8Array(5_000);
  out.set(bytes("%PDF-1.7\n"));
  let x = seed;
  for (let i = 9; i < out.length; i += 1) out[i] = x = (x * 1_103_515_245 + 12_345) & 0xff;
  return out;
};

/** The entries of a zip in their stored order, read with fflate. */
function entries(zip: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(zip));
}

/** The DOS date and time of each central-directory entry (APPNOTE.TXT §4.3.12). */
function dosTimes(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const times: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i += 1) {
    if (view.getUint32(i, true) === 0x02014b50) times.push(view.getUint32(i + 12, true));
  }
  return times;
}

describe("zipFiles", () => {
  it("holds every file with its bytes, in the order given", () => {
    const files = [
      { name: "invoice-2026-0042-acme.pdf", bytes: pdfLike(1) },
      { name: "invoice-2026-0043-acme.pdf", bytes: pdfLike(2) },
      { name: "payment-dates-acme.ics", bytes: bytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".repeat(50)) },
    ];
    const unzipped = entries(zipFiles(files));
    expect(unzipped.map(([name]) => name)).toEqual(files.map((f) => f.name));
    for (const [i, [, data]] of unzipped.entries()) expect(data).toEqual(files[i]!.bytes);
  });

  it("makes the same bytes for the same files, at any time of day and in any time zone", async () => {
    const files = [{ name: "a.pdf", bytes: pdfLike(3) }, { name: "b.txt", bytes: bytes("hello") }];
    const first = zipFiles(files);
    await new Promise((r) => setTimeout(r, 1_100)); // a DOS time has 2-second steps
    expect(zipFiles(files)).toEqual(first);
    expect(zipFiles(files, { modified: "2027-02-15" })).toEqual(zipFiles(files, { modified: "2027-02-15" }));
  });

  it("dates every entry 12:00 on the given day (DOS date fields)", () => {
    const dos = (y: number, m: number, d: number) => (((y - 1980) << 25) | (m << 21) | (d << 16) | (12 << 11)) >>> 0;
    const files = [{ name: "a.pdf", bytes: pdfLike(4) }, { name: "b.pdf", bytes: pdfLike(5) }];
    expect(dosTimes(zipFiles(files, { modified: "2027-02-15" }))).toEqual([dos(2027, 2, 15), dos(2027, 2, 15)]);
    expect(dosTimes(zipFiles(files))).toEqual([dos(2000, 1, 1), dos(2000, 1, 1)]);
    expect(dosTimes(zipFiles(files, { modified: "not a date" }))).toEqual([dos(2000, 1, 1), dos(2000, 1, 1)]);
    expect(dosTimes(zipFiles(files, { modified: "1901-05-05" }))).toEqual([dos(1980, 5, 5), dos(1980, 5, 5)]);
  });

  it("stores PDFs as they are and compresses text", () => {
    const text = bytes("line of text\n".repeat(1_000));
    const pdf = zipFiles([{ name: "a.pdf", bytes: pdfLike(6) }]);
    const txt = zipFiles([{ name: "a.ics", bytes: text }]);
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(txt.length).toBeLessThan(text.length / 10);
  });

  it("an empty list is an empty zip", () => {
    expect(entries(zipFiles([]))).toEqual([]);
  });

  it("keeps letters of any script in names (UTF-8 flag set)", () => {
    const unzipped = entries(zipFiles([{ name: "invoice-2026-0042-łódź-studio.pdf", bytes: bytes("x") }]));
    expect(unzipped.map(([n]) => n)).toEqual(["invoice-2026-0042-łódź-studio.pdf"]);
  });
});

describe("zipEntryNames: safe and unique", () => {
  it.each([
    { name: "safe names stay as they are", input: ["invoice-2026-0042-acme.pdf", "payment-dates.ics"], output: ["invoice-2026-0042-acme.pdf", "payment-dates.ics"] },
    { name: "a repeated name gets -2, -3", input: ["invoice-2026-0042-acme.pdf", "invoice-2026-0042-acme.pdf", "invoice-2026-0042-acme.pdf"], output: ["invoice-2026-0042-acme.pdf", "invoice-2026-0042-acme-2.pdf", "invoice-2026-0042-acme-3.pdf"] },
    { name: "a name that differs only in case is a repeat", input: ["Invoice.PDF", "invoice.pdf"], output: ["invoice.pdf", "invoice-2.pdf"] },
    { name: "a -2 already taken is skipped", input: ["a.pdf", "a-2.pdf", "a.pdf"], output: ["a.pdf", "a-2.pdf", "a-3.pdf"] },
    { name: "folders and .. are flattened", input: ["../../etc/passwd", "a/b/c.pdf", "C:\\Windows\\x.pdf"], output: ["etc-passwd", "a-b-c.pdf", "c-windows-x.pdf"] },
    { name: "spaces and punctuation become dashes", input: ["Invoice 2026/0042 (Acme, Ltd).pdf"], output: ["invoice-2026-0042-acme-ltd.pdf"] },
    { name: "an empty or all-punctuation name becomes file", input: ["", ".pdf", "???"], output: ["file", "file.pdf", "file-2"] },
    { name: "Windows device names are avoided", input: ["con.pdf", "NUL", "lpt1.txt"], output: ["con-file.pdf", "nul-file", "lpt1-file.txt"] },
    { name: "hidden controls and bidi overrides are dropped", input: ["in\u202evoice\u0000.pdf"], output: ["invoice.pdf"] },
    { name: "a name of digits only does not jump ahead of the others", input: ["b.pdf", "2026"], output: ["b.pdf", "file-2026"] },
    { name: "__proto__ is just a name", input: ["__proto__", "constructor.pdf"], output: ["proto", "constructor.pdf"] },
  ])("$name", ({ input, output }) => {
    expect(zipEntryNames(input)).toEqual(output);
    // and the zip holds them in that order
    const unzipped = entries(zipFiles(input.map((name, i) => ({ name, bytes: bytes(`file ${i}`) }))));
    expect(unzipped).toEqual(output.map((name, i) => [name, bytes(`file ${i}`)]));
  });

  it("cuts a very long name to about 80 characters, keeping the extension", () => {
    const [name] = zipEntryNames([`${"very-long-name-".repeat(20)}.pdf`]);
    expect([...name!].length).toBeLessThanOrEqual(80);
    expect(name!.endsWith(".pdf")).toBe(true);
  });

  it("any names: all unique ignoring case, flat, and every file comes back (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 30 }), { maxLength: 12 }), (names) => {
        const safe = zipEntryNames(names);
        expect(new Set(safe.map((n) => n.toLowerCase())).size).toBe(names.length);
        for (const n of safe) {
          expect(n).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
          expect(n).not.toMatch(/^\.|\.\.|^-|-$/);
        }
        const zip = zipFiles(names.map((name, i) => ({ name, bytes: bytes(String(i)) })));
        expect(entries(zip)).toEqual(safe.map((n, i) => [n, bytes(String(i))]));
      }),
      { numRuns: 200 },
    );
  });
});
