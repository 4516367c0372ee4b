// The bad-inputs list (../shared/bad-inputs.md), one row at a time, for every row the domain
// decides: each entry names its row, what is sent and what must happen, and checks it against
// the real functions the pages call. Rows only a browser can show are asserted by e2e tests whose
// titles carry "bad-inputs #N" (test/e2e/bad-inputs.test.ts and others); bad-inputs-coverage.test.ts
// checks that every row is claimed somewhere.
import { describe, expect, it } from "vitest";
import { todayInZone, addMonths, formatDate } from "../../src/domain/dates/calendar-date";
import { parseDate } from "../../src/domain/dates/parse-date";
import { contractWarnings } from "../../src/domain/contract/contract-warnings";
import type { ContractDraft } from "../../src/domain/contract/contract-draft";
import { readContract, stepErrors } from "../../src/domain/contract/read-contract";
import { MAX_MILESTONES } from "../../src/domain/contract/text-limits";
import { toIcs } from "../../src/domain/calendar/to-ics";
import { openDraft, wrapDraft } from "../../src/domain/drafts/draft-envelope";
import { fontScripts, unprintableCharacters } from "../../src/domain/document/printable-text";
import type { DocumentModel } from "../../src/domain/document/document-model";
import { mailtoLink } from "../../src/domain/get-paid/mailto";
import { openOverdueDraft, wrapOverdueDraft } from "../../src/domain/get-paid/overdue-envelope";
import { paymentPlan } from "../../src/domain/get-paid/payment-plan";
import { invoiceTotals } from "../../src/domain/invoice/invoice-totals";
import { newInvoiceBook, openInvoiceBook, wrapInvoiceBook } from "../../src/domain/invoice/invoice-book";
import type { InvoiceDraft } from "../../src/domain/invoice/invoice-draft";
import { parsePaymentLink } from "../../src/domain/invoice/parse-payment-link";
import { parseQuantity } from "../../src/domain/invoice/parse-quantity";
import { readInvoice } from "../../src/domain/invoice/read-invoice";
import { formatAmount } from "../../src/domain/money/format-money";
import { parseMoney } from "../../src/domain/money/parse-money";
import { formatIban, readIban } from "../../src/domain/payment/iban";
import { parsePercent } from "../../src/domain/percent/parse-percent";
import { contractPreset } from "../../src/domain/presets/contract-presets";
import { findGetPaidPreset } from "../../src/domain/presets/get-paid-presets";
import type { Result } from "../../src/domain/result";
import { splitTotal } from "../../src/domain/schedule/split-total";
import { divideHalfUp } from "../../src/domain/terms/round-half-up";
import { cleanLine, cleanText } from "../../src/domain/text/clean-text";
import { emailProblem } from "../../src/domain/text/email-problem";
import { fileName } from "../../src/domain/text/file-name";
import { isSafeLink } from "../../src/domain/text/safe-link";
import { breakLongWord } from "../../src/pdf/text/break-long-word";
import { sanitizePdfText } from "../../src/pdf/text/sanitize-pdf-text";
import { sampleContractDraft } from "../fixtures/sample-contract-draft";
import { sampleInvoiceDraft } from "../fixtures/sample-invoice-draft";
import { sampleOverdueDraft } from "../fixtures/sample-overdue-draft";

type Row = { row: number; input: string; expected: string; check: () => void };

const NNBSP = "\u202f";

function accepted<T>(result: Result<T>, value: T): void {
  expect(result).toEqual({ ok: true, value });
}

function refused(result: Result<unknown>, message: string | RegExp): void {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (!result.ok) expect(result.error).toMatch(message);
}

const contract = (change: (d: ContractDraft) => void): ContractDraft => {
  const draft = structuredClone(sampleContractDraft());
  change(draft);
  return draft;
};

