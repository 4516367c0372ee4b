import { describe, expect, it } from "vitest";
import { isSafeLink } from "../../../src/domain/text/safe-link";

describe("isSafeLink", () => {
  it.each([
    ["https://pay.example.com/inv/42", true],
    ["http://example.com", true],
    ["mailto:ana@example.com", true],
    ["HTTPS://EXAMPLE.COM", true],
    ["javascript:alert(1)", false],
    [" javascript:alert(1)", false],
    ["JaVaScRiPt:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["file:///etc/passwd", false],
    ["vbscript:msgbox", false],
    ["/relative/path", false],
    ["", false],
    ["not a url", false],
  ])("%j → %s", (href, safe) => {
    expect(isSafeLink(href)).toBe(safe);
  });
});
