import { describe, expect, it } from "vitest";
import { buildInvoiceDocument } from "../../../src/domain/document/build-invoice-document";
import { type Block, DocumentModel } from "../../../src/domain/document/document-model";
import { unprintableCharacters } from "../../../src/domain/document/printable-text";
import type { Invoice, InvoiceStatus } from "../../../src/domain/invoice/invoice";
import { invoiceTotals } from "../../../src/domain/invoice/invoice-totals";
import { readInvoice } from "../../../src/domain/invoice/read-invoice";
import { formatMoney } from "../../../src/domain/money/format-money";
import { parseEpcPayload } from "../../../src/domain/payment/epc-qr";
import { SAMPLE_IBAN, SAMPLE_INVOICE_NUMBER, manyLinesInvoice, sampleInvoice, sampleInvoiceDraft } from "../../fixtures/sample-invoice-draft";

const OPEN: InvoiceStatus = { kind: "open" };

function invoiceWith(change: (invoice: Invoice) => void = () => {}): Invoice {
  const invoice = structuredClone(sampleInvoice());
  change(invoice);
  return invoice;
}

function build(change?: (invoice: Invoice) => void, status: InvoiceStatus = OPEN, today?: string) {
  const invoice = invoiceWith(change);
  const totals = invoiceTotals(invoice);
  const doc = buildInvoiceDocument(invoice, totals, status, today === undefined ? {} : { today });
  return { invoice, totals, doc };
}

type Kind = Block["kind"];
const blocks = (doc: DocumentModel) => doc.sections.flatMap((s) => s.blocks);
const blocksOf = <K extends Kind>(doc: DocumentModel, kind: K) =>
  blocks(doc).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const linesTable = (doc: DocumentModel) => blocksOf(doc, "table")[0]!;
const totalsRows = (doc: DocumentModel) => blocksOf(doc, "totals")[0]!.rows;
const facts = (doc: DocumentModel) => Object.fromEntries(blocksOf(doc, "facts").flatMap((b) => b.items.map((i) => [i.term, i.value])));
const paragraphs = (doc: DocumentModel) => blocksOf(doc, "paragraph").map((b) => b.text);
const qr = (doc: DocumentModel) => blocksOf(doc, "qr")[0];
const notices = (doc: DocumentModel) => blocksOf(doc, "notice").map((b) => b.text);

