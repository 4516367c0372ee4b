import { describe, expect, it } from "vitest";
import { isEmailAddress } from "../../../src/domain/text/email-address";

describe("isEmailAddress", () => {
  it.each([
    "name@example.com",
    "zoe@example.com",
    "minh@acme.example",
    "first.last+tag@sub.example.co.uk",
    "o'brien@example.ie",
    "x@y.io",
    "user_name-1@my-domain.org",
  ])("accepts %s", (email) => {
    expect(isEmailAddress(email)).toBe(true);
  });

  it.each([
    { name: "#35 a CR/LF header injection", email: "a@b.com\r\nBcc: x@y.z" },
    { name: "#35 a bare LF header injection", email: "a@b.com\nBcc: x@y.z" },
    { name: "#35 a query string in the address", email: "a@b.com?cc=x@y.z" },
    { name: "#35 an ampersand", email: "a&b@c.com" },
    { name: "a space inside", email: "a b@c.com" },
    { name: "a trailing space", email: "a@b.com " },
    { name: "no domain dot", email: "a@b" },
    { name: "two @", email: "a@b@c.com" },
    { name: "no local part", email: "@example.com" },
    { name: "a domain label starting with a hyphen", email: "a@-b.com" },
    { name: "a mailto: prefix", email: "mailto:a@b.com" },
    { name: "angle brackets", email: "<a@b.com>" },
    { name: "#34 a javascript: URL", email: "javascript:alert(1)" },
    { name: "longer than 254 characters", email: `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com` },
    { name: "empty", email: "" },
  ])("rejects $name", ({ email }) => {
    expect(isEmailAddress(email)).toBe(false);
  });
});
