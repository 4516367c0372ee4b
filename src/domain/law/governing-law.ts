import { z } from "../zod";

// The law that governs the contract and the courts that hear disputes under it.
// The UK has three legal systems (England and Wales, Scotland, Northern Ireland), so "UK law"
// on its own is not a choice a contract can make.

export type Place = { readonly code: string; readonly name: string };

/** The 50 states and the District of Columbia (USPS two-letter codes), for a select box. */
export const US_STATES = [
  { code: "AL", name: "Alabama" },
  { code: "AK", name: "Alaska" },
  { code: "AZ", name: "Arizona" },
  { code: "AR", name: "Arkansas" },
  { code: "CA", name: "California" },
  { code: "CO", name: "Colorado" },
  { code: "CT", name: "Connecticut" },
  { code: "DE", name: "Delaware" },
  { code: "DC", name: "District of Columbia" },
  { code: "FL", name: "Florida" },
  { code: "GA", name: "Georgia" },
  { code: "HI", name: "Hawaii" },
  { code: "ID", name: "Idaho" },
  { code: "IL", name: "Illinois" },
  { code: "IN", name: "Indiana" },
  { code: "IA", name: "Iowa" },
  { code: "KS", name: "Kansas" },
  { code: "KY", name: "Kentucky" },
  { code: "LA", name: "Louisiana" },
  { code: "ME", name: "Maine" },
  { code: "MD", name: "Maryland" },
  { code: "MA", name: "Massachusetts" },
  { code: "MI", name: "Michigan" },
  { code: "MN", name: "Minnesota" },
  { code: "MS", name: "Mississippi" },
  { code: "MO", name: "Missouri" },
  { code: "MT", name: "Montana" },
  { code: "NE", name: "Nebraska" },
  { code: "NV", name: "Nevada" },
  { code: "NH", name: "New Hampshire" },
  { code: "NJ", name: "New Jersey" },
  { code: "NM", name: "New Mexico" },
  { code: "NY", name: "New York" },
  { code: "NC", name: "North Carolina" },
  { code: "ND", name: "North Dakota" },
  { code: "OH", name: "Ohio" },
  { code: "OK", name: "Oklahoma" },
  { code: "OR", name: "Oregon" },
  { code: "PA", name: "Pennsylvania" },
  { code: "RI", name: "Rhode Island" },
  { code: "SC", name: "South Carolina" },
  { code: "SD", name: "South Dakota" },
  { code: "TN", name: "Tennessee" },
  { code: "TX", name: "Texas" },
  { code: "UT", name: "Utah" },
  { code: "VT", name: "Vermont" },
  { code: "VA", name: "Virginia" },
  { code: "WA", name: "Washington" },
  { code: "WV", name: "West Virginia" },
  { code: "WI", name: "Wisconsin" },
  { code: "WY", name: "Wyoming" },
] as const satisfies readonly Place[];

export type UsStateCode = (typeof US_STATES)[number]["code"];

/** The codes alone, for schemas: "AL", "AK"… */
export const US_STATE_CODES = US_STATES.map((s) => s.code) as unknown as readonly [UsStateCode, ...UsStateCode[]];

/** The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR here, not the EU's own "EL"). */
export const EU_COUNTRIES = [
  { code: "AT", name: "Austria" },
  { code: "BE", name: "Belgium" },
  { code: "BG", name: "Bulgaria" },
  { code: "HR", name: "Croatia" },
  { code: "CY", name: "Cyprus" },
  { code: "CZ", name: "Czechia" },
  { code: "DK", name: "Denmark" },
  { code: "EE", name: "Estonia" },
  { code: "FI", name: "Finland" },
  { code: "FR", name: "France" },
  { code: "DE", name: "Germany" },
  { code: "GR", name: "Greece" },
  { code: "HU", name: "Hungary" },
  { code: "IE", name: "Ireland" },
  { code: "IT", name: "Italy" },
  { code: "LV", name: "Latvia" },
  { code: "LT", name: "Lithuania" },
  { code: "LU", name: "Luxembourg" },
  { code: "MT", name: "Malta" },
  { code: "NL", name: "Netherlands" },
  { code: "PL", name: "Poland" },
  { code: "PT", name: "Portugal" },
  { code: "RO", name: "Romania" },
  { code: "SK", name: "Slovakia" },
  { code: "SI", name: "Slovenia" },
  { code: "ES", name: "Spain" },
  { code: "SE", name: "Sweden" },
] as const satisfies readonly Place[];