describe("buildInvoiceDocument: the sample (one rate, de-DE numbers)", () => {
  const { doc, totals } = build();

  it("is a valid document model with the invoice's title, header, footer and metadata", () => {
    expect(DocumentModel.safeParse(doc).success).toBe(true);
    expect(doc.title).toBe("Invoice 2026-0042");
    expect(doc.subtitle).toBe("8.448,41\u00a0€ due 31 March 2027");
    expect(doc.runningHeader).toBe("Invoice 2026-0042 · Vogel Webentwicklung");
    expect(doc.runningFooter).toBe("Vogel Webentwicklung · VAT ID DE123456789");
    expect(doc.metadata).toEqual({
      title: "Invoice 2026-0042",
      author: "Vogel Webentwicklung",
      subject: "Invoice 2026-0042 from Vogel Webentwicklung to Nordlicht Logistik GmbH: 8.448,41\u00a0€, due 31 March 2027",
      keywords: "invoice, 2026-0042, Vogel Webentwicklung, Nordlicht Logistik GmbH",
      language: "en",
      creator: "Upfront",
    });
  });

  it("agrees with readInvoice on the draft fixture", () => {
    const read = readInvoice(sampleInvoiceDraft(), SAMPLE_INVOICE_NUMBER);
    expect(read.ok && read.invoice).toEqual(sampleInvoice());
  });

  it("puts both parties side by side, with addresses, VAT ids and e-mails", () => {
    expect(blocksOf(doc, "parties")[0]!.columns).toEqual([
      { role: "From", lines: ["Vogel Webentwicklung", "Lena Vogel", "Kastanienallee 12", "10435 Berlin", "Germany", "VAT ID DE123456789", "lena@vogel-web.example"] },
      { role: "Bill to", lines: ["Nordlicht Logistik GmbH", "Jürgen Weiß", "Am Sandtorkai 50", "20457 Hamburg", "Germany", "VAT ID DE987654321", "buchhaltung@nordlicht.example"] },
    ]);
  });

  it("states number, dates, terms, purchase order and reference", () => {
    expect(blocksOf(doc, "facts")[0]).toEqual({
      kind: "facts",
      columns: 2,
      items: [
        { term: "Invoice number", value: "2026-0042" },
        { term: "Issue date", value: "17 March 2027" },
        { term: "Date of supply", value: "12 March 2027" },
        { term: "Due date", value: "31 March 2027 (net 14 days)" },
        { term: "Purchase order", value: "PO-4471" },
        { term: "Reference", value: "Website redesign, contract of 1 March 2027" },
      ],
    });
  });

  it("lists the lines with quantity and unit, unit price, rate and amount after the line discount", () => {
    const table = linesTable(doc);
    expect(table.columns.map((c) => c.header)).toEqual(["Description", "Qty", "Unit price", "VAT", "Amount"]);
    expect(table.rows).toEqual([
      ["Website redesign: design and front-end build (fixed fee)", "1", "4.800,00\u00a0€", "19\u00a0%", "4.800,00\u00a0€"],
      ["Additional development, March 2027", "12,5 hours", "95,00\u00a0€", "19\u00a0%", "1.187,50\u00a0€"],
      ["Hosting setup and care\nLess 10\u00a0% (−18,00\u00a0€)", "12 months", "15,00\u00a0€", "19\u00a0%", "162,00\u00a0€"],
      ["Content migration", "38 pages", "25,00\u00a0€", "19\u00a0%", "950,00\u00a0€"],
    ]);
  });

  it("a US seller's sales tax of 8.875%: \"Tax\" column and rows, three decimals, no trailing zeros", () => {
    const { doc: us } = build((i) => {
      i.seller = { ...i.seller, country: "US", taxId: "" };
      i.locale = "en-US";
      i.currency = "USD";
      for (const line of i.lines) line.taxMillipercent = 8_875;
    });
    const table = linesTable(us);
    expect(table.columns.map((c) => c.header)).toContain("Tax");
    expect(table.rows.map((r) => r[3])).toEqual(["8.875%", "8.875%", "8.875%", "8.875%"]);
    // 7,099.50 × 8.875% = 630.080625 → 630.08, once for the rate
    expect(totalsRows(us).map((r) => [r.label, r.value])).toEqual([
      ["Total excluding Tax", "$7,099.50"],
      ["Tax 8.875% on 7,099.50", "$630.08"],
      ["Total due", "$7,729.58"],
    ]);
  });

  it("gives the amount column the totals' share of the width, so the totals line up under it", () => {
    const { columns } = linesTable(doc);
    const sum = columns.reduce((s, c) => s + c.weight, 0);
    expect(columns.at(-1)!.weight / sum).toBeCloseTo(0.2, 10);
  });

  it("totals: net, one VAT row per rate with its base, and the total due in bold", () => {
    expect(totalsRows(doc)).toEqual([
      { label: "Total excluding VAT", value: "7.099,50\u00a0€" },
      { label: "VAT 19\u00a0% on 7.099,50", value: "1.348,91\u00a0€" },
      { label: "Total due", value: "8.448,41\u00a0€", strong: true },
    ]);
    expect(totals.total).toBe(844_841);
  });

  it("has no tax summary table with a single rate", () => {
    expect(blocksOf(doc, "table")).toHaveLength(1);
  });

  it("payment: account holder, IBAN in groups of four, BIC, reference; early discount as two figures", () => {
    expect(facts(doc)).toMatchObject({
      "Account holder": "Lena Vogel",
      IBAN: "DE89 3704 0044 0532 0130 00",
      BIC: "COBADEFFXXX",
      "Payment reference": "Invoice 2026-0042",
    });
    expect(paragraphs(doc)).toContain(
      "Early payment: 2\u00a0% off when paid within 7 days of the invoice date. Pay 8.279,44\u00a0€ by 24 March 2027, or 8.448,41\u00a0€ by 31 March 2027.",
    );
  });

  it("repeats the late-fee terms for this invoice's due date, with an example on its total", () => {
    expect(paragraphs(doc)).toContain(
      "Late payment: If this invoice is not paid in full by its due date (31 March 2027), interest of 12\u00a0% a year accrues on the " +
        "unpaid amount from the day after the due date until payment, calculated daily on a 365-day year. Interest is simple: no interest is charged on interest.",
    );
    expect(paragraphs(doc)).toContain("For example, on an invoice of 8.448,41\u00a0€ paid 30 days late, the interest is 83,33\u00a0€.");
  });

  it("ends with the notes and the thank-you line", () => {
    const last = doc.sections.at(-1)!;
    expect(last.heading).toBe("Notes");
    expect(last.blocks).toEqual([
      { kind: "paragraph", text: "Please quote the invoice number with your payment." },
      { kind: "paragraph", text: "Thank you for your business." },
    ]);
  });

  it("the EPC QR code carries the account, the total and the invoice number", () => {
    const block = qr(doc)!;
    const fields = parseEpcPayload(block.payload);
    expect(fields).toEqual({
      ok: true,
      value: {
        version: "002",
        bic: "COBADEFFXXX",
        name: "Lena Vogel",
        iban: SAMPLE_IBAN,
        amountMinor: 844_841,
        purpose: "",
        structuredReference: "",
        reference: "Invoice 2026-0042",
        information: "",
      },
    });
    expect(block.caption).toBe("Scan with your banking app to pay 8.448,41\u00a0€ (EPC QR code)");
  });

  it("prints nothing the PDF font can't show", () => {
    expect(unprintableCharacters(doc)).toEqual([]);
  });
});

