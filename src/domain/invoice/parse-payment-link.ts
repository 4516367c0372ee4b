import { type Result, err, ok } from "../result";
import { cleanLine } from "../text/clean-text";

const EXAMPLE = "https://pay.example.com/invoice/42";

// Schemes that run code or carry content instead of opening a page (javascript:, data:…) are never
// printed as a link; plain http is refused because a payment page must be encrypted.
const NOT_A_PAGE = /^(javascript|vbscript|data|blob|file|about|filesystem):/i;

/**
 * A payment link as typed → its normalised https URL (what the PDF links to and prints, so the two
 * never differ). Refuses other schemes, spaces, and user names or passwords inside the address.
 */
export function parsePaymentLink(raw: string): Result<string> {
  const text = cleanLine(raw);
  if (text === "") return err("Enter the payment link");
  if (NOT_A_PAGE.test(text)) return err(`Enter a web page address starting with https://, like ${EXAMPLE}`);
  if (/^http:/i.test(text)) return err("Enter the secure address, starting with https:// (a payment page must not use plain http://)");
  if (/^mailto:/i.test(text)) return err("Enter a web page address starting with https://; your email address goes with your details");
  if (/\s/.test(text)) return err("A web address can't contain spaces");
  if (!/^https:\/\//i.test(text)) return err(`Enter the full address, starting with https://, like ${EXAMPLE}`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return err(`Enter a valid web address, like ${EXAMPLE}`);
  }
  if (url.protocol !== "https:") return err(`Enter a web page address starting with https://, like ${EXAMPLE}`);
  if (url.username !== "" || url.password !== "") return err("A payment link can't contain a user name or password");
  if (!url.hostname.includes(".")) return err(`Enter the full address with its domain, like ${EXAMPLE}`);
  return ok(url.href);
}
