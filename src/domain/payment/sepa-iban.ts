import { isSEPACountry } from "ibantools";

/**
 * True when an IBAN (electronic format, checked by readIban) belongs to a country in the SEPA
 * schemes, where a SEPA credit transfer, and so the EPC069-12 QR code, can reach it. The country
 * list is the EPC List of SEPA Scheme Countries (EPC409-09) as shipped by ibantools; it may lag a
 * newly admitted country, so callers warn rather than refuse.
 */
export function isSepaIban(iban: string): boolean {
  return isSEPACountry(iban.slice(0, 2).toUpperCase());
}
