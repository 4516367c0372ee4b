// A pragmatic e-mail check (the WHATWG HTML "valid e-mail address" rule): one @, no spaces,
// no CR/LF or characters that could smuggle headers into a mailto link.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text) && !/[?&]/.test(text);
}
