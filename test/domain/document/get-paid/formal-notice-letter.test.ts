import { describe, expect, it } from "vitest";
import { buildFormalNoticeLetter } from "../../../../src/domain/document/get-paid/formal-notice-letter";
import type { FinalDemandStep } from "../../../../src/domain/document/get-paid/letter-input";
import { type SampleLocale, sampleBasics, sampleFormalNotice } from "../../../fixtures/sample-letter-input";
import { allText, blocksOf, facts, section } from "./document-text";

describe("buildFormalNoticeLetter: formal notice with a statutory claim", () => {
  const doc = buildFormalNoticeLetter(sampleFormalNotice());
  const text = allText(doc);

  it("is titled by kind and invoice, with the total and deadline under it", () => {
    expect(doc.title).toBe("Formal notice: invoice 2026-0042");
    expect(doc.subtitle).toBe("£2,101.54 due by 29 May 2027");
    expect(doc.metadata.subject).toBe("Formal notice from Lopez Design Ltd to Acme Ltd: £2,101.54 due by 29 May 2027 on invoice 2026-0042");
  });

  it("opens with the addresses, the date, the invoice, the deadline and a greeting", () => {
    expect(blocksOf(doc, "parties")[0]!.columns).toEqual([
      { role: "From", lines: ["Lopez Design Ltd", "Ana Lopez", "14 Mill Lane", "Bristol BS1 4QA", "United Kingdom", "ana@lopez-design.example", "+44 117 496 0000"] },
      { role: "To", lines: ["Acme Ltd", "Tom Baker", "1 High Street", "Leeds LS1 1AA", "accounts@acme.example"] },
    ]);
    expect(facts(doc)).toMatchObject({ Date: "15 May 2027", Invoice: "2026-0042", "Pay by": "29 May 2027" });
    expect(text).toContain("Dear Tom Baker,");
    expect(text).toContain("I sent reminders on 7 April 2027 and 21 April 2027.");
  });

  it("states the debt: amount, part payment, balance, days overdue", () => {
    expect(facts(doc)).toMatchObject({
      "Amount invoiced": "£2,400.00",
      "Paid on 10 April 2027": "£400.00",
      "Balance unpaid": "£2,000.00",
      "Overdue by": "45 days",
      "Due date": "31 March 2027",
    });
  });

  it("names the rule and shows the interest period by period, the rows adding up to the footer", () => {
    expect(text).toContain("Interest is claimed under the Late Payment of Commercial Debts (Interest) Act 1998 (section 6: 8% above the Bank of England base rate).");
    const table = blocksOf(doc, "table")[0]!;
    expect(table.columns.map((c) => c.header)).toEqual(["Period", "Days", "Balance", "Yearly rate", "Interest"]);
    expect(table.rows).toEqual([
      ["1 April 2027 – 10 April 2027", "10", "£2,400.00", "12.25%", "£8.05"],
      ["11 April 2027 – 15 May 2027", "35", "£2,000.00", "12.25%", "£23.49"],
    ]);
    expect(table.footer).toEqual(["Interest", "", "", "", "£31.54"]);
    expect(text).toContain("A fixed sum of £70.00 is claimed as compensation for the cost of recovering the debt, under section 5A of the Act.");
  });

  it("totals balance, interest and compensation, and asks for them by the deadline", () => {
    expect(blocksOf(doc, "totals")[0]!.rows).toEqual([
      { label: "Unpaid balance", value: "£2,000.00" },
      { label: "Interest", value: "£31.54" },
      { label: "Compensation", value: "£70.00" },
      { label: "Total now due", value: "£2,101.54", strong: true },
    ]);
    expect(text).toContain("Please pay £2,101.54 so that it reaches me by 29 May 2027.");
    expect(text).toContain("I keep the right to claim that further interest");
  });

  it("says how to pay, with the invoice number to quote", () => {
    const pay = section(doc, "how-to-pay")!.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""));
    expect(pay).toEqual(["Bank transfer to Lopez Design Ltd\nSort code 12-34-56, account 12345678", "Please quote invoice 2026-0042 with your payment so it can be matched."]);
  });

  it("names no legal step in a formal notice, and invites contact before the deadline", () => {
    const next = allText({ ...doc, sections: [section(doc, "next")!] });
    expect(next).toContain("I will consider further steps");
    expect(next).not.toMatch(/court|collection agency|lawyer/);
    expect(next).toContain("please contact me before 29 May 2027");
  });
});

describe("buildFormalNoticeLetter: a contract's late fee", () => {
  const claim = { ...sampleFormalNotice().claim!, compensationMinor: 0, compensationRule: "", lateFeeMinor: 5_000, lateFeeRule: "the contract's late-fee clause" };
  const doc = buildFormalNoticeLetter(sampleFormalNotice("en-GB", { claim }));
  const text = allText(doc);

  it("is charged as a late fee under the clause, never called compensation", () => {
    expect(section(doc, "claim")!.heading).toBe("Interest and late fee");
    expect(text).toContain("A late fee of £50.00 is charged under the contract's late-fee clause.");
    expect(text).toContain("formal notice that the payment is late, and of the interest and late fee I claim for it.");
    expect(text).not.toMatch(/compensation/i);
    expect(blocksOf(doc, "totals")[0]!.rows).toEqual([
      { label: "Unpaid balance", value: "£2,000.00" },
      { label: "Interest", value: "£31.54" },
      { label: "Late fee", value: "£50.00" },
      { label: "Total now due", value: "£2,081.54", strong: true },
    ]);
  });
});

