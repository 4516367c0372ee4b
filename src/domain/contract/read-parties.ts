import { isCurrencyCode } from "../money/currency";
import { isNumberLocale } from "../money/number-locales";
import type { GoverningLaw } from "../law/governing-law";
import { EU_COUNTRIES, US_STATES } from "../law/governing-law";
import { cleanLine, cleanText } from "../text/clean-text";
import { isEmailAddress } from "../text/email-address";
import type { Party } from "./contract";
import type { ContractDraft, PartyDraft } from "./contract-draft";
import type { FieldErrors } from "./field-errors";
import { usableDraft } from "./usable-draft";

/** A tax or VAT number as printed: letters, digits, spaces, dots, dashes and slashes (shared with the invoice). */
export function isTaxIdText(text: string): boolean {
  return /^[\p{L}\p{N} .\-/]{2,50}$/u.test(text);
}
export const TAX_ID_MESSAGE = "A tax or VAT number can only contain letters, numbers, spaces, dots, dashes and slashes";

function readParty(draft: PartyDraft, who: "you" | "client", errors: FieldErrors): Party {
  const whose = who === "you" ? "your" : "your client's";
  const party: Party = {
    name: cleanLine(draft.name),
    businessName: cleanLine(draft.businessName),
    address: cleanText(draft.address),
    email: cleanLine(draft.email),
    taxId: cleanLine(draft.taxId),
    basedIn: cleanLine(draft.basedIn),
  };
  if (party.name === "") errors.add(`${who}.name`, `Enter ${whose} full name`);
  if (party.address === "") errors.add(`${who}.address`, `Enter ${whose} postal address`);
  if (party.email === "") errors.add(`${who}.email`, `Enter ${whose} email address`);
  else if (!isEmailAddress(party.email))
    errors.add(`${who}.email`, "Enter an email address in the correct format, like name@example.com");
  if (party.taxId !== "" && !isTaxIdText(party.taxId)) errors.add(`${who}.taxId`, TAX_ID_MESSAGE);
  return party;
}

export function readGoverningLaw(draft: ContractDraft["law"], errors: FieldErrors): GoverningLaw | undefined {
  switch (draft.kind) {
    case "us-state":
      if (!US_STATES.some((s) => s.code === draft.usState)) {
        errors.add("law.usState", "Choose the state whose law governs the contract");
        return undefined;
      }
      return { kind: "us-state", state: draft.usState } as GoverningLaw;
    case "uk":
      return { kind: "uk", jurisdiction: draft.ukJurisdiction } as GoverningLaw;
    case "eu":
      if (!EU_COUNTRIES.some((c) => c.code === draft.euCountry)) {
        errors.add("law.euCountry", "Choose the EU country whose law governs the contract");
        return undefined;
      }
      return { kind: "eu", country: draft.euCountry } as GoverningLaw;
    case "other": {
      const name = cleanLine(draft.otherName);
      if (name === "") {
        errors.add("law.otherName", "Enter the country or state whose law governs the contract");
        return undefined;
      }
      return { kind: "other", name } as GoverningLaw;
    }
  }
}

export function readParties(draft: ContractDraft, errors: FieldErrors) {
  errors.at("parties");
  const you = readParty(draft.you, "you", errors);
  const client = readParty(draft.client, "client", errors);
  const law = readGoverningLaw(draft.law, errors);
  if (!isCurrencyCode(draft.currency.trim().toUpperCase())) errors.add("currency", "Choose the currency of the contract");
  if (!isNumberLocale(draft.numberLocale)) errors.add("numberLocale", "Choose how numbers are written");
  // Everything after this step is read with a currency and number style Intl can use.
  const usable = usableDraft(draft);
  return { you, client, law, currency: usable.currency, locale: usable.numberLocale };
}