describe("buildInvoiceDocument: rates, discounts and totals", () => {
  it.each<{ name: string; change: (i: Invoice) => void; rows: [string, string][]; summary: string[][] | null; taxColumn: boolean }>([
    {
      name: "several rates and a line with no tax",
      change: (i) => {
        i.lines[1]!.taxMillipercent = 7_000;
        i.lines[3]!.taxMillipercent = null;
      },
      rows: [
        ["Total excluding VAT", "7.099,50 €"],
        ["VAT 19 % on 4.962,00", "942,78 €"],
        ["VAT 7 % on 1.187,50", "83,13 €"],
        ["No VAT on 950,00", "0,00 €"],
        ["Total due", "8.125,41 €"],
      ],
      summary: [
        ["19 %", "4.962,00 €", "942,78 €", "5.904,78 €"],
        ["7 %", "1.187,50 €", "83,13 €", "1.270,63 €"],
        ["No VAT", "950,00 €", "0,00 €", "950,00 €"],
      ],
      taxColumn: true,
    },
    {
      name: "a rate with three decimals (8.875%), printed without trailing zeros",
      change: (i) => {
        i.lines[0]!.taxMillipercent = 8_875;
      },
      rows: [
        ["Total excluding VAT", "7.099,50 €"],
        ["VAT 19 % on 2.299,50", "436,91 €"],
        ["VAT 8,875 % on 4.800,00", "426,00 €"],
        ["Total due", "7.962,41 €"],
      ],
      summary: [
        ["19 %", "2.299,50 €", "436,91 €", "2.736,41 €"],
        ["8,875 %", "4.800,00 €", "426,00 €", "5.226,00 €"],
      ],
      taxColumn: true,
    },
    {
      name: "no tax at all (a small business exempt from VAT)",
      change: (i) => {
        for (const line of i.lines) line.taxMillipercent = null;
        i.taxNote = "No VAT is charged: small business under § 19 UStG.";
      },
      rows: [["Total due", "7.099,50 €"]],
      summary: null,
      taxColumn: false,
    },
    {
      name: "an invoice discount in percent, spread over two rates",
      change: (i) => {
        i.lines[1]!.taxMillipercent = 7_000;
        i.invoiceDiscount = { kind: "percent", basisPoints: 500 };
      },
      rows: [
        ["Subtotal", "7.099,50 €"],
        ["Discount (5 %)", "−354,98 €"],
        ["Total excluding VAT", "6.744,52 €"],
        ["VAT 19 % on 5.616,40", "1.067,12 €"],
        ["VAT 7 % on 1.128,12", "78,97 €"],
        ["Total due", "7.890,61 €"],
      ],
      summary: [
        ["19 %", "5.616,40 €", "1.067,12 €", "6.683,52 €"],
        ["7 %", "1.128,12 €", "78,97 €", "1.207,09 €"],
      ],
      taxColumn: true,
    },
    {
      name: "an invoice discount as an amount, no tax",
      change: (i) => {
        for (const line of i.lines) line.taxMillipercent = null;
        i.invoiceDiscount = { kind: "amount", minor: 9_950 };
      },
      rows: [
        ["Subtotal", "7.099,50 €"],
        ["Discount", "−99,50 €"],
        ["Total due", "7.000,00 €"],
      ],
      summary: null,
      taxColumn: false,
    },
  ])("$name", ({ change, rows, summary, taxColumn }) => {
    const { doc, totals } = build(change);
    const plain = (s: string) => s.replaceAll("\u00a0", " ");
    expect(totalsRows(doc).map((r) => [plain(r.label), plain(r.value)])).toEqual(rows);
    expect(totalsRows(doc).at(-1)).toMatchObject({ strong: true, value: formatMoney(totals.total, "EUR", "de-DE") });
    const tables = blocksOf(doc, "table");
    if (summary === null) expect(tables).toHaveLength(1);
    else {
      expect(tables[1]!.caption).toBe("VAT summary");
      expect(tables[1]!.rows.map((row) => row.map(plain))).toEqual(summary);
      expect(tables[1]!.footer).toEqual(["Total", ...[totals.subtotal - totals.invoiceDiscount, totals.taxTotal, totals.total].map((m) => formatMoney(m, "EUR", "de-DE"))]);
    }
    expect(linesTable(doc).columns.some((c) => c.header === "VAT")).toBe(taxColumn);
    expect(linesTable(doc).rows.every((row) => row.length === (taxColumn ? 5 : 4))).toBe(true);
  });

  it("shows each line discount in its description: a percent with its amount, or an amount", () => {
    const { doc } = build((i) => {
      i.lines[0]!.discount = { kind: "amount", minor: 30_000 };
    });
    const descriptions = linesTable(doc).rows.map((r) => r[0]);
    expect(descriptions[0]).toBe("Website redesign: design and front-end build (fixed fee)\nLess 300,00\u00a0€");
    expect(descriptions[2]).toBe("Hosting setup and care\nLess 10\u00a0% (−18,00\u00a0€)");
    expect(linesTable(doc).rows[0]!.at(-1)).toBe("4.500,00\u00a0€");
  });

  it("the line amounts shown add up to the subtotal shown (200 lines, en-IE)", () => {
    const invoice = manyLinesInvoice(200);
    const totals = invoiceTotals(invoice);
    const doc = buildInvoiceDocument(invoice, totals, OPEN);
    const amounts = linesTable(doc).rows.map((r) => Number(r.at(-1)!.replace(/[€,]/g, "").replace(".", "")));
    expect(amounts).toHaveLength(200);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(totals.subtotal);
    expect(linesTable(doc).rows[1]).toEqual(["Item 002: Front-end development", "2 hours", "€52.74", "23%", "€105.48"]);
    expect(totalsRows(doc)[1]!.label).toMatch(/^VAT 23% on [\d,]+\.\d\d$/);
  });

  it("prints quantities with up to 3 decimals in the invoice's number style", () => {
    const { doc } = build((i) => {
      i.lines[0]!.quantityThousandths = 1_234_567;
      i.lines[0]!.unit = "km";
      i.lines[0]!.unitPrice = 1;
    });
    expect(linesTable(doc).rows[0]![1]).toBe("1.234,567 km");
  });
});

