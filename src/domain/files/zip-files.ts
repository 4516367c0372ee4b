import { type Zippable, zipSync } from "fflate";
import { isValidCalendarDate } from "../dates/calendar-date";
import { slug } from "../text/file-name";

// Several files (the invoices of a contract, as PDFs) in one .zip, made with fflate.
// - Names are flat and safe on every system: no folders, no "..", letters of any script kept,
//   everything else a dash (the rules of text/file-name.ts), at most ~80 characters.
// - Names are unique, also ignoring case (Windows and macOS file systems): a second
//   "invoice-2026-0042-acme.pdf" becomes "invoice-2026-0042-acme-2.pdf".
// - Every entry carries the same modification time, so the same files give the same bytes.

export type ZipEntry = { name: string; bytes: Uint8Array };

export type ZipOptions = {
  /** The date every entry shows as modified, "YYYY-MM-DD" (e.g. today). Default 2000-01-01. */
  modified?: string;
};

/** Formats that are compressed already (PDF streams, images, archives) are stored, not deflated again. */
const STORED = new Set(["pdf", "png", "jpg", "jpeg", "gif", "webp", "zip", "gz"]);

/** "Invoice 2026/0042 (Acme).PDF" → { base: "invoice-2026-0042-acme", extension: "pdf" } */
function safeParts(name: string): { base: string; extension: string } {
  const match = /\.([\p{L}\p{N}]{1,10})$/u.exec(name.trim());
  const extension = match ? slug(match[1]!, 10) : "";
  const base = slug(match ? name.trim().slice(0, match.index) : name, 75) || "file";
  // A name of digits only would be an integer key, which JavaScript objects (and so fflate) put first.
  return { base: extension === "" && /^\d+$/.test(base) ? `file-${base}` : base, extension };
}

/** The names the files get in the zip, in order: safe and unique (ignoring case). */
export function zipEntryNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const { base, extension } = safeParts(name);
    const withExtension = (b: string) => (extension === "" ? b : `${b}.${extension}`);
    let candidate = withExtension(base);
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = withExtension(`${base}-${n}`);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** A .zip holding the files, in the order given. */
export function zipFiles(files: readonly ZipEntry[], options: ZipOptions = {}): Uint8Array {
  const modified = options.modified !== undefined && isValidCalendarDate(options.modified) ? options.modified : "2000-01-01";
  const [y, m, d] = modified.split("-").map(Number) as [number, number, number];
  // fflate writes the DOS date from the Date's local fields: a local noon gives the same fields
  // in every time zone (DOS dates only go from 1980 to 2107).
  const mtime = new Date(Math.min(Math.max(y, 1980), 2107), m - 1, d, 12, 0, 0);
  const names = zipEntryNames(files.map((f) => f.name));
  const data: Zippable = Object.create(null) as Zippable;
  files.forEach((file, i) => {
    const name = names[i]!;
    const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : "";
    data[name] = [file.bytes, { mtime, level: STORED.has(extension) ? 0 : 6 }];
  });
  return zipSync(data);
}