const withMilestones = (values: string[], modes: ("percent" | "rest")[] = values.map(() => "percent")) =>
  contract((d) => {
    d.price = { ...d.price, model: "fixed", fixedFee: "1,000.00" };
    d.payment.depositMode = "none";
    d.payment.milestones = values.map((v, i) => ({ ...d.payment.milestones[0]!, id: `m${i + 1}`, name: `Part ${i + 1}`, shareMode: modes[i]!, shareValue: v }));
  });

const invoice = (change: (d: InvoiceDraft) => void): InvoiceDraft => {
  const draft = structuredClone(sampleInvoiceDraft());
  change(draft);
  return draft;
};

const errorsOf = (read: { ok: true } | { ok: false; errors: { field: string; message: string }[] }) => (read.ok ? [] : read.errors);

const docWith = (text: string): DocumentModel =>
  ({ title: "T", lang: "en", meta: { title: "T", subject: "", author: "", keywords: [] }, header: "", footer: "", sections: [{ heading: "", blocks: [{ kind: "paragraph", text }] }] }) as unknown as DocumentModel;

// Each kind of saved or imported file, for the rows every envelope must survive.
const OPENERS: [string, (text: string) => { status: string }][] = [
  ["contract draft", openDraft],
  ["overdue case", openOverdueDraft],
  ["invoice list", openInvoiceBook],
];

