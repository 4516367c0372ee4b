import jsQR from "jsqr";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epcPayload } from "../../../src/domain/payment/epc-qr";
import { qrMatrix, qrPath, type QrMatrix } from "../../../src/domain/payment/qr-matrix";

const QUIET = 4; // modules of light border, as ISO/IEC 18004 asks
const SCALE = 4; // pixels per module

/** Draws the matrix as RGBA pixels (black on white, with the quiet zone) and decodes it with jsQR. */
function decode(matrix: QrMatrix): { text: string; bytes: number[]; version: number } | null {
  const side = (matrix.size + 2 * QUIET) * SCALE;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < matrix.size; row += 1) {
    for (let col = 0; col < matrix.size; col += 1) {
      if (!matrix.dark[row * matrix.size + col]) continue;
      for (let dy = 0; dy < SCALE; dy += 1) {
        for (let dx = 0; dx < SCALE; dx += 1) {
          const y = (row + QUIET) * SCALE + dy;
          const x = (col + QUIET) * SCALE + dx;
          const i = (y * side + x) * 4;
          rgba[i] = 0;
          rgba[i + 1] = 0;
          rgba[i + 2] = 0;
        }
      }
    }
  }
  const code = jsQR(rgba, side, side, { inversionAttempts: "dontInvert" });
  return code ? { text: code.data, bytes: code.binaryData, version: code.version } : null;
}

/** Reads the path back into a grid, to check it covers exactly the dark modules. */
function pathToGrid(path: string, size: number): boolean[] {
  const grid = Array.from({ length: size * size }, () => false);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let c = Number(x); c < Number(x) + Number(w); c += 1) grid[Number(y) * size + c] = true;
  }
  return grid;
}

function epc(name: string, reference: string, amountMinor = 123_456): string {
  const result = epcPayload({ name, iban: "DE89370400440532013000", amountMinor, reference });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("qrMatrix", () => {
  it.each([
    { name: "a short ASCII payment", payload: epc("Ada Lovelace Studio", "Invoice 2026-0042") },
    { name: "umlauts and accents (UTF-8)", payload: epc("Müller & Söhne GmbH, Café Zoë", "Rechnung 2026-0042 für März") },
    { name: "CJK and emoji", payload: epc("株式会社テスト 🎨", "請求書 2026-0042") },
    { name: "a payload of 331 bytes", payload: epc("Ä".repeat(70), `${"é".repeat(69)}x`) },
  ])("$name decodes with jsQR back to the payload", ({ payload }) => {
    const matrix = qrMatrix(payload);
    const decoded = decode(matrix);
    expect(decoded?.text).toBe(payload);
    expect(decoded?.bytes).toEqual([...new TextEncoder().encode(payload)]);
    expect(decoded?.version).toBe(matrix.version);
  });

  it("the longest EPC payload (331 bytes) fits QR version 13 at level M, as EPC069-12 expects", () => {
    const payload = epc("Ä".repeat(70), `${"é".repeat(69)}x`);
    expect(new TextEncoder().encode(payload).length).toBe(331);
    const matrix = qrMatrix(payload);
    expect(matrix.version).toBeLessThanOrEqual(13);
    expect(matrix.size).toBe(17 + 4 * matrix.version);
    expect(matrix.dark).toHaveLength(matrix.size * matrix.size);
  });

  it("a higher error-correction level needs a larger symbol", () => {
    const payload = epc("Ada Lovelace Studio", "Invoice 2026-0042");
    expect(qrMatrix(payload, "H").version).toBeGreaterThan(qrMatrix(payload, "L").version);
    expect(decode(qrMatrix(payload, "H"))?.text).toBe(payload);
  });

  it("property: random text decodes back to itself", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120, unit: "grapheme" }), (text) => {
        expect(decode(qrMatrix(text))?.text).toBe(text);
      }),
      { numRuns: 40 },
    );
  });
});

describe("qrPath", () => {
  it("draws each horizontal run of dark modules as one rectangle", () => {
    const matrix = { size: 3, dark: [true, true, false, false, false, false, true, false, true] };
    expect(qrPath(matrix)).toBe("M0 0h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z");
  });

  it("scales by the module size", () => {
    expect(qrPath({ size: 2, dark: [false, true, true, true] }, 3)).toBe("M3 0h3v3h-3zM0 3h6v3h-6z");
  });

  it("an all-light matrix gives an empty path", () => {
    expect(qrPath({ size: 2, dark: [false, false, false, false] })).toBe("");
  });

  it("covers exactly the dark modules of a real code, with fewer rectangles than modules", () => {
    const matrix = qrMatrix(epc("Ada Lovelace Studio", "Invoice 2026-0042"));
    const path = qrPath(matrix);
    expect(pathToGrid(path, matrix.size)).toEqual(matrix.dark);
    const rectangles = path.split("M").length - 1;
    expect(rectangles).toBeLessThan(matrix.dark.filter(Boolean).length);
  });
});
