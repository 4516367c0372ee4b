import { formatDate } from "../../dates/calendar-date";
import { documentDateLocale } from "../../dates/document-date-locale";
import { formatMoney } from "../../money/format-money";
import { formatPercent } from "../../percent/format-percent";
import type { Contract } from "../../contract/contract";

/** What every section builder needs: the contract, formatters, and section numbers by id. */
export type ContractContext = {
  contract: Contract;
  money: (minor: number) => string;
  percent: (basisPoints: number) => string;
  date: (date: string) => string;
  /** "section 5" for a section id that is in the document. */
  ref: (sectionId: string) => string;
  has: (sectionId: string) => boolean;
};


export function contractContext(contract: Contract, sectionIds: readonly string[]): ContractContext {
  const dateLocale = documentDateLocale(contract.locale);
  return {
    contract,
    money: (minor) => formatMoney(minor, contract.currency, contract.locale),
    percent: (bp) => formatPercent(bp, contract.locale),
    date: (date) => formatDate(date, dateLocale),
    ref: (id) => {
      const index = sectionIds.indexOf(id);
      // A reference to a section that is not in this contract is a wording bug, never "section 0".
      if (index < 0) throw new Error(`The contract refers to a section it does not have: ${id}`);
      return `section ${index + 1}`;
    },
    has: (id) => sectionIds.includes(id),
  };
}

export const FREELANCER = "the Freelancer";
export const CLIENT = "the Client";
