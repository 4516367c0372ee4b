// A link written into a document (PDF or preview) may only open a web page or an e-mail: never
// javascript:, data:, file: or anything a reader's viewer could run or read from their disk.

const SAFE_SCHEMES = new Set(["https:", "http:", "mailto:"]);

export function isSafeLink(href: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false;
  }
}
