import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mailtoLink } from "../../../src/domain/get-paid/mailto";
import { isSafeLink } from "../../../src/domain/text/safe-link";

const link = (body: string, subject = "Invoice UF-0042") => {
  const r = mailtoLink({ to: "minh@acme.example", subject, body });
  if (r.href === null) throw new Error(r.reason);
  return r.href;
};

/** The query's fields as the mail program reads them: split on "&", then "=" once, then decoded. */
function fieldsOf(href: string): Record<string, string> {
  const query = href.slice(href.indexOf("?") + 1);
  return Object.fromEntries(query.split("&").map((pair) => {
    const at = pair.indexOf("=");
    return [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))];
  }));
}

describe("mailtoLink", () => {
  it("encodes every part; line breaks become %0D%0A", () => {
    expect(link("Hello Minh,\n\nPlease pay.\nThanks", "Invoice UF-0042: £2,000.00 overdue")).toBe(
      "mailto:minh@acme.example?subject=Invoice%20UF-0042%3A%20%C2%A32%2C000.00%20overdue&body=Hello%20Minh%2C%0D%0A%0D%0APlease%20pay.%0D%0AThanks",
    );
  });

  it.each([
    ["Bcc injection in the body", "Hi\r\nBcc: evil@x.y\r\n\r\nPay"],
    ["query characters", "a?b&cc=evil@x.y#frag=1 100% sure"],
    ["an encoded break typed as text", "%0D%0ABcc: evil@x.y"],
    ["unicode and emoji", "Zoë Łukasiewicz — Nguyễn Thị Minh 🎉 请求书 محمد"],
    ["script", "<script>alert(1)</script> ${1+1} {{7*7}}"],
  ])("%s: nothing raw, decodes back to exactly the text, no extra field", (_, body) => {
    const href = link(body);
    expect(href).not.toMatch(/[\r\n\s<>#]/);
    expect(Object.keys(fieldsOf(href))).toEqual(["subject", "body"]);
    expect(fieldsOf(href).body).toBe(body.replace(/\r\n?/g, "\n").replace(/\n/g, "\r\n"));
    expect(isSafeLink(href)).toBe(true);
  });

  it("a subject with a line break becomes one line", () => {
    expect(fieldsOf(link("x", "Invoice\r\nBcc: evil@x.y")).subject).toBe("Invoice Bcc: evil@x.y");
  });

  it("strips bidi controls and control characters from the text", () => {
    expect(fieldsOf(link("pay\u202e now\u0007")).body).toBe("pay now");
  });

  it("adds copy recipients", () => {
    const r = mailtoLink({ to: "minh@acme.example", cc: ["accounts@acme.example"], subject: "s", body: "b" });
    expect(r.href).toBe("mailto:minh@acme.example?cc=accounts@acme.example&subject=s&body=b");
  });

  it("encodes characters an address may hold that mean something in a URL", () => {
    expect(mailtoLink({ to: "a+b%c=d@x.example", subject: "", body: "" }).href).toBe("mailto:a%2Bb%25c%3Dd@x.example?subject=&body=");
  });

  it.each([
    ["a@b.com\r\nBcc: x@y.z", "The recipient's address can't be used: Enter the e-mail address on one line: line breaks and control characters are not allowed"],
    ["a@b.com?cc=x@y.z", "The recipient's address can't be used: An e-mail address can't contain “?” or “&”"],
    ["a@b.com&bcc=x@y.z", "The recipient's address can't be used: An e-mail address can't contain “?” or “&”"],
    ["a@b.com,x@y.z", "The recipient's address can't be used: Enter one e-mail address only, without commas or semicolons"],
    ["a @b.com", "The recipient's address can't be used: An e-mail address can't contain spaces"],
    ["", "The recipient's address can't be used: Enter the e-mail address"],
  ])("refuses the address %j", (to, reason) => {
    expect(mailtoLink({ to, subject: "s", body: "b" })).toEqual({ href: null, reason });
  });

  it("refuses a bad copy address", () => {
    expect(mailtoLink({ to: "a@b.com", cc: ["x@y.z\nBcc: q@r.s"], subject: "s", body: "b" }).reason).toMatch(/^A copy recipient's address can't be used/);
  });

  it("property: any text round-trips and never adds a field or a raw break", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ maxLength: 80 }), (body, subject) => {
        const r = mailtoLink({ to: "a@b.example", subject, body });
        expect(r.href).not.toBeNull();
        expect(r.href).not.toMatch(/[\r\n ]/);
        expect(Object.keys(fieldsOf(r.href!))).toEqual(["subject", "body"]);
      }),
    );
  });
});