describe("buildInvoiceDocument: status", () => {
  it.each<[string, InvoiceStatus, string, string, string]>([
    ["paid", { kind: "paid", on: "2027-04-03" }, "Paid on 3 April 2027 — thank you.", "Invoice 2026-0042 (paid) · Vogel Webentwicklung", "8.448,41\u00a0€ paid on 3 April 2027"],
    [
      "void",
      { kind: "void", on: "2027-04-05" },
      "VOID — this invoice was cancelled on 5 April 2027 and nothing is owed on it. It is kept so the numbering has no gap.",
      "Invoice 2026-0042 (void) · Vogel Webentwicklung",
      "Void since 5 April 2027",
    ],
  ])("%s: a notice at the top, no QR code or discount offer, 'Total' not 'Total due'", (_name, status, notice, header, subtitle) => {
    const { doc } = build(undefined, status);
    expect(doc.sections[0]!.blocks[0]).toEqual({ kind: "notice", text: notice });
    expect(doc.runningHeader).toBe(header);
    expect(doc.subtitle).toBe(subtitle);
    expect(qr(doc)).toBeUndefined();
    expect(paragraphs(doc).some((p) => p.startsWith("Early payment"))).toBe(false);
    expect(totalsRows(doc).at(-1)).toEqual({ label: "Total", value: "8.448,41\u00a0€", strong: true });
    // The account stays printed: the invoice is a record.
    expect(facts(doc).IBAN).toBe("DE89 3704 0044 0532 0130 00");
  });

  it("an open invoice has no notice", () => {
    expect(notices(build().doc)).toEqual([]);
  });
});

