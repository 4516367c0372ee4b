// The places whose small-claims limit was checked (their figures are in small-claims-limits.ts).
// Apart from that table, so reading a case can check a saved key without loading the table.

export const SMALL_CLAIMS_KEYS = ["england-wales", "scotland", "northern-ireland", "ireland", "us-CA", "us-NY-nyc", "us-TX", "us-FL", "us-IL"] as const;
export type SmallClaimsKey = (typeof SMALL_CLAIMS_KEYS)[number];

export function isSmallClaimsKey(key: string): key is SmallClaimsKey {
  return (SMALL_CLAIMS_KEYS as readonly string[]).includes(key);
}
