export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const min = (values: readonly number[]): number => (values.length ? Math.min(...values) : Number.NaN);
export const max = (values: readonly number[]): number => (values.length ? Math.max(...values) : Number.NaN);
export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Bytes to KB (1 KB = 1024 bytes), one decimal. */
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const ms = (value: number): string => (Number.isFinite(value) ? String(Math.round(value)) : "n/a");

/** Plain-text table: first column left-aligned, the others right-aligned unless listed in `left`. */
export function table(header: string[], rows: string[][], left: number[] = [0]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (left.includes(c) ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
