import { formatDate } from "../../dates/calendar-date";
import { documentDateLocale } from "../../dates/document-date-locale";
import { formatMoney } from "../../money/format-money";
import { displayName } from "../../text/display-name";
import type { LetterInvoice, LetterRecipient, LetterSender } from "./letter-input";

/** What every piece of a letter needs: the parties, the invoice and the formatters. */
export type LetterContext = {
  sender: LetterSender;
  recipient: LetterRecipient;
  invoice: LetterInvoice;
  /** "£1,234.00", "1.234,00 €" in the invoice's currency and number style. */
  money: (minor: number) => string;
  /** "1 April 2027": letters are English, dates in the English of the number style's region. */
  date: (date: string) => string;
  /** The business name, or the person's name when there is none. */
  senderName: string;
  recipientName: string;
};

export function letterContext(input: { sender: LetterSender; recipient: LetterRecipient; invoice: LetterInvoice }): LetterContext {
  const { invoice } = input;
  const dateLocale = documentDateLocale(invoice.numberLocale);
  return {
    sender: input.sender,
    recipient: input.recipient,
    invoice,
    money: (minor) => formatMoney(minor, invoice.currency, invoice.numberLocale),
    date: (date) => formatDate(date, dateLocale),
    senderName: displayName(input.sender),
    recipientName: displayName(input.recipient),
  };
}
