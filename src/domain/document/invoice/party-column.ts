import type { InvoiceParty } from "../../invoice/invoice";
import type { InvoiceContext } from "./invoice-context";
import { taxIdLabel } from "./tax-name";

/**
 * One address column: business name, then the person (when there is a business), the address
 * lines, the tax id and the e-mail. Full name and address of both parties: Directive 2006/112/EC
 * art. 226(5); HMRC VAT Notice 700 §16.3.
 */
export function partyColumn(role: string, party: InvoiceParty, ctx: InvoiceContext): { role: string; lines: string[] } {
  const lines: string[] = [];
  if (party.businessName) lines.push(party.businessName);
  if (party.name && party.name !== party.businessName) lines.push(party.name);
  for (const line of party.address.split("\n")) if (line.trim() !== "") lines.push(line.trim());
  if (party.taxId) lines.push(`${taxIdLabel(ctx.tax)} ${party.taxId}`);
  if (party.email) lines.push(party.email);
  return { role, lines };
}