export type EuCountryCode = (typeof EU_COUNTRIES)[number]["code"];

/** The UK's three legal systems, for a select box. */
export const UK_JURISDICTIONS = [
  { code: "england-wales", name: "England and Wales" },
  { code: "scotland", name: "Scotland" },
  { code: "northern-ireland", name: "Northern Ireland" },
] as const satisfies readonly Place[];

export type UkJurisdiction = (typeof UK_JURISDICTIONS)[number]["code"];

const codesOf = <T extends readonly Place[]>(list: T) =>
  list.map((p) => p.code) as unknown as [T[number]["code"], ...T[number]["code"][]];

export const GoverningLaw = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("us-state"),
    state: z.enum(codesOf(US_STATES), { error: "Choose a US state (or the District of Columbia) from the list" }),
  }),
  z.object({
    kind: z.literal("uk"),
    jurisdiction: z.enum(codesOf(UK_JURISDICTIONS), {
      error: "Choose England and Wales, Scotland or Northern Ireland",
    }),
  }),
  z.object({
    kind: z.literal("eu"),
    country: z.enum(codesOf(EU_COUNTRIES), { error: "Choose an EU country from the list" }),
  }),
  z.object({
    kind: z.literal("other"),
    name: z.string({ error: "Enter the country or state whose law applies" }).check(
      z.trim(),
      z.minLength(1, { error: "Enter the country or state whose law applies" }),
      z.maxLength(100, { error: "Keep the name of the place to 100 characters or fewer" }),
    ),
  }),
]);
export type GoverningLaw = z.infer<typeof GoverningLaw>;

// Four states call themselves commonwealths in their constitutions; contracts use the official style.
const COMMONWEALTHS: ReadonlySet<string> = new Set(["KY", "MA", "PA", "VA"]);
// Country names that read with "the" in running text.
const WITH_ARTICLE: ReadonlySet<string> = new Set(["NL"]);

function nameIn<T extends readonly Place[]>(list: T, code: string): string {
  return list.find((p) => p.code === code)?.name ?? code;
}

/** "the State of New York", "the Commonwealth of Virginia", "the District of Columbia". */
function usStatePhrase(code: UsStateCode): string {
  if (code === "DC") return "the District of Columbia";
  return `the ${COMMONWEALTHS.has(code) ? "Commonwealth" : "State"} of ${nameIn(US_STATES, code)}`;
}

function euCountryPhrase(code: EuCountryCode): string {
  const name = nameIn(EU_COUNTRIES, code);
  return WITH_ARTICLE.has(code) ? `the ${name}` : name;
}

/** The place as it reads in a sentence: "the State of New York", "England and Wales", "Germany". */
export function governingLawPlace(law: GoverningLaw): string {
  switch (law.kind) {
    case "us-state":
      return usStatePhrase(law.state);
    case "uk":
      return nameIn(UK_JURISDICTIONS, law.jurisdiction);
    case "eu":
      return euCountryPhrase(law.country);
    case "other":
      return law.name.trim();
  }
}

/** The governing-law phrase: "the laws of the State of New York", "the laws of England and Wales". */
export function governingLawName(law: GoverningLaw): string {
  return `the laws of ${governingLawPlace(law)}`;
}

/**
 * The courts phrase for the dispute clause. For a US state both state and federal courts
 * sit there, so both are named; elsewhere "the courts of …".
 */
export function courtsPhrase(law: GoverningLaw): string {
  if (law.kind === "us-state") return `the state and federal courts located in ${governingLawPlace(law)}`;
  return `the courts of ${governingLawPlace(law)}`;
}
