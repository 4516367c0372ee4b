// What the seller's country calls the tax an invoice adds. Only the printed word changes; the
// arithmetic is the same everywhere (invoice-totals.ts).
// GST: Australia (A New Tax System (Goods and Services Tax) Act 1999), New Zealand (Goods and
// Services Tax Act 1985), Canada (Excise Tax Act, Part IX), Singapore (Goods and Services Tax
// Act 1993), India (Central Goods and Services Tax Act 2017). US states levy sales taxes under
// their own names: plain "Tax". Everyone else, and a seller who gave no country, reads "VAT"
// (the EU, the UK and most other countries).
const GST = new Set(["AU", "NZ", "CA", "SG", "IN"]);

/** "VAT", "GST" or "Tax" for an ISO 3166-1 alpha-2 country code ("" when not given). */
export function taxName(country: string): string {
  if (GST.has(country)) return "GST";
  if (country === "US") return "Tax";
  return "VAT";
}

/** How a party's tax number is labelled: "VAT ID", "GST no." or "Tax ID". */
export function taxIdLabel(tax: string): string {
  if (tax === "VAT") return "VAT ID";
  if (tax === "GST") return "GST no.";
  return "Tax ID";
}
