import { cleanLine, cleanText } from "../text/clean-text";
import { emailProblem } from "../text/email-problem";

// A mailto: link that opens the user's mail program with a message ready to send (RFC 6068).
// Every part is percent-encoded with encodeURIComponent, so nothing the user typed can end a
// field or start a header: "?", "&", "#", "=" and "%" in a subject or body become %3F, %26, %23,
// %3D and %25; line breaks in the body are written as CRLF and encoded as %0D%0A (RFC 6068 §5);
// a subject is one line. Addresses are checked first (emailProblem): one with a line break,
// space, comma, "?" or "&" could add recipients or headers, so the link is refused instead.

export type MailtoInput = { to: string; cc?: readonly string[]; subject: string; body: string };
export type MailtoResult = { href: string; reason: null } | { href: null; reason: string };

/** An address in a mailto link: encoded like any other part, "@" left readable (RFC 6068 §2 allows it). */
function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, "@");
}

export function mailtoLink(input: MailtoInput): MailtoResult {
  const addresses = [input.to, ...(input.cc ?? [])];
  for (const [i, address] of addresses.entries()) {
    const problem = emailProblem(address);
    if (problem) return { href: null, reason: `${i === 0 ? "The recipient's" : "A copy recipient's"} address can't be used: ${problem}` };
  }
  const to = encodeAddress(input.to.trim());
  const fields: string[] = [];
  const cc = (input.cc ?? []).map((a) => encodeAddress(a.trim()));
  if (cc.length > 0) fields.push(`cc=${cc.join(",")}`);
  fields.push(`subject=${encodeURIComponent(cleanLine(input.subject))}`);
  fields.push(`body=${encodeURIComponent(cleanText(input.body).replace(/\n/g, "\r\n"))}`);
  return { href: `mailto:${to}?${fields.join("&")}`, reason: null };
}