const ROWS: Row[] = [
  // Money
  { row: 1, input: "1,234.56 (en-US)", expected: "123456 minor units, shown back as typed", check: () => {
    accepted(parseMoney("1,234.56", "EUR", "en-US"), 123456);
    expect(formatAmount(123456, "EUR", "en-US")).toBe("1,234.56");
  } },
  { row: 1, input: "1.234,56 (de-DE)", expected: "123456 minor units, shown back as typed", check: () => {
    accepted(parseMoney("1.234,56", "EUR", "de-DE"), 123456);
    expect(formatAmount(123456, "EUR", "de-DE")).toBe("1.234,56");
  } },
  { row: 1, input: "1 234,56 with U+202F (fr-FR)", expected: "123456 minor units, shown back in the same style", check: () => {
    accepted(parseMoney(`1${NNBSP}234,56`, "EUR", "fr-FR"), 123456);
    expect(formatAmount(123456, "EUR", "fr-FR")).toBe(`1${NNBSP}234,56`);
  } },
  { row: 2, input: "1,234 in de-DE (comma = decimal mark)", expected: "refused with an example, never guessed", check: () => {
    refused(parseMoney("1,234", "EUR", "de-DE"), "EUR has 2 decimal places: enter the amount with no more than 2, for example 1.234,50");
  } },
  { row: 2, input: "1,5 in en-US (comma = group mark)", expected: "refused with the locale's format", check: () => {
    refused(parseMoney("1,5", "USD", "en-US"), "Enter the amount in this format: 1,234.50");
  } },
  { row: 3, input: "€ 1 500, ' 1500 ', 1500 EUR, trailing no-break and zero-width spaces", expected: "1500.00", check: () => {
    for (const raw of ["€ 1 500", " 1500 ", "1500 EUR", "1500\u00a0", "1500\u200b"]) accepted(parseMoney(raw, "EUR", "en-US"), 150000);
  } },
  { row: 4, input: "-500, −500 (U+2212) as a price or rate", expected: "Enter an amount of 0 or more", check: () => {
    for (const raw of ["-500", "\u2212500"]) refused(parseMoney(raw, "EUR", "en-US"), "Enter an amount of 0 or more");
    refused(parsePercent("\u22125", "en-US"), "as 0 or more");
    refused(parseQuantity("-1", "en-US"), "more than 0");
  } },
  { row: 5, input: "0 as a rate, a price or a quantity", expected: "must be more than 0, unless the line is explicitly free", check: () => {
    refused(parsePercent("0", "en-US"), "more than 0%");
    refused(parseQuantity("0", "en-US"), "must be more than 0");
    refused(parseMoney("0", "EUR", "en-US", { allowZero: false, label: "the hourly rate" }), "The hourly rate must be more than 0");
    // A free line is an explicit 0 price, accepted where the field allows it.
    accepted(parseMoney("0", "EUR", "en-US"), 0);
  } },
  { row: 6, input: "1e308, 1e309, Infinity, NaN, 0x10, 1_000", expected: "refused: digits and separators only", check: () => {
    for (const raw of ["1e308", "1e309", "Infinity", "NaN", "0x10", "1_000"]) refused(parseMoney(raw, "EUR", "en-US"), "digits 0–9 only");
  } },
  { row: 7, input: "empty, only spaces", expected: "Enter the amount; never 0", check: () => {
    for (const raw of ["", "   "]) refused(parseMoney(raw, "EUR", "en-US"), /^Enter the amount$/);
  } },
  { row: 8, input: "12.345 EUR, 100.5 JPY, 1.2345 KWD", expected: "refused: too many decimals for the currency", check: () => {
    refused(parseMoney("12.345", "EUR", "en-US"), "EUR has 2 decimal places");
    refused(parseMoney("100.5", "JPY", "en-US"), "JPY has no decimal places");
    refused(parseMoney("1.2345", "KWD", "en-US"), "KWD has 3 decimal places");
    accepted(parseMoney("1.234", "KWD", "en-US"), 1234);
  } },
  { row: 9, input: "1.005 to round to cents", expected: "1.01 half-up in integer arithmetic; 1.005 typed is refused, not rounded", check: () => {
    expect(divideHalfUp(1005n, 10n)).toBe(101n);
    expect(divideHalfUp(1004n, 10n)).toBe(100n);
    refused(parseMoney("1.005", "USD", "en-US"), "USD has 2 decimal places");
  } },
  { row: 10, input: "quantity 99999 × price 99,999,999.99", expected: "refused above the stated maximum; no Infinity or NaN", check: () => {
    const read = readInvoice(invoice((d) => { d.lines = [{ ...d.lines[0]!, quantity: "99.999", unitPrice: "99.999.999,99" }]; }), "1");
    expect(errorsOf(read)).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/This line comes to more than .*lower the quantity or the unit price/) }));
    refused(parseMoney("99999999999999999", "EUR", "en-US"), "too large");
  } },
  { row: 11, input: "3 lines of 0.10 at 19.5% tax", expected: "tax rounded half-up once per rate; the lines add up to the total", check: () => {
    const read = readInvoice(invoice((d) => { d.lines = [1, 2, 3].map((n) => ({ ...d.lines[0]!, id: `l${n}`, quantity: "1", unitPrice: "0,10", taxRate: "19,5", discountMode: "none" as const })); }), "1");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const totals = invoiceTotals(read.invoice);
    // 0.30 × 19.5% = 0.0585 → 0.06 (half-up on the rate's base, invoice-totals.ts).
    expect([totals.subtotal, totals.taxTotal, totals.total]).toEqual([30, 6, 36]);
    expect(totals.lines.reduce((sum, l) => sum + l.net, 0) + totals.taxTotal).toBe(totals.total);
  } },
  { row: 12, input: "١٢٣٤ (Arabic-Indic), １２３４ (full-width)", expected: "normalised to 1234", check: () => {
    accepted(parseMoney("١٢٣٤", "EUR", "en-US"), 123400);
    accepted(parseMoney("１２３４", "EUR", "en-US"), 123400);
  } },

  // Schedules
  { row: 13, input: "milestones at 99.99%, 100.01%, 110%", expected: "refused with the sum said", check: () => {
    const message = (values: string[]) => stepErrors(withMilestones(values), "payment").map((e) => e.message).join(" ");
    expect(message(["33.33", "33.33", "33.33"])).toMatch(/add up to 99\.99%/);
    expect(message(["50", "50.01"])).toMatch(/add up to 100\.01%/);
    expect(message(["60", "50"])).toMatch(/add up to 110%/);
  } },
  { row: 14, input: "three milestones of 33.33% of 1,000.00 (the last takes the rest)", expected: "exact to the cent; the remainder on a stated milestone", check: () => {
    expect(stepErrors(withMilestones(["33.33", "33.33", ""], ["percent", "percent", "rest"]), "payment")).toEqual([]);
    const split = splitTotal(100000, [{ mode: "percent", basisPoints: 3333 }, { mode: "percent", basisPoints: 3333 }, { mode: "rest" }]);
    expect(split).toEqual({ ok: true, amounts: [33330, 33330, 33340], roundedUp: [] });
  } },
  { row: 15, input: "a 0% or negative milestone; 1,000 milestones", expected: "refused; at most 20 milestones", check: () => {
    expect(stepErrors(withMilestones(["0", "100"]), "payment")[0]?.message).toMatch(/more than 0%/);
    expect(stepErrors(withMilestones(["-10", "110"]), "payment")[0]?.message).toMatch(/0 or more/);
    expect(MAX_MILESTONES).toBe(20);
    const many = JSON.stringify(wrapDraft(withMilestones(Array.from({ length: 1_000 }, () => "0.1"))));
    expect(openDraft(many)).toEqual({ status: "damaged", message: expect.stringContaining("damaged (at payment.milestones)") });
  } },
  { row: 16, input: "a payment plan of 7 instalments for 100.00", expected: "sums exactly; the difference on a stated instalment", check: () => {
    const plan = paymentPlan(10000, { downPayment: 0, count: 7, firstDate: "2027-05-01", every: "month", graceDays: 7, waiveInterestIfKept: true });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.instalments.map((i) => i.amount)).toEqual([1428, 1428, 1428, 1428, 1428, 1428, 1432]);
    expect(plan.value.instalments.reduce((s, i) => s + i.amount, 0)).toBe(10000);
    expect(plan.value.roundingOn).toBe(7);
  } },

  // Dates
  { row: 17, input: "a start date in the past", expected: "allowed, with a warning for the review step", check: () => {
    const read = readContract(contract((d) => { d.startDate = "2020-01-06"; d.endDate = "2027-12-31"; d.payment.milestones.forEach((m) => { m.dueDate = "2027-06-01"; m.expectedDate = "2027-06-01"; }); }));
    expect(errorsOf(read)).toEqual([]);
    if (read.ok) expect(contractWarnings(read.contract, "2026-12-06").map((w) => w.code)).toContain("start-in-past");
  } },
  { row: 18, input: "end before start; due before issue", expected: "refused", check: () => {
    expect(stepErrors(contract((d) => { d.startDate = "2027-05-01"; d.endDate = "2027-04-01"; }), "price")).toContainEqual(
      expect.objectContaining({ field: "endDate", message: "The end date must be the same as or after the start date" }),
    );
    const read = readInvoice(invoice((d) => { d.terms = "date"; d.issueDate = "2027-03-17"; d.dueDate = "2027-03-01"; }), "1");
    expect(errorsOf(read)).toContainEqual(expect.objectContaining({ field: "dueDate", message: "The due date can't be before the issue date" }));
  } },
  { row: 19, input: "2026-02-30, 2026-13-01, 31/02/2026", expected: "refused; never rolled over to March", check: () => {
    refused(parseDate("2026-02-30"), "a real day of that month");
    refused(parseDate("2026-13-01"), "a month from 1 to 12");
    refused(parseDate("31/02/2026"), "as a real date, for example 2027-03-12");
  } },
  { row: 20, input: "year 0000, 275760, two-digit 26", expected: "refused outside 1900–2200", check: () => {
    refused(parseDate("0000-01-01"), "a year between 1900 and 2200");
    refused(parseDate("275760-01-01"), "as a real date");
    refused(parseDate("26"), "as a real date");
  } },
  { row: 21, input: "browser time zone Los Angeles or Kiritimati", expected: "the same calendar date in the form, preview, PDF and .ics", check: () => {
    // Calendar dates are strings, shown and written in UTC days: the browser's zone never moves them.
    expect(formatDate("2027-03-01", "en-GB")).toBe("1 March 2027");
    const ics = toIcs([{ uid: "u1", title: "Due", date: "2027-03-01", description: "" }], { calName: "Test", now: new Date("2027-02-28T23:30:00Z") });
    expect(ics.ok && ics.value).toContain("DTSTART;VALUE=DATE:20270301");
    // "Today" is the user's own day, whichever side of the date line they are on.
    const instant = new Date("2027-03-01T11:00:00Z");
    expect(todayInZone(instant, "America/Los_Angeles")).toBe("2027-03-01");
    expect(todayInZone(instant, "Pacific/Kiritimati")).toBe("2027-03-02");
  } },
  { row: 22, input: "31 January + 1 month; 29 February + 1 year", expected: "the month's last day (never 3 March); weekends are not moved", check: () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    // A due date on a Saturday stays on that Saturday (the stated rule: no moving off weekends).
    accepted(parseDate("2027-03-06"), "2027-03-06");
  } },

  // Text
  { row: 23, input: "a 10,000-character scope", expected: "a stated limit of 10,000; longer is refused", check: () => {
    const draft = sampleContractDraft();
    const at = (summary: string) => openDraft(JSON.stringify(wrapDraft({ ...draft, scope: { ...draft.scope, summary } }))).status;
    expect(at("x".repeat(10_000))).toBe("ok");
    expect(at("x".repeat(10_001))).toBe("damaged");
  } },
  { row: 24, input: "a 1 MB text in a saved or imported file", expected: "refused with a message; the field limits hold", check: () => {
    const big = JSON.stringify(wrapOverdueDraft({ ...sampleOverdueDraft(), dispute: { ...sampleOverdueDraft().dispute, complaint: "x".repeat(1_000_000) } }));
    expect(openOverdueDraft(big)).toEqual({ status: "damaged", message: expect.stringContaining("damaged (at dispute.complaint)") });
  } },
  { row: 25, input: "Zoë Łukasiewicz, Nguyễn Thị Minh, Όμηρος, Договор", expected: "exact in text, PDF text and file name", check: () => {
    for (const name of ["Zoë Łukasiewicz", "Nguyễn Thị Minh", "Όμηρος", "Договор"]) {
      expect(cleanLine(name)).toBe(name);
      expect(sanitizePdfText(name)).toBe(name);
    }
    expect(fileName("contract", ["Zoë Łukasiewicz"], "pdf")).toBe("contract-zoë-łukasiewicz.pdf");
    expect(fileName("contract", ["Όμηρος", "Договор"], "pdf")).toBe("contract-όμηρος-договор.pdf");
  } },
  { row: 26, input: "محمد بن سلمان, דוד כהן, Acme شركة 123", expected: "kept as typed; the PDF loads the Arabic and Hebrew fonts", check: () => {
    for (const name of ["محمد بن سلمان", "דוד כהן", "Acme شركة 123"]) expect(cleanLine(name)).toBe(name);
    expect(fontScripts(docWith("محمد بن سلمان דוד כהן"))).toEqual(["arabic", "hebrew"]);
    expect(unprintableCharacters(docWith("Acme شركة 123"))).toEqual([]);
  } },
  { row: 27, input: "株式会社テスト, 请求书, 홍길동", expected: "a suitable font for each; nothing unprintable", check: () => {
    expect(fontScripts(docWith("株式会社テスト 请求书 홍길동"))).toEqual(["han", "hangul"]);
    expect(unprintableCharacters(docWith("株式会社テスト 请求书 홍길동"))).toEqual([]);
  } },
  { row: 28, input: "emoji 🎉 👍🏽 👨‍👩‍👧‍👦 🇩🇪", expected: "named before the download and printed as a visible mark, never garbage", check: () => {
    expect(unprintableCharacters(docWith("🎉 👍🏽 👨‍👩‍👧‍👦 🇩🇪"))).toEqual(["🎉", "👍🏽", "👨‍👩‍👧‍👦", "🇩🇪"]);
    expect(sanitizePdfText("Party 🎉")).toBe("Party [?]");
  } },
  { row: 29, input: "bidi controls U+202E, U+2066–U+2069 in a name, a number and a file name", expected: "stripped", check: () => {
    expect(cleanLine("Ana\u202eLIVE")).toBe("AnaLIVE");
    expect(cleanLine("\u2066INV-1\u2069\u2067\u2068")).toBe("INV-1");
    expect(cleanText("line\u202e one\nline two")).toBe("line one\nline two");
    expect(fileName("invoice", ["\u202efdp.exe"], "pdf")).toBe("invoice-fdp-exe.pdf");
  } },
  { row: 30, input: "U+200B/U+200C/U+200D/U+FEFF, a lone soft hyphen, stacked combining marks", expected: "stripped from single lines; NFC; no crash", check: () => {
    expect(cleanLine("A\u200bc\u200cm\u200de\ufeff")).toBe("Acme");
    expect(cleanLine("\u00ad")).toBe("");
    expect(cleanLine("e\u0301")).toBe("\u00e9");
    const zalgo = `Z${"\u0351\u0352\u0353".repeat(200)}a`;
    expect(() => cleanLine(zalgo)).not.toThrow();
    expect(() => sanitizePdfText(zalgo)).not.toThrow();
  } },
  { row: 31, input: "lone surrogate U+D800, control characters, tabs", expected: "cleaned; tabs become spaces", check: () => {
    expect(cleanLine("a\ud800b")).toBe("ab");
    expect(cleanLine("a\u0007b\u0000c")).toBe("abc");
    expect(cleanLine("a\tb")).toBe("a b");
    expect(sanitizePdfText("a\ud800\tb\u0007")).toBe("a b");
  } },
  { row: 32, input: "a 60-character IBAN, URL or e-mail in a narrow column", expected: "breaks without inserted hyphens; IBAN in groups of four", check: () => {
    expect(formatIban("DE89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
    accepted(readIban("de89 3704 0044 0532 0130 00"), "DE89370400440532013000");
    for (const word of ["https://pay.example.com/invoices/2027/0001/checkout?session=abcdefghij", "accounts.payable.department@harbourlane-holdings.example"]) {
      const parts = breakLongWord(word);
      expect(parts.join("")).toBe(word);
      expect(parts.length).toBeGreaterThan(1);
      // Never two printed pieces side by side: an empty part between them breaks without a "-".
      parts.forEach((p, i) => { if (i > 0 && p !== "") expect(parts[i - 1]).toBe(""); });
    }
  } },
  { row: 33, input: "<script>alert(1)</script>, <img onerror>, {{7*7}}, ${1+1}", expected: "kept as literal text (React and the PDF print it; nothing evaluates it)", check: () => {
    for (const text of ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${1+1}"]) {
      expect(cleanLine(text)).toBe(text);
      expect(sanitizePdfText(text)).toBe(text);
      expect(fileName("contract", [text], "pdf")).toMatch(/^contract(-[\p{L}\p{N}-]+)?\.pdf$/u);
    }
  } },
  { row: 34, input: "javascript:alert(1), data:text/html,x, file:///etc/passwd, https://exa mple.com", expected: "refused; only https/http/mailto links are written", check: () => {
    for (const link of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd"]) {
      refused(parsePaymentLink(link), "starting with https://");
      expect(isSafeLink(link)).toBe(false);
    }
    refused(parsePaymentLink("https://exa mple.com"), "can't contain spaces");
    expect(isSafeLink("https://exa mple.com")).toBe(false);
    accepted(parsePaymentLink("https://pay.example.com/x"), "https://pay.example.com/x");
  } },
  { row: 35, input: "a@b.com\\r\\nBcc: x@y.z, a@b.com?cc=x@y.z", expected: "refused; every part of a mailto link percent-encoded", check: () => {
    expect(emailProblem("a@b.com\r\nBcc: x@y.z")).toMatch(/on one line/);
    expect(emailProblem("a@b.com?cc=x@y.z")).toMatch(/can't contain “\?” or “&”/);
    expect(mailtoLink({ to: "a@b.com\r\nBcc: x@y.z", subject: "s", body: "b" }).href).toBeNull();
    expect(mailtoLink({ to: "a@b.com", cc: ["x@y.z?bcc=z@z.z"], subject: "s", body: "b" }).href).toBeNull();
    const { href } = mailtoLink({ to: "a@b.com", subject: "Hi?&#=%\r\nBcc: x@y.z", body: "one\ntwo & three" });
    expect(href).toBe("mailto:a@b.com?subject=Hi%3F%26%23%3D%25%20Bcc%3A%20x%40y.z&body=one%0D%0Atwo%20%26%20three");
  } },
  { row: 36, input: "../../etc/passwd, CON, a/b\\c:*?\"<>|, 300 characters, emoji only", expected: "a safe, non-empty name of at most about 80 characters, or the fallback", check: () => {
    expect(fileName("contract", ["../../etc/passwd"], "pdf")).toBe("contract-etc-passwd.pdf");
    expect(fileName("invoice", ["CON"], "pdf")).toBe("invoice-con-file.pdf");
    expect(fileName("contract", ['a/b\\c:*?"<>|'], "pdf")).toBe("contract-a-b-c.pdf");
    expect([...fileName("contract", ["x".repeat(300), "y".repeat(300)], "pdf")].length).toBeLessThanOrEqual(80);
    expect(fileName("contract", ["🎉👍🏽"], "pdf")).toBe("contract.pdf");
  } },

  // Saved drafts, imports, links
  ...OPENERS.flatMap(([kind, open]): Row[] => [
    { row: 37, input: `a saved ${kind} that is {not json, null, [] or the wrong shape`, expected: "damaged, with a message (the page keeps a backup)", check: () => {
      for (const text of ["{not json", "null", "[]", '{"you":{"name":"Ana"}}']) expect(open(text).status).toBe("damaged");
    } },
    { row: 41, input: `import as ${kind}: 100,000 nested arrays, __proto__ and constructor.prototype, a number, null, another app's JSON`, expected: "no crash; prototypes untouched; not an Upfront file", check: () => {
      for (const text of [`${"[".repeat(100_000)}${"]".repeat(100_000)}`, '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', "42", "null", '{"name":"x","version":"1.0.0"}']) {
        expect(open(text).status).toBe("damaged");
      }
      expect(Object.prototype).not.toHaveProperty("x");
    } },
    { row: 41, input: `import as ${kind}: a 50 MB text`, expected: "refused before it is parsed", check: () => {
      expect(open(" ".repeat(50_000_000))).toEqual({ status: "damaged", message: expect.stringMatching(/too large/) });
    } },
  ]),
  { row: 38, input: "an older and a newer version of each saved kind", expected: "the current version opens; a newer one is read-only", check: () => {
    expect(openDraft(JSON.stringify({ ...wrapDraft(sampleContractDraft()), version: 2 })).status).toBe("newer");
    expect(openOverdueDraft(JSON.stringify({ ...wrapOverdueDraft(sampleOverdueDraft()), version: 2 })).status).toBe("newer");
    expect(openInvoiceBook(JSON.stringify({ ...wrapInvoiceBook(newInvoiceBook("2027-01-01")), version: 99 })).status).toBe("newer");
    expect(openDraft(JSON.stringify(wrapDraft(sampleContractDraft())))).toMatchObject({ status: "ok", migratedFrom: null });
  } },
  // Upfront has no share links that carry a draft (nothing to truncate, alter or decompress): its
  // links carry only ids (?preset=, ?invoice=, ?id=, ?step=), looked up in fixed lists, never decoded.
  { row: 42, input: "a link's ?preset= that is unknown, a prototype key or 8 MB long", expected: "no preset found (the page says so); nothing changes", check: () => {
    for (const id of ["deposit-three-milestone", "__proto__", "constructor", "toString", "x".repeat(8_000_000)]) {
      expect(contractPreset(id)).toBeUndefined();
      expect(findGetPaidPreset(id)).toBeUndefined();
    }
  } },
];

describe("bad inputs the domain decides", () => {
  it.each(ROWS)("bad-inputs #$row: $input → $expected", ({ check }) => check());
});
