import { create } from "qrcode";

// A QR code as a grid of dark and light modules, and that grid as one SVG path, so the HTML preview
// and the PDF draw the very same symbol. The symbol itself (ISO/IEC 18004) comes from `qrcode`.

export type QrLevel = "L" | "M" | "Q" | "H";

export type QrMatrix = {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major: dark[row * size + column]. */
  dark: boolean[];
  /** QR version 1-40. */
  version: number;
};

/**
 * The QR symbol for a text, encoded as UTF-8 bytes in byte mode (what EPC069-12 asks for:
 * character set 1 is UTF-8). Level M by default, as the EPC069-12 2D code guidelines require.
 * Throws only if the text can't fit any QR version (about 2,300 bytes at level M): callers pass
 * payloads they have already limited (the EPC payload is at most 331 bytes).
 */
export function qrMatrix(payload: string, level: QrLevel = "M"): QrMatrix {
  const code = create([{ mode: "byte", data: new TextEncoder().encode(payload) }], { errorCorrectionLevel: level });
  const { size, data } = code.modules;
  const dark = Array.from(data, (bit) => bit === 1);
  return { size, dark, version: code.version };
}

/**
 * One SVG path for the dark modules: each run of dark modules in a row is one rectangle
 * ("M x y h3 v1 h-3 z"), which keeps the path short and leaves no hairline gaps between modules.
 * Coordinates are in modules × moduleSize, from the top-left of the symbol (no quiet zone).
 */
export function qrPath(matrix: Pick<QrMatrix, "size" | "dark">, moduleSize = 1): string {
  const parts: string[] = [];
  const { size, dark } = matrix;
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!dark[row * size + col]) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col]) col += 1;
      const x = start * moduleSize;
      const y = row * moduleSize;
      const w = (col - start) * moduleSize;
      parts.push(`M${x} ${y}h${w}v${moduleSize}h${-w}z`);
    }
  }
  return parts.join("");
}