describe("buildInvoiceDocument: payment details and the QR code", () => {
  it.each<[string, (i: Invoice) => void]>([
    ["no IBAN", (i) => {
      i.payment.iban = null;
      i.payment.otherAccount = "Sort code 12-34-56\nAccount 12345678";
    }],
    ["a currency other than EUR", (i) => {
      i.currency = "GBP";
    }],
    ["the QR code turned off", (i) => {
      i.payment.qrCode = false;
    }],
    ["an account holder name too long for the code", (i) => {
      i.payment.accountHolder = "A".repeat(71);
    }],
    ["nothing to pay", (i) => {
      for (const line of i.lines) line.unitPrice = 0;
    }],
  ])("no QR code with %s", (_name, change) => {
    expect(qr(build(change).doc)).toBeUndefined();
  });

  it("without an IBAN prints the other account details and the link", () => {
    const { doc } = build((i) => {
      i.payment.iban = null;
      i.payment.bic = "";
      i.payment.otherAccount = "Sort code 12-34-56\nAccount 12345678";
      i.payment.paymentLink = "https://pay.example.com/vogel/2026-0042";
    });
    expect(facts(doc)).toMatchObject({
      Account: "Sort code 12-34-56\nAccount 12345678",
      "Pay online": "https://pay.example.com/vogel/2026-0042",
      "Payment reference": "Invoice 2026-0042",
    });
    expect(facts(doc).IBAN).toBeUndefined();
  });

  it("uses the seller's name in the QR code when no account holder is given", () => {
    const { doc } = build((i) => {
      i.payment.accountHolder = "";
    });
    const fields = parseEpcPayload(qr(doc)!.payload);
    expect(fields.ok && fields.value.name).toBe("Vogel Webentwicklung");
  });

  it("places the QR code after the payment details and before the late-payment terms", () => {
    const payment = build().doc.sections.find((s) => s.id === "payment")!;
    expect(payment.blocks.map((b) => b.kind)).toEqual(["facts", "paragraph", "qr", "paragraph", "paragraph"]);
  });

  it("a QR payload in a script the PDF can't print is not reported as unprintable text", () => {
    const { doc } = build((i) => {
      i.payment.accountHolder = "Lena Vogel";
    });
    const withData = structuredClone(doc);
    const block = withData.sections.flatMap((s) => s.blocks).find((b) => b.kind === "qr")!;
    if (block.kind === "qr") block.payload += "\n株式会社";
    expect(unprintableCharacters(withData)).toEqual([]);
  });
});