describe("buildFormalNoticeLetter: a late fee and nothing else", () => {
  const claim = { ...sampleFormalNotice().claim!, interestMinor: 0, segments: [], compensationMinor: 0, compensationRule: "", lateFeeMinor: 5_000, lateFeeRule: "the contract's late-fee clause" };
  const text = allText(buildFormalNoticeLetter(sampleFormalNotice("en-GB", { claim })));

  it("claims no interest, and says what is charged in plain words", () => {
    expect(text).not.toMatch(/interest is claimed/i);
    expect(text).toContain("formal notice that the payment is late, and of the late fee I claim for it.");
    expect(text).toContain("A late fee of £50.00 is charged under the contract's late-fee clause.");
    expect(text).not.toContain("Interest continues to run");
    expect(text).toContain("I keep the right to claim interest and compensation for the late payment where our agreement or the law gives them");
  });
});

describe("buildFormalNoticeLetter: final demand", () => {
  it.each<[FinalDemandStep, string]>([
    ["small-claims-court", "I intend to make a claim for it through the small claims procedure of the courts."],
    ["collection-agency", "I intend to pass the debt to a collection agency"],
    ["lawyer", "I intend to ask a lawyer to act for me in recovering the debt."],
  ])("names the chosen step (%s) as an intention, and only that one", (nextStep, wording) => {
    const doc = buildFormalNoticeLetter(sampleFormalNotice("en-GB", { kind: "final-demand", nextStep }));
    expect(doc.title).toBe("Final demand: invoice 2026-0042");
    const next = allText({ ...doc, sections: [section(doc, "next")!] });
    expect(next).toContain(`If the full amount has not reached me by 29 May 2027, ${wording}`);
    expect(next).toContain("I would rather settle this without that step.");
    const others = ["small claims", "collection agency", "a lawyer"].filter((w) => !wording.includes(w));
    for (const other of others) expect(next).not.toContain(other);
    expect(allText(doc)).not.toMatch(/criminal|police|bailiff|credit rating|blacklist/i);
  });
});

describe("buildFormalNoticeLetter: amounts in the invoice's number style", () => {
  it.each<[SampleLocale, string, string, string]>([
    ["en-GB", "£2,101.54", "£31.54", "£70.00"],
    ["de-DE", "2.101,54\u00a0€", "31,54\u00a0€", "70,00\u00a0€"],
    ["fr-FR", "2\u202f101,54\u00a0€", "31,54\u00a0€", "70,00\u00a0€"],
  ])("%s: total %s, interest %s, compensation %s", (locale, total, interest, compensation) => {
    const doc = buildFormalNoticeLetter(sampleFormalNotice(locale));
    const rows = blocksOf(doc, "totals")[0]!.rows.map((r) => r.value);
    expect(rows).toEqual([expect.any(String), interest, compensation, total]);
    expect(doc.subtitle).toBe(`${total} due by 29 May 2027`);
  });
});

describe("buildFormalNoticeLetter: no claim, no reminders, no greeting name", () => {
  const basics = sampleBasics();
  const doc = buildFormalNoticeLetter(
    sampleFormalNotice("en-GB", { claim: null, remindedOn: [], recipient: { ...basics.recipient, name: "" }, paymentDetails: "" }),
  );
  const text = allText(doc);

  it("leaves out the claim, and the total due is the balance", () => {
    expect(section(doc, "claim")).toBeUndefined();
    expect(blocksOf(doc, "table")).toEqual([]);
    expect(blocksOf(doc, "totals")[0]!.rows).toEqual([
      { label: "Unpaid balance", value: "£2,000.00" },
      { label: "Total now due", value: "£2,000.00", strong: true },
    ]);
    expect(text).toContain("This letter is formal notice that the payment is late.");
  });

  it("still keeps the right to interest, greets by role and asks for the invoice number", () => {
    expect(text).toContain("I keep the right to claim interest and compensation for the late payment");
    expect(text).toContain("Dear Sir or Madam,");
    expect(text).not.toContain("reminders on");
    expect(section(doc, "how-to-pay")!.blocks).toHaveLength(1);
  });
});

describe("buildFormalNoticeLetter: hostile text is shown literally", () => {
  const hostile = `<script>alert("x")</script> =HYPERLINK("http://evil") ' OR 1=1 -- {{7*7}} \${process.env}`;
  it.each<[string, Parameters<typeof sampleFormalNotice>[1]]>([
    ["the client's business name", { recipient: { ...sampleBasics().recipient, businessName: hostile } }],
    ["the invoice description", { invoice: { ...sampleBasics().invoice, description: hostile } }],
    ["the payment details", { paymentDetails: hostile }],
  ])("in %s", (_name, change) => {
    const text = allText(buildFormalNoticeLetter(sampleFormalNotice("en-GB", change)));
    expect(text).toContain(hostile);
    expect(text).not.toMatch(/&lt;|&quot;|&#/);
  });
});
