import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contract } from "../../../src/domain/contract/contract";
import type { ContractDraft } from "../../../src/domain/contract/contract-draft";
import { readContract } from "../../../src/domain/contract/read-contract";
import { addDays, daysBetween } from "../../../src/domain/dates/calendar-date";
import { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";
import { invoiceTotals } from "../../../src/domain/invoice/invoice-totals";
import { readInvoice } from "../../../src/domain/invoice/read-invoice";
import {
  countryFromBasedIn,
  discountDraftOf,
  invoicesFromContract,
  lateFeeDraftOf,
} from "../../../src/domain/invoice/invoices-from-contract";
import { formatAmount } from "../../../src/domain/money/format-money";
import { MAX_MINOR } from "../../../src/domain/money/minor-units";
import { parseMoney } from "../../../src/domain/money/parse-money";
import type { EarlyDiscount } from "../../../src/domain/terms/early-discount";
import type { LateFeeTerms } from "../../../src/domain/terms/late-fee-terms";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

function contractOf(draft: ContractDraft): Contract {
  const result = readContract(draft);
  if (!result.ok) throw new Error(`the draft should read: ${JSON.stringify(result.errors)}`);
  return result.contract;
}

/** The fixture with one change made to a deep copy. */
function changed(change: (d: ContractDraft) => void): ContractDraft {
  const draft = structuredClone(sampleContractDraft());
  change(draft);
  return draft;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("invoicesFromContract: the sample contract", () => {
  const contract = contractOf(sampleContractDraft());
  const plans = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-15" });

  it("plans one invoice per payment: deposit, then the milestones, with the schedule's amounts", () => {
    expect(plans.map((p) => [p.paymentIndex, p.kind, p.name, p.amount])).toEqual([
      [0, "deposit", "Deposit", 300_000],
      [1, "milestone", "Design approved", 333_300],
      [2, "milestone", "Launch", 366_700],
    ]);
    expect(sum(plans.map((p) => p.amount))).toBe(contract.total);
  });

  it("dates: deposit on signing, due the day before the start; milestones on their date (or expected acceptance), due net 14", () => {
    expect(plans.map((p) => [p.issueDate, p.dueDate, p.workStarts])).toEqual([
      ["2027-02-15", "2027-02-28", null],
      ["2027-03-26", "2027-04-09", "2027-03-01"],
      ["2027-05-28", "2027-06-11", "2027-03-27"],
    ]);
  });

  it("terms: a fixed date for the deposit, net 14 for the milestones, with the due date filled in", () => {
    expect(plans.map((p) => [p.draft.terms, p.draft.netDays, p.draft.dueDate])).toEqual([
      ["date", "14", "2027-02-28"],
      ["net", "14", "2027-04-09"],
      ["net", "14", "2027-06-11"],
    ]);
  });

  it("is a complete draft: the schema accepts it unchanged", () => {
    for (const p of plans) expect(InvoiceDraft.parse(p.draft)).toEqual(p.draft);
  });

  it("copies the parties, currency and number style", () => {
    const d = plans[0]!.draft;
    expect(d.seller).toEqual({ name: "Zoë Łukasiewicz", businessName: "Łódź Design Studio", address: "12 Harbour Street\nPortland, ME 04101", email: "zoe@example.com", taxId: "", country: "US" });
    expect(d.buyer).toEqual({ name: "Nguyễn Thị Minh", businessName: "Acme Ltd", address: "1 Market Square\nNew York, NY 10001", email: "minh@acme.example", taxId: "US-123456", country: "US" });
    expect([d.currency, d.numberLocale, d.issueDate, d.supplyDate, d.purchaseOrder]).toEqual(["USD", "en-US", "2027-02-15", "", ""]);
  });

  it("names the contract in the reference", () => {
    for (const p of plans) {
      expect(p.draft.reference).toBe("Website redesign — contract between Łódź Design Studio and Acme Ltd, starting March 1, 2027");
    }
  });

  it("writes one line per invoice: quantity 1, the amount, no tax rate", () => {
    expect(plans.map((p) => p.draft.lines)).toEqual([
      [{ id: "l1", description: "Deposit — Website redesign (30% of $10,000.00)", quantity: "1", unit: "", unitPrice: "3,000.00", taxRate: "", discountMode: "none", discountValue: "" }],
      [{ id: "l1", description: "Milestone 2: Design approved — Website redesign (33.33% of $10,000.00)\nDeliverables: Design concepts", quantity: "1", unit: "", unitPrice: "3,333.00", taxRate: "", discountMode: "none", discountValue: "" }],
      [{ id: "l1", description: "Milestone 3: Launch — Website redesign (36.67% of $10,000.00)\nDeliverables: Built website", quantity: "1", unit: "", unitPrice: "3,667.00", taxRate: "", discountMode: "none", discountValue: "" }],
    ]);
  });

  it("copies the late fee and the early discount as the contract draft typed them", () => {
    const draft = sampleContractDraft();
    for (const p of plans) {
      expect(p.draft.lateFee).toEqual(draft.lateFee);
      expect(p.draft.earlyDiscount).toEqual(draft.discount);
      expect(p.earlyDiscount).toEqual({ basisPoints: 200, withinDays: 7 });
    }
  });

  it("tells the user to add VAT and to fix the date of an acceptance milestone", () => {
    expect(plans[0]!.notes).toEqual([expect.stringMatching(/exclude VAT.*add the tax rate/)]);
    expect(plans[1]!.notes).toEqual([expect.stringMatching(/exclude VAT/), expect.stringMatching(/expected acceptance of Design concepts/)]);
    expect(plans[2]!.notes).toHaveLength(1);
  });

  it("leaves the payment details and notes to the user", () => {
    const d = plans[0]!.draft;
    expect([d.payment.iban, d.payment.accountHolder, d.notes, d.taxNote, d.discountMode]).toEqual(["", "", "", "", "none"]);
  });
});

describe("invoicesFromContract: every draft reads back as an invoice (readInvoice)", () => {
  const contract = contractOf(sampleContractDraft());

  it.each(["2027-02-01", "2027-02-21", "2027-02-28", "2027-03-05"])("signed %s: reads with the schedule's amount, dates and terms", (signed) => {
    const plans = invoicesFromContract(contract, { depositInvoiceDate: signed });
    for (const [i, p] of plans.entries()) {
      const read = readInvoice(p.draft, `2027-000${i + 1}`);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      const { invoice } = read;
      expect(invoiceTotals(invoice).total).toBe(p.amount);
      expect(invoice.lines.map((l) => [l.quantityThousandths, l.unitPrice, l.taxMillipercent])).toEqual([[1_000, p.amount, null]]);
      expect([invoice.issueDate, invoice.due.date]).toEqual([p.issueDate, p.dueDate]);
      expect(invoice.lateFee).toEqual(contract.lateFee);
      expect(invoice.earlyDiscount).toEqual(p.earlyDiscount);
      expect([invoice.seller.country, invoice.buyer.country, invoice.currency, invoice.locale]).toEqual(["US", "US", "USD", "en-US"]);
    }
  });
});

describe("invoicesFromContract: dates and terms", () => {
  it.each([
    { name: "signed well before the start", signed: "2027-01-10", issue: "2027-01-10", due: "2027-02-28" },
    { name: "signed the day before the start: due the same day", signed: "2027-02-28", issue: "2027-02-28", due: "2027-02-28" },
    { name: "signed on the start date: due on the invoice date, never before it", signed: "2027-03-01", issue: "2027-03-01", due: "2027-03-01" },
    { name: "signed after the start date", signed: "2027-03-10", issue: "2027-03-10", due: "2027-03-10" },
  ])("deposit $name", ({ signed, issue, due }) => {
    const [deposit] = invoicesFromContract(contractOf(sampleContractDraft()), { depositInvoiceDate: signed });
    expect([deposit!.issueDate, deposit!.dueDate, deposit!.draft.terms, deposit!.draft.dueDate]).toEqual([issue, due, "date", due]);
  });

  it("leaves the discount off a deposit due before the discount period ends, and says why", () => {
    const [deposit, first] = invoicesFromContract(contractOf(sampleContractDraft()), { depositInvoiceDate: "2027-02-21" });
    expect(deposit!.earlyDiscount).toBeNull();
    expect(deposit!.draft.earlyDiscount.enabled).toBe(false);
    expect(deposit!.notes.join(" ")).toMatch(/discount is left off this invoice.*7-day discount period/);
    expect(first!.earlyDiscount).toEqual({ basisPoints: 200, withinDays: 7 });
  });

  it("keeps the discount on a deposit due after the discount period (8 days > 7)", () => {
    const [deposit] = invoicesFromContract(contractOf(sampleContractDraft()), { depositInvoiceDate: "2027-02-20" });
    expect(deposit!.earlyDiscount).toEqual({ basisPoints: 200, withinDays: 7 });
    expect(deposit!.draft.earlyDiscount.enabled).toBe(true);
  });

  it("net 0: milestones are due on receipt, on their invoice date", () => {
    const contract = contractOf(changed((d) => {
      d.payment.netDays = "0";
      d.discount.enabled = false;
    }));
    const plans = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-15" });
    expect(plans.slice(1).map((p) => [p.draft.terms, p.draft.netDays, p.issueDate, p.dueDate])).toEqual([
      ["on-receipt", "0", "2027-03-26", "2027-03-26"],
      ["on-receipt", "0", "2027-05-28", "2027-05-28"],
    ]);
    expect(plans[0]!.draft.earlyDiscount.enabled).toBe(false);
  });

  it("no deposit: every payment is a milestone, the first one's work starts on the start date", () => {
    const contract = contractOf(changed((d) => {
      d.payment.depositMode = "none";
      d.payment.milestones[0]!.shareValue = "50";
      d.payment.milestones[1]!.shareMode = "rest";
    }));
    const plans = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-15" });
    expect(plans.map((p) => [p.kind, p.issueDate, p.workStarts, p.amount])).toEqual([
      ["milestone", "2027-03-26", "2027-03-01", 500_000],
      ["milestone", "2027-05-28", "2027-03-27", 500_000],
    ]);
    expect(plans[0]!.draft.lines[0]!.description).toMatch(/^Milestone 1: Design approved/);
  });

  it("two milestones on the same date: the second's work starts on that date, not after it", () => {
    const contract = contractOf(changed((d) => {
      d.payment.milestones[0] = { ...d.payment.milestones[0]!, dueKind: "date", dueDate: "2027-05-28", acceptanceOf: "", expectedDate: "" };
    }));
    const plans = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-15" });
    expect(plans.slice(1).map((p) => [p.issueDate, p.workStarts])).toEqual([
      ["2027-05-28", "2027-03-01"],
      ["2027-05-28", "2027-05-28"],
    ]);
  });

  it("hourly without a cap: the last invoice carries a note to adjust it to the hours worked", () => {
    const contract = contractOf(changed((d) => {
      d.price.model = "hourly";
      d.price.hourlyRate = "100";
      d.price.estimatedHours = "100";
      d.price.hourlyCapped = false;
    }));
    const plans = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-15" });
    expect(plans.at(-1)!.notes.join(" ")).toMatch(/adjust this last invoice to the hours actually worked/);
    expect(plans[1]!.notes.join(" ")).not.toMatch(/hours actually worked/);
  });

  it.each(["", "2027-02-30", "15/02/2027", "today"])("rejects a deposit invoice date that is not a date: %j", (date) => {
    expect(() => invoicesFromContract(contractOf(sampleContractDraft()), { depositInvoiceDate: date })).toThrow(RangeError);
  });

  it("cuts a very long title so the reference fits its 200 characters", () => {
    const contract = contractOf(changed((d) => {
      d.scope.title = "Redesign ".repeat(22).trim();
    }));
    const [plan] = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-15" });
    expect([...plan!.draft.reference].length).toBeLessThanOrEqual(200);
    expect(plan!.draft.reference.endsWith("…")).toBe(true);
    expect(InvoiceDraft.parse(plan!.draft)).toEqual(plan!.draft);
  });
});

describe("invoicesFromContract: amounts read back exactly in every number style", () => {
  it.each([
    { locale: "en-US", currency: "USD", fee: "12,345.67", price: "3,703.70" },
    { locale: "de-DE", currency: "EUR", fee: "12.345,67", price: "3.703,70" },
    { locale: "fr-FR", currency: "EUR", fee: "12 345,67", price: "3\u202f703,70" },
    { locale: "de-CH", currency: "CHF", fee: "12’345.67", price: "3’703.70" }, // ICU writes ’ or ' depending on its version
    { locale: "en-US", currency: "JPY", fee: "1,234,567", price: "370,370" },
    { locale: "de-DE", currency: "KWD", fee: "12.345,678", price: "3.703,704" }, // the rounding unit goes to the earlier of two equal fractions,
  ])("$locale $currency", ({ locale, currency, fee, price }) => {
    const contract = contractOf(changed((d) => {
      d.numberLocale = locale;
      d.currency = currency;
      d.price.fixedFee = fee;
      d.payment.depositValue = "30";
      d.payment.milestones[0]!.shareValue = "40";
      d.payment.milestones[1]!.shareMode = "rest";
      d.lateFee = { ...d.lateFee, percentPerMonth: locale.startsWith("en") || locale === "de-CH" ? "1.5" : "1,5", capPercent: "10" };
      d.discount.percent = locale.startsWith("en") || locale === "de-CH" ? "2.5" : "2,5";
    }));
    const plans = invoicesFromContract(contract, { depositInvoiceDate: "2027-02-15" });
    expect(plans[0]!.draft.lines[0]!.unitPrice.replace(/[\u00a0\u202f]/g, "\u202f").replace("'", "’")).toBe(price);
    for (const [i, p] of plans.entries()) {
      const read = parseMoney(p.draft.lines[0]!.unitPrice, currency, locale);
      expect(read).toEqual({ ok: true, value: contract.schedule.payments[i]!.amount });
    }
    expect(sum(plans.map((p) => p.amount))).toBe(contract.total);
  });
});

/** Reads the late fee and discount drafts back through the contract reader, the same rules the invoice uses. */
function readBack(lateFee: ContractDraft["lateFee"], discount: ContractDraft["discount"], locale: string, currency: string) {
  const base = sampleContractDraft();
  const fee = formatAmount(1_000_000, currency, locale);
  const [first, second] = base.payment.milestones as [ContractDraft["payment"]["milestones"][number], ContractDraft["payment"]["milestones"][number]];
  const milestones = [{ ...first, shareValue: "40" }, { ...second, shareMode: "rest" as const, shareValue: "" }];
  return contractOf({ ...base, numberLocale: locale, currency, price: { ...base.price, fixedFee: fee }, payment: { ...base.payment, milestones }, lateFee, discount });
}

describe("late fee and discount drafts: written back exactly", () => {
  const terms: LateFeeTerms[] = [
    { kind: "none" },
    { kind: "flat", amount: 2_550, graceDays: 0, cap: null },
    { kind: "flat", amount: 123_456_789, graceDays: 30, cap: null },
    { kind: "percent-per-month", basisPoints: 150, graceDays: 7, cap: { basisPoints: 1_000 } },
    { kind: "percent-per-month", basisPoints: 1, graceDays: 0, cap: null },
    { kind: "percent-per-month", basisPoints: 10_000, graceDays: 365, cap: { basisPoints: 10_000 } },
    { kind: "annual-rate", basisPoints: 1_225, graceDays: 14, cap: { basisPoints: 5 } },
    { kind: "annual-rate", basisPoints: 100_000, graceDays: 0, cap: null },
  ];
  const discounts: (EarlyDiscount | null)[] = [null, { basisPoints: 200, withinDays: 7 }, { basisPoints: 125, withinDays: 1 }, { basisPoints: 5, withinDays: 13 }];
  const styles = [
    ["en-US", "USD"],
    ["de-DE", "EUR"],
    ["fr-FR", "EUR"],
    ["de-CH", "CHF"],
    ["en-GB", "JPY"],
    ["pl-PL", "KWD"],
  ] as const;

  for (const [locale, currency] of styles) {
    it.each(terms)(`${locale} ${currency}: %o`, (t) => {
      const contract = readBack(lateFeeDraftOf(t, currency, locale), discountDraftOf(null, locale), locale, currency);
      expect(contract.lateFee).toEqual(t);
    });
    it.each(discounts)(`${locale} discount %o`, (d) => {
      const contract = readBack(lateFeeDraftOf({ kind: "none" }, currency, locale), discountDraftOf(d, locale), locale, currency);
      expect(contract.discount).toEqual(d);
    });
  }

  it("writes percents in the number style: 1.5 in en-US, 1,5 in de-DE and fr-FR, 1.5 in de-CH", () => {
    const t: LateFeeTerms = { kind: "percent-per-month", basisPoints: 150, graceDays: 7, cap: { basisPoints: 1_050 } };
    expect(["en-US", "de-DE", "fr-FR", "de-CH"].map((l) => [lateFeeDraftOf(t, "EUR", l).percentPerMonth, lateFeeDraftOf(t, "EUR", l).capPercent])).toEqual([
      ["1.5", "10.5"],
      ["1,5", "10,5"],
      ["1,5", "10,5"],
      ["1.5", "10.5"],
    ]);
  });
});

describe("countryFromBasedIn", () => {
  it.each([
    ["Maine, USA", "US"],
    ["New York, USA", "US"],
    ["New York", "US"],
    ["Austin, TX", "US"],
    ["Berlin, Germany", "DE"],
    ["Wien, Österreich", ""],
    ["Vienna, Austria", "AT"],
    ["London, UK", "GB"],
    ["Edinburgh, Scotland", "GB"],
    ["Dublin, Ireland", "IE"],
    ["Paris, France.", "FR"],
    ["Abidjan, Côte d’Ivoire", "CI"],
    ["Abidjan, Cote d'Ivoire", "CI"],
    ["Amsterdam, the Netherlands", "NL"],
    ["Prague, Czech Republic", "CZ"],
    ["Germany", "DE"],
    ["de", ""],
    ["Georgia", ""],
    ["Atlanta, Georgia, USA", "US"],
    ["Portland, ME", ""],
    ["Wilmington, DE", ""],
    ["Springfield", ""],
    ["", ""],
    ["European Union", ""],
    ["   ", ""],
  ])("%j → %j", (text, code) => {
    expect(countryFromBasedIn(text)).toBe(code);
  });
});

describe("invoicesFromContract: properties", () => {
  const styles = [
    ["en-US", "USD"],
    ["de-DE", "EUR"],
    ["fr-FR", "EUR"],
    ["de-CH", "CHF"],
    ["en-US", "JPY"],
    ["de-DE", "KWD"],
  ] as const;

  const contracts = fc
    .record({
      style: fc.constantFrom(...styles),
      fee: fc.integer({ min: 100, max: MAX_MINOR }),
      deposit: fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: null }),
      shares: fc.array(fc.integer({ min: 1, max: 1_500 }), { minLength: 0, maxLength: 5 }),
      startOffset: fc.integer({ min: 0, max: 3_000 }),
      gaps: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 6, maxLength: 6 }),
      netDays: fc.integer({ min: 0, max: 120 }),
      discount: fc.option(fc.record({ percent: fc.integer({ min: 1, max: 5_000 }), within: fc.integer({ min: 1, max: 119 }) }), { nil: null }),
      signedBefore: fc.integer({ min: -30, max: 90 }),
    })
    .map((g) => {
      const [locale, currency] = g.style;
      const start = addDays("2026-01-01", g.startOffset);
      const base = sampleContractDraft();
      const pct = (bp: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(bp / 100);
      const milestones = [...g.shares, 0].map((bp, i) => {
        const date = addDays(start, g.gaps.slice(0, i + 1).reduce((a, b) => a + b, 0));
        const last = i === g.shares.length;
        return { id: `m${i + 1}`, name: `Stage ${i + 1}`, deliverableIds: [], dueKind: "date" as const, dueDate: date, acceptanceOf: "", expectedDate: "", shareMode: last ? ("rest" as const) : ("percent" as const), shareValue: last ? "" : pct(bp) };
      });
      const draft: ContractDraft = {
        ...base,
        numberLocale: locale,
        currency,
        startDate: start,
        endDate: addDays(start, 400),
        price: { ...base.price, model: "fixed", fixedFee: formatAmount(g.fee, currency, locale) },
        payment: { ...base.payment, depositMode: g.deposit === null ? "none" : "percent", depositValue: g.deposit === null ? "" : pct(g.deposit), netDays: String(g.netDays), milestones },
        lateFee: { ...base.lateFee, kind: "none" },
        discount: g.discount && g.discount.within < g.netDays ? { enabled: true, percent: pct(g.discount.percent), withinDays: String(g.discount.within) } : { ...base.discount, enabled: false },
      };
      return { draft, signed: addDays(start, -g.signedBefore) };
    });

  it("Σ plan amounts = contract total, each = its schedule amount and reads back from the draft; due never before issue", () => {
    fc.assert(
      fc.property(contracts, ({ draft, signed }) => {
        const result = readContract(draft);
        fc.pre(result.ok);
        if (!result.ok) return;
        const { contract } = result;
        const plans = invoicesFromContract(contract, { depositInvoiceDate: signed });
        expect(plans).toHaveLength(contract.schedule.payments.length);
        expect(sum(plans.map((p) => p.amount))).toBe(contract.total);
        for (const [i, p] of plans.entries()) {
          expect(p.paymentIndex).toBe(i);
          expect(p.amount).toBe(contract.schedule.payments[i]!.amount);
          expect(parseMoney(p.draft.lines[0]!.unitPrice, contract.currency, contract.locale)).toEqual({ ok: true, value: p.amount });
          expect(p.dueDate >= p.issueDate).toBe(true);
          expect(p.draft.dueDate).toBe(p.dueDate);
          if (p.kind === "milestone") expect(daysBetween(p.issueDate, p.dueDate)).toBe(contract.netDays);
          else expect(p.dueDate <= addDays(contract.startDate, -1) || p.dueDate === p.issueDate).toBe(true);
          if (p.earlyDiscount) expect(addDays(p.issueDate, p.earlyDiscount.withinDays) < p.dueDate).toBe(true);
          expect(InvoiceDraft.parse(p.draft)).toEqual(p.draft);
          const read = readInvoice(p.draft, `N-${i}`);
          expect(read.ok ? [] : read.errors).toEqual([]);
          if (read.ok) {
            expect(invoiceTotals(read.invoice).total).toBe(p.amount);
            expect(read.invoice.due.date).toBe(p.dueDate);
            expect(read.invoice.earlyDiscount).toEqual(p.earlyDiscount);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
