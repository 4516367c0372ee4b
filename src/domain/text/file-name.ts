import { cleanLine } from "./clean-text";

// Windows reserved device names, which can't be file names whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A readable slug for a file name: letters of any script kept as written (bad-inputs #25), everything risky dropped. */
export function slug(text: string, max = 40): string {
  const base = cleanLine(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = [...base].slice(0, max).join("").replace(/-+$/, "");
  return RESERVED.test(cut) ? `${cut}-file` : cut;
}

/**
 * A safe, non-empty file name of at most ~80 characters, e.g.
 * fileName("contract", ["Acme Ltd", "Website redesign"], "pdf") → "contract-acme-ltd-website-redesign.pdf".
 */
export function fileName(prefix: string, parts: readonly string[], extension: string): string {
  const pieces = [prefix, ...parts.map((p) => slug(p, 32))].filter((p) => p !== "");
  let name = pieces.join("-");
  if ([...name].length > 75) name = [...name].slice(0, 75).join("").replace(/-+$/, "");
  return `${name || prefix}.${extension}`;
}
