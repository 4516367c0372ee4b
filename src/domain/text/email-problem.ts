import { isEmailAddress } from "./email-address";

// Why an e-mail address as typed can't be used, in words a user can act on, or null when it can.
// Checked on the text exactly as typed (before any cleaning), so a line break is refused rather
// than quietly joined: "a@b.com\r\nBcc: x@y.z" would otherwise add a header to a mailto link or a
// mail client's draft (the header injection of bad-inputs.md #35; RFC 6068 §5, RFC 5322 §2.2).

const LINE_BREAK_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

export function emailProblem(raw: string): string | null {
  if (LINE_BREAK_OR_CONTROL.test(raw)) return "Enter the e-mail address on one line: line breaks and control characters are not allowed";
  const text = raw.trim();
  if (text === "") return "Enter the e-mail address";
  if (/[,;]/.test(text)) return "Enter one e-mail address only, without commas or semicolons";
  if (/[?&]/.test(text)) return "An e-mail address can't contain “?” or “&”";
  if (/\s/u.test(text)) return "An e-mail address can't contain spaces";
  if (!isEmailAddress(text)) return "Enter an e-mail address in the correct format, like name@example.com";
  return null;
}
