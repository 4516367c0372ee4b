/**
 * 150 basis points → "1.5", 200 → "2", 125 → "1.25": the percent as written in trade terms and
 * typed back into a form, with no grouping, no sign and no trailing zeros. `decimal` is the
 * decimal mark ("," for de-DE: "1,5").
 */
export function plainPercent(basisPoints: number, decimal = "."): string {
  const whole = String(Math.floor(basisPoints / 100));
  const fraction = String(basisPoints % 100).padStart(2, "0").replace(/0+$/, "");
  return fraction === "" ? whole : `${whole}${decimal}${fraction}`;
}
