import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileName, slug } from "../../../src/domain/text/file-name";

/** What every generated file name must be: non-empty, short, no path or reserved characters. */
function expectSafe(name: string) {
  expect([...name].length).toBeLessThanOrEqual(80);
  expect(name).toMatch(/^[^.]/);
  expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f\u202a-\u202e\u2066-\u2069]|\.\./u);
  expect(name.split(".")[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
  expect(name.isWellFormed()).toBe(true);
}

describe("fileName", () => {
  it.each([
    { name: "the brief's example", parts: ["Acme Ltd", "Website redesign"], expected: "contract-acme-ltd-website-redesign.pdf" },
    { name: "#36 a path traversal", parts: ["../../etc/passwd"], expected: "contract-etc-passwd.pdf" },
    { name: "#36 a Windows device name", parts: ["CON"], expected: "contract-con-file.pdf" },
    { name: "#36 reserved characters", parts: ['a/b\\c:*?"<>|'], expected: "contract-a-b-c.pdf" },
    { name: "#36 emoji only falls back to the prefix", parts: ["🎉👍🏽👨‍👩‍👧‍👦🇩🇪"], expected: "contract.pdf" },
    { name: "#36 empty parts fall back to the prefix", parts: ["", "   "], expected: "contract.pdf" },
    { name: "#29 a bidi override cannot fake the extension", parts: ["Invoice\u202Efdp.exe"], expected: "contract-invoicefdp-exe.pdf" },
    { name: "#25 letters are kept exactly, with their diacritics", parts: ["Zoë Łukasiewicz"], expected: "contract-zoë-łukasiewicz.pdf" },
    { name: "#25 Vietnamese is kept exactly", parts: ["Nguyễn Thị Minh"], expected: "contract-nguyễn-thị-minh.pdf" },
    { name: "#25 Greek letters are kept, lower-cased", parts: ["Όμηρος"], expected: "contract-όμηρος.pdf" },
    { name: "#25 Cyrillic letters are kept", parts: ["Договор"], expected: "contract-договор.pdf" },
    { name: "#27 Japanese is kept", parts: ["株式会社テスト"], expected: "contract-株式会社テスト.pdf" },
    { name: "#33 markup is reduced to words", parts: ["<script>alert(1)</script>"], expected: "contract-script-alert-1-script.pdf" },
  ])("$name", ({ parts, expected }) => {
    const name = fileName("contract", parts, "pdf");
    expect(name).toBe(expected);
    expectSafe(name);
  });

  it("#36 300 characters are cut to at most 80", () => {
    const name = fileName("contract", ["x".repeat(300), "y".repeat(300)], "pdf");
    expect([...name].length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^contract-x+-y+\.pdf$/);
  });

  it("#36 300 characters of a non-Latin script are cut by characters, never splitting one", () => {
    const name = fileName("contract", ["𝒜".repeat(300)], "pdf");
    expectSafe(name);
  });

  it("#36 any input gives a safe, non-empty name starting with the prefix", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 120 }), { maxLength: 4 }), (parts) => {
        const name = fileName("contract", parts, "pdf");
        expectSafe(name);
        expect(name.startsWith("contract")).toBe(true);
        expect(name.endsWith(".pdf")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("slug", () => {
  it.each([
    { raw: "Website redesign", expected: "website-redesign" },
    { raw: "  --Acme,  Ltd.--  ", expected: "acme-ltd" },
    { raw: "con", expected: "con-file" },
    { raw: "LPT1", expected: "lpt1-file" },
    { raw: "con.txt", expected: "con-txt" },
    { raw: "ﬁle", expected: "file" },
    { raw: "🎉", expected: "" },
  ])("'$raw' → '$expected'", ({ raw, expected }) => {
    expect(slug(raw)).toBe(expected);
  });

  it("respects the maximum length and never ends with a hyphen", () => {
    expect(slug("ab ".repeat(50), 10)).toBe("ab-ab-ab-a");
    expect(slug("abcd efgh", 5)).toBe("abcd");
  });
});
