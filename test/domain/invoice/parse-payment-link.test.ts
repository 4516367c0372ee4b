import { describe, expect, it } from "vitest";
import { parsePaymentLink } from "../../../src/domain/invoice/parse-payment-link";

describe("parsePaymentLink: https pages only", () => {
  it.each([
    { raw: "https://pay.example.com/invoice/42", href: "https://pay.example.com/invoice/42" },
    { raw: "  https://pay.example.com  ", href: "https://pay.example.com/" },
    { raw: "HTTPS://Pay.Example.COM/Inv?id=42&x=1#top", href: "https://pay.example.com/Inv?id=42&x=1#top" },
    { raw: "https://buy.stripe.com/test_123", href: "https://buy.stripe.com/test_123" },
    { raw: "https://bücher.example/zahlen", href: "https://xn--bcher-kva.example/zahlen" },
    { raw: "https://pay.example.com:8443/x", href: "https://pay.example.com:8443/x" },
  ])("$raw → $href", ({ raw, href }) => {
    expect(parsePaymentLink(raw)).toEqual({ ok: true, value: href });
  });

  it.each([
    { name: "empty", raw: "", error: /^Enter the payment link$/ },
    { name: "javascript:", raw: "javascript:alert(document.cookie)", error: /^Enter a web page address starting with https:\/\// },
    { name: "JavaScript: in mixed case", raw: "JaVaScRiPt:alert(1)", error: /starting with https:\/\// },
    { name: "data:", raw: "data:text/html,<script>alert(1)</script>", error: /starting with https:\/\// },
    { name: "vbscript:", raw: "vbscript:msgbox(1)", error: /starting with https:\/\// },
    { name: "file:", raw: "file:///etc/passwd", error: /starting with https:\/\// },
    { name: "plain http", raw: "http://pay.example.com", error: "Enter the secure address, starting with https:// (a payment page must not use plain http://)" },
    { name: "mailto:", raw: "mailto:zoe@example.com", error: /your email address goes with your details/ },
    { name: "no scheme", raw: "pay.example.com/invoice", error: /^Enter the full address, starting with https:\/\// },
    { name: "protocol-relative", raw: "//pay.example.com", error: /^Enter the full address, starting with https:\/\// },
    { name: "ftp:", raw: "ftp://files.example.com", error: /^Enter the full address, starting with https:\/\// },
    { name: "spaces inside", raw: "https://pay.example.com/my invoice", error: "A web address can't contain spaces" },
    { name: "a user name and password", raw: "https://user:secret@pay.example.com", error: "A payment link can't contain a user name or password" },
    { name: "a user name that disguises the host", raw: "https://pay.example.com@evil.example", error: "A payment link can't contain a user name or password" },
    { name: "no domain", raw: "https://localhost/pay", error: /with its domain/ },
    { name: "not a URL", raw: "https://", error: /^Enter a valid web address/ },
  ])("$name is refused", ({ raw, error }) => {
    const result = parsePaymentLink(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      if (typeof error === "string") expect(result.error).toBe(error);
      else expect(result.error).toMatch(error);
    }
  });
});
