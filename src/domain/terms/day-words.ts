// Small English phrases for day counts, shared by the clauses so they read the same everywhere.

/** 1 → "1 day", 30 → "30 days". */
export function days(n: number): string {
  return n === 1 ? "1 day" : `${n} days`;
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd", 111 → "111th". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}