describe("buildInvoiceDocument: due dates and terms", () => {
  it.each<[string, (i: Invoice) => void, string]>([
    ["net days", () => {}, "31 March 2027 (net 14 days)"],
    ["on receipt", (i) => {
      i.due = { kind: "on-receipt", date: "2027-03-17" };
      i.earlyDiscount = null;
    }, "17 March 2027 (on receipt)"],
    ["a fixed date", (i) => {
      i.due = { kind: "date", date: "2027-04-30" };
    }, "30 April 2027"],
    ["net 1 day", (i) => {
      i.due = { kind: "net", days: 1, date: "2027-03-18" };
      i.earlyDiscount = null;
    }, "18 March 2027 (net 1 day)"],
  ])("due date with %s", (_name, change, expected) => {
    expect(facts(build(change).doc)["Due date"]).toBe(expected);
  });

  it("the early-payment offer counts to the real due date of a fixed-date invoice", () => {
    const { doc } = build((i) => {
      i.due = { kind: "date", date: "2027-04-30" };
    });
    expect(paragraphs(doc).find((p) => p.startsWith("Early payment"))).toContain("or 8.448,41\u00a0€ by 30 April 2027.");
  });

  it.each<[string, (i: Invoice) => void, string | undefined, boolean]>([
    ["before the deadline", () => {}, "2027-03-24", true],
    ["after the deadline (a reprint)", () => {}, "2027-03-25", false],
    ["a deadline on the due date", (i) => {
      i.earlyDiscount = { basisPoints: 200, withinDays: 14 };
    }, undefined, false],
    ["no discount", (i) => {
      i.earlyDiscount = null;
    }, undefined, false],
  ])("early-payment offer %s", (_name, change, today, shown) => {
    expect(paragraphs(build(change, OPEN, today).doc).some((p) => p.startsWith("Early payment"))).toBe(shown);
  });

  it("leaves the date of supply out when it is the issue date", () => {
    expect(facts(build((i) => (i.supplyDate = null)).doc)["Date of supply"]).toBeUndefined();
  });

  it("leaves the late-payment terms out when no late fee is charged", () => {
    const { doc } = build((i) => {
      i.lateFee = { kind: "none" };
    });
    expect(paragraphs(doc).some((p) => p.startsWith("Late payment") || p.startsWith("For example"))).toBe(false);
  });

  it("a flat fee with a grace period names the due date too", () => {
    const { doc } = build((i) => {
      i.lateFee = { kind: "flat", amount: 4_000, graceDays: 7, cap: null };
    });
    expect(paragraphs(doc)).toContain(
      "Late payment: If this invoice is not paid in full within 7 days after its due date (31 March 2027), a one-time late fee of 40,00\u00a0€ becomes payable on the 8th day after the due date.",
    );
  });

  it("empty notes, thanks, purchase order and reference leave no empty rows or sections", () => {
    const { doc } = build((i) => {
      i.notes = "";
      i.thankYou = "";
      i.purchaseOrder = "";
      i.reference = "";
    });
    expect(doc.sections.map((s) => s.id)).toEqual(["parties", "items", "payment"]);
    expect(Object.keys(facts(doc))).not.toContain("Purchase order");
    expect(Object.keys(facts(doc))).not.toContain("Reference");
  });

  it("thanks without notes: no 'Notes' heading", () => {
    const last = build((i) => (i.notes = "")).doc.sections.at(-1)!;
    expect(last.heading).toBe("");
    expect(last.blocks).toEqual([{ kind: "paragraph", text: "Thank you for your business." }]);
  });

  it.each<[string, string, string]>([
    ["GB", "VAT", "VAT ID"],
    ["AU", "GST", "GST no."],
    ["US", "Tax", "Tax ID"],
    ["", "VAT", "VAT ID"],
  ])("seller in %j: the tax is called %s", (country, tax, idLabel) => {
    const { doc } = build((i) => {
      i.seller.country = country;
    });
    expect(linesTable(doc).columns[3]!.header).toBe(tax);
    expect(blocksOf(doc, "parties")[0]!.columns[0]!.lines).toContain(`${idLabel} DE123456789`);
  });
});
