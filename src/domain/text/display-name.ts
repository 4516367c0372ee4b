/**
 * The name a party goes by on documents, file names, references and calendars: the business
 * name, or the person's name when there is none.
 */
export function displayName(party: { readonly name: string; readonly businessName: string }): string {
  return party.businessName || party.name;
}
