import type { Block, Section } from "../document-model";
import type { LetterContext } from "./letter-context";

/** An address column: business name, the person (when there is a business), address lines, contact. */
export function senderColumn(ctx: LetterContext): { role: string; lines: string[] } {
  const { sender } = ctx;
  return { role: "From", lines: nameAndAddress(sender, [sender.email, sender.phone]) };
}

export function recipientColumn(ctx: LetterContext, role = "To"): { role: string; lines: string[] } {
  const { recipient } = ctx;
  return { role, lines: nameAndAddress(recipient, [recipient.email]) };
}

function nameAndAddress(
  party: { name: string; businessName: string; addressLines: string[] },
  contact: string[],
): string[] {
  const lines: string[] = [];
  if (party.businessName) lines.push(party.businessName);
  if (party.name && party.name !== party.businessName) lines.push(party.name);
  for (const line of [...party.addressLines, ...contact]) if (line.trim() !== "") lines.push(line.trim());
  return lines;
}

/** "Dear Ana Lopez," or "Dear Sir or Madam," when only a business is known. */
export function salutation(ctx: LetterContext): Block {
  const name = ctx.recipient.name.trim();
  return { kind: "paragraph", text: name ? `Dear ${name},` : "Dear Sir or Madam," };
}

/**
 * The top of a letter: both addresses side by side, the date and the invoice it is about, then
 * the greeting. `extra` facts (a deadline) follow the reference.
 */
export function letterHead(ctx: LetterContext, letterDate: string, extra: { term: string; value: string }[] = []): Section {
  return {
    id: "head",
    number: "",
    heading: "",
    blocks: [
      { kind: "parties", columns: [senderColumn(ctx), recipientColumn(ctx)] },
      {
        kind: "facts",
        columns: 2,
        items: [{ term: "Date", value: ctx.date(letterDate) }, { term: "Invoice", value: ctx.invoice.number }, ...extra],
      },
      salutation(ctx),
    ],
  };
}

/** "Yours sincerely," with the sender's name and business, then the template notice. */
export function signOff(ctx: LetterContext, notice: Block): Section {
  const { sender } = ctx;
  const lines = [sender.name, sender.businessName && sender.businessName !== sender.name ? sender.businessName : ""].filter(Boolean);
  return {
    id: "sign-off",
    number: "",
    heading: "",
    blocks: [{ kind: "paragraph", text: `Yours sincerely,\n\n${lines.join("\n")}` }, notice],
  };
}
