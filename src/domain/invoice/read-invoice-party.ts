import type { FieldErrors } from "../contract/field-errors";
import { TAX_ID_MESSAGE, isTaxIdText } from "../contract/read-parties";
import { cleanLine, cleanText } from "../text/clean-text";
import { isEmailAddress } from "../text/email-address";
import type { InvoiceParty } from "./invoice";
import type { InvoicePartyDraft } from "./invoice-draft";
import type { InvoiceStepId } from "./invoice-steps";

// Codes people type that ISO 3166-1 spells differently: the UK is "GB"; Greece is "GR" ("EL" is
// only the EU's own VAT prefix). ISO 3166-1 alpha-2.
const ISO_SPELLING: Record<string, string> = {
  UK: "Use GB, the ISO country code for the United Kingdom",
  EL: "Use GR, the ISO country code for Greece",
  EU: "Enter the country itself, like DE or FR: the EU is not a country code",
};

/** "" (not given) or an ISO 3166-1 alpha-2 code, read in any case: "de" → "DE". */
function readCountry(raw: string, field: string, errors: FieldErrors<InvoiceStepId>): string {
  const code = cleanLine(raw).toUpperCase();
  if (code === "") return "";
  const spelling = ISO_SPELLING[code];
  if (spelling) errors.add(field, spelling);
  else if (!/^[A-Z]{2}$/.test(code)) errors.add(field, "Enter the country as its two-letter code, like DE, FR or GB");
  return code;
}

/** Seller or buyer: a name is required; e-mail, tax id and country are checked when given. */
export function readInvoiceParty(draft: InvoicePartyDraft, who: "seller" | "buyer", errors: FieldErrors<InvoiceStepId>): InvoiceParty {
  const party: InvoiceParty = {
    name: cleanLine(draft.name),
    businessName: cleanLine(draft.businessName),
    address: cleanText(draft.address),
    email: cleanLine(draft.email),
    taxId: cleanLine(draft.taxId),
    country: "",
  };
  if (party.name === "") errors.add(`${who}.name`, who === "seller" ? "Enter your name" : "Enter your client's name");
  if (party.email !== "" && !isEmailAddress(party.email))
    errors.add(`${who}.email`, "Enter an email address in the correct format, like name@example.com");
  if (party.taxId !== "" && !isTaxIdText(party.taxId)) errors.add(`${who}.taxId`, TAX_ID_MESSAGE);
  party.country = readCountry(draft.country, `${who}.country`, errors);
  return party;
}
