import { describe, expect, it } from "vitest";
import type { Contract } from "../../../src/domain/contract/contract";
import type { ContractDraft } from "../../../src/domain/contract/contract-draft";
import { readContract } from "../../../src/domain/contract/read-contract";
import { buildContractDocument } from "../../../src/domain/document/build-contract-document";
import { NOT_LEGAL_ADVICE } from "../../../src/domain/document/contract/closing-sections";
import { type Block, DocumentModel, type Section } from "../../../src/domain/document/document-model";
import { parseMoney } from "../../../src/domain/money/parse-money";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

const PREPARED = "2026-11-21";

function contractFrom(change: (d: ContractDraft) => void = () => {}): Contract {
  const draft = structuredClone(sampleContractDraft());
  change(draft);
  const result = readContract(draft);
  if (!result.ok) throw new Error(`draft should be valid: ${JSON.stringify(result.errors)}`);
  return result.contract;
}

const build = (change?: (d: ContractDraft) => void) => buildContractDocument(contractFrom(change), PREPARED);

/** Every piece of text in a block. */
function blockText(block: Block): string[] {
  switch (block.kind) {
    case "paragraph":
    case "clause":
    case "notice":
      return [block.text];
    case "list":
      return block.items;
    case "facts":
      return block.items.flatMap((i) => [i.term, i.value]);
    case "table":
      return [block.caption ?? "", ...block.columns.map((c) => c.header), ...block.rows.flat(), ...(block.footer ?? [])];
    case "signatures":
      return block.parties.flatMap((p) => [p.role, p.name, p.business ?? ""]);
    case "parties":
      return block.columns.flatMap((c) => [c.role, ...c.lines]);
    case "totals":
      return block.rows.flatMap((r) => [r.label, r.value]);
    case "qr":
      return [block.caption];
  }
}

const sectionText = (s: Section) => [s.heading, ...s.blocks.flatMap(blockText)].join("\n");
const byId = (doc: DocumentModel, id: string) => doc.sections.find((s) => s.id === id);

// Each cross-reference phrase and the section it must point at.
const REFERENCES: { pattern: RegExp; target: string }[] = [
  { pattern: /anything listed in section (\d+)/g, target: "client-responsibilities" },
  { pattern: /Anything not described in section (\d+)/g, target: "deliverables" },
  { pattern: /for the scope in section (\d+)/g, target: "deliverables" },
  { pattern: /change requests? under section (\d+)/g, target: "changes" },
  { pattern: /Accepted under section (\d+)/g, target: "acceptance" },
  { pattern: /is set out in section (\d+)/g, target: "pause-work" },
  { pattern: /or section (\d+) prevents it/g, target: "confidentiality" },
  { pattern: /any fee due under section (\d+)/g, target: "cancellation" },
];

/** The numbering and cross-reference rules every contract document must follow. */
function expectWellNumbered(doc: DocumentModel) {
  expect(DocumentModel.safeParse(doc).success).toBe(true);
  const first = doc.sections[0]!;
  const last = doc.sections[doc.sections.length - 1]!;
  expect(first.id).toBe("parties");
  expect(first.number).toBe("");
  expect(last.id).toBe("signatures");
  expect(last.number).toBe("");
  const numbered = doc.sections.slice(1, -1);
  // Sections 1..N, consecutive, no gaps.
  expect(numbered.map((s) => s.number)).toEqual(numbered.map((_, i) => String(i + 1)));
  for (const section of doc.sections) {
    const clauses = section.blocks.filter((b) => b.kind === "clause");
    if (section.number === "") expect(clauses).toEqual([]);
    // Clauses n.1, n.2, … follow their section.
    expect(clauses.map((c) => c.number)).toEqual(clauses.map((_, i) => `${section.number}.${i + 1}`));
  }
  const all = doc.sections.map(sectionText).join("\n");
  // Every "section N" names a real numbered section; a missing target would print "section 0".
  for (const match of all.matchAll(/section (\d+)/g)) {
    expect(Number(match[1])).toBeGreaterThanOrEqual(1);
    expect(Number(match[1])).toBeLessThanOrEqual(numbered.length);
  }
  for (const { pattern, target } of REFERENCES) {
    for (const match of all.matchAll(pattern)) {
      expect(match[1], `${match[0]} should point at ${target}`).toBe(byId(doc, target)?.number);
    }
  }
  expect(all).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
}

describe("buildContractDocument: the sample contract", () => {
  const contract = contractFrom();
  const doc = buildContractDocument(contract, PREPARED);

  it("numbers sections 1..N and clauses n.m, with the parties and signatures unnumbered", () => {
    expectWellNumbered(doc);
    expect(doc.sections.map((s) => `${s.number} ${s.id}`.trim())).toEqual([
      "parties",
      "1 project",
      "2 deliverables",
      "3 exclusions",
      "4 client-responsibilities",
      "5 acceptance",
      "6 changes",
      "7 fees",
      "8 schedule",
      "9 late-payment",
      "10 pause-work",
      "11 ownership",
      "12 cancellation",
      "13 termination",
      "14 confidentiality",
      "15 independent-contractor",
      "16 liability",
      "17 disputes",
      "18 general",
      "signatures",
    ]);
  });

  it.each([
    { from: "project", phrase: "anything listed in section 4", target: "client-responsibilities" },
    { from: "exclusions", phrase: "Anything not described in section 2", target: "deliverables" },
    { from: "exclusions", phrase: "change request under section 6", target: "changes" },
    { from: "late-payment", phrase: "is set out in section 10", target: "pause-work" },
    { from: "ownership", phrase: "or section 14 prevents it", target: "confidentiality" },
    { from: "termination", phrase: "any fee due under section 12", target: "cancellation" },
  ])("the $from section says '$phrase', and that is the $target heading", ({ from, phrase, target }) => {
    expect(sectionText(byId(doc, from)!)).toContain(phrase);
    expect(/section (\d+)/.exec(phrase)![1]).toBe(byId(doc, target)!.number);
  });

  it("puts every schedule amount in the payment table, and a footer total equal to the contract total", () => {
    const table = byId(doc, "schedule")!.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no payment table");
    expect(table.rows).toEqual([
      ["1. Deposit", "On signing; due before work starts on March 1, 2027", "30%", "$3,000.00"],
      ["2. Design approved (Design concepts)", "On acceptance of Design concepts (expected around March 26, 2027)", "33.33%", "$3,333.00"],
      ["3. Launch (Built website)", "May 28, 2027", "36.67%", "$3,667.00"],
    ]);
    expect(table.footer).toEqual(["Total", "", "100%", "$10,000.00"]);
    // Read the printed amounts back: they add up to the printed total, which is the contract total.
    const printed = table.rows.map((r) => parseMoney(r[3]!, "USD", "en-US"));
    const sum = printed.reduce((a, r) => a + (r.ok ? r.value : Number.NaN), 0);
    expect(sum).toBe(contract.total);
    expect(parseMoney(table.footer![3]!, "USD", "en-US")).toEqual({ ok: true, value: contract.total });
  });

  it("includes the late-fee clause with a worked example", () => {
    const late = sectionText(byId(doc, "late-payment")!);
    expect(byId(doc, "late-payment")!.heading).toBe("Late payment and early payment (2/7 net 14)");
    expect(late).toContain("interest of 1.5% per month");
    expect(late).toContain("up to a maximum of 10% of the invoice amount");
    expect(late).toContain("For example, on an invoice of $3,333.00");
    expect(late).toContain("deduct a discount of 2%");
  });

  it("ends with the signatures and the not-legal-advice notice", () => {
    const signatures = byId(doc, "signatures")!;
    expect(signatures.blocks).toContainEqual({ kind: "notice", text: NOT_LEGAL_ADVICE });
    expect(NOT_LEGAL_ADVICE).toContain("not legal advice");
  });

  it("sets the title, header, footer and metadata", () => {
    expect(doc.title).toBe("Services agreement");
    expect(doc.subtitle).toBe("Website redesign · Łódź Design Studio and Acme Ltd · prepared November 21, 2026");
    expect(doc.runningHeader).toBe("Services agreement: Website redesign");
    expect(doc.runningFooter).toBe("Łódź Design Studio and Acme Ltd");
    expect(doc.metadata).toEqual({
      title: "Services agreement: Website redesign",
      author: "Łódź Design Studio",
      subject: "Services agreement between Łódź Design Studio and Acme Ltd for Website redesign",
      keywords: expect.stringContaining("services agreement"),
      language: "en",
      creator: "Upfront",
    });
  });

  it("#25 keeps non-ASCII names exactly", () => {
    const parties = byId(doc, "parties")!;
    expect(parties.blocks).toContainEqual({
      kind: "facts",
      items: expect.arrayContaining([{ term: "Freelancer", value: "Zoë Łukasiewicz, Łódź Design Studio" }]),
    });
    expect(parties.blocks).toContainEqual({
      kind: "facts",
      items: expect.arrayContaining([{ term: "Client", value: "Nguyễn Thị Minh, Acme Ltd" }]),
    });
    expect(byId(doc, "signatures")!.blocks).toContainEqual({
      kind: "signatures",
      parties: [
        { role: "Freelancer", name: "Zoë Łukasiewicz", business: "Łódź Design Studio" },
        { role: "Client", name: "Nguyễn Thị Minh", business: "Acme Ltd" },
      ],
    });
  });

  it("is a pure function of the contract", () => {
    expect(buildContractDocument(contract, PREPARED)).toEqual(doc);
  });
});

describe("buildContractDocument: switching sections off renumbers the rest", () => {
  it.each([
    { name: "pause work", id: "pause-work", change: (d: ContractDraft) => { d.protections.pauseWork.enabled = false; } },
    { name: "ownership on full payment", id: "ownership", change: (d: ContractDraft) => { d.protections.ownershipOnFullPayment.enabled = false; } },
    { name: "kill fee", id: "cancellation", change: (d: ContractDraft) => { d.protections.killFee.enabled = false; } },
    { name: "termination", id: "termination", change: (d: ContractDraft) => { d.protections.termination.enabled = false; } },
    { name: "confidentiality", id: "confidentiality", change: (d: ContractDraft) => { d.protections.confidentiality.enabled = false; } },
    { name: "independent contractor", id: "independent-contractor", change: (d: ContractDraft) => { d.protections.independentContractor.enabled = false; } },
    { name: "limitation of liability", id: "liability", change: (d: ContractDraft) => { d.protections.limitationOfLiability.enabled = false; } },
    { name: "dispute resolution", id: "disputes", change: (d: ContractDraft) => { d.protections.disputeResolution.enabled = false; } },
    { name: "change requests in writing", id: "changes", change: (d: ContractDraft) => { d.scope.changeRequestsInWriting = false; } },
    { name: "client responsibilities", id: "client-responsibilities", change: (d: ContractDraft) => { d.scope.clientResponsibilities = ""; } },
  ])("$name off removes the $id section", ({ id, change }) => {
    const before = build();
    const after = build(change);
    expect(byId(before, id)).toBeDefined();
    expect(byId(after, id)).toBeUndefined();
    expect(after.sections).toHaveLength(before.sections.length - 1);
    expectWellNumbered(after);
    // Sections after the removed one move up by one.
    const removedAt = Number(byId(before, id)!.number);
    expect(byId(after, "general")!.number).toBe(String(Number(byId(before, "general")!.number) - 1));
    for (const s of after.sections.filter((x) => x.number !== "")) {
      const old = Number(byId(before, s.id)!.number);
      expect(Number(s.number)).toBe(old > removedAt ? old - 1 : old);
    }
  });

  it.each([
    { name: "pause work off: the late-payment section no longer points at it", change: (d: ContractDraft) => { d.protections.pauseWork.enabled = false; }, section: "late-payment", gone: "is set out in section" },
    { name: "confidentiality off: the portfolio clause no longer points at it", change: (d: ContractDraft) => { d.protections.confidentiality.enabled = false; }, section: "ownership", gone: "prevents it" },
    { name: "kill fee off: termination no longer points at it", change: (d: ContractDraft) => { d.protections.killFee.enabled = false; }, section: "termination", gone: "any fee due under" },
    { name: "changes off: exclusions no longer point at it", change: (d: ContractDraft) => { d.scope.changeRequestsInWriting = false; }, section: "exclusions", gone: "change request under" },
    { name: "no client responsibilities: the project clause describes them instead", change: (d: ContractDraft) => { d.scope.clientResponsibilities = ""; }, section: "project", gone: "anything listed in section" },
  ])("$name", ({ change, section, gone }) => {
    expect(sectionText(byId(build(), section)!)).toContain(gone);
    expect(sectionText(byId(build(change), section)!)).not.toContain(gone);
  });

  it("every combination of optional sections is numbered and cross-referenced correctly", () => {
    const toggles: ((d: ContractDraft, on: boolean) => void)[] = [
      (d, on) => { d.protections.pauseWork.enabled = on; },
      (d, on) => { d.protections.ownershipOnFullPayment.enabled = on; },
      (d, on) => { d.protections.killFee.enabled = on; },
      (d, on) => { d.protections.termination.enabled = on; },
      (d, on) => { d.protections.confidentiality.enabled = on; },
      (d, on) => { d.protections.independentContractor.enabled = on; },
      (d, on) => { d.protections.limitationOfLiability.enabled = on; },
      (d, on) => { d.protections.disputeResolution.enabled = on; },
      (d, on) => { d.scope.changeRequestsInWriting = on; },
      (d, on) => { if (!on) d.scope.clientResponsibilities = ""; },
    ];
    for (let mask = 0; mask < 1 << toggles.length; mask += 1) {
      const doc = build((d) => {
        toggles.forEach((t, i) => t(d, (mask & (1 << i)) !== 0));
        // A deliverable without criteria refers to the acceptance section.
        d.scope.deliverables[1]!.acceptanceCriteria = "";
      });
      expect(doc.sections).toHaveLength(10 + toggles.filter((_, i) => (mask & (1 << i)) !== 0).length);
      expectWellNumbered(doc);
    }
  }, 60_000); // 1,024 documents: slow on a loaded 2-core machine, so a generous timeout
});

describe("buildContractDocument: other contracts", () => {
  it("hourly, capped: the cap clause points at the deliverables", () => {
    const doc = build((d) => { d.price.model = "hourly"; d.price.hourlyRate = "120"; d.price.estimatedHours = "80.5"; });
    expectWellNumbered(doc);
    const fees = sectionText(byId(doc, "fees")!);
    expect(fees).toContain("$120.00 an hour");
    expect(fees).toContain("80.5 hours");
    expect(fees).toContain("$9,660.00");
    expect(fees).toContain(`for the scope in section ${byId(doc, "deliverables")!.number}`);
  });

  it("#16 says which payment took the rounding", () => {
    const doc = build((d) => { d.price.fixedFee = "1,000.01"; });
    const schedule = sectionText(byId(doc, "schedule")!);
    expect(schedule).toContain("the rounding difference is included in payment 3 (Launch)");
    expect(schedule).toContain("$1,000.01");
  });

  it("no late fee and no discount: a plain 'Late payment' heading", () => {
    const doc = build((d) => { d.lateFee.kind = "none"; d.discount.enabled = false; });
    expectWellNumbered(doc);
    expect(byId(doc, "late-payment")!.heading).toBe("Late payment");
  });

  it("de-DE number style: amounts in that style, dates in British English", () => {
    const doc = build((d) => {
      d.numberLocale = "de-DE";
      d.currency = "EUR";
      d.price.fixedFee = "10.000,00";
      d.scope.extraRoundRate = "450";
      d.payment.milestones[0]!.shareValue = "33,33";
      d.payment.milestones[1]!.shareValue = "36,67";
      d.lateFee.percentPerMonth = "1,5";
    });
    expectWellNumbered(doc);
    expect(doc.subtitle).toContain("prepared 21 November 2026");
    const table = byId(doc, "schedule")!.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no payment table");
    expect(table.rows.map((r) => r[3]!.replace(/\u00a0/g, " "))).toEqual(["3.000,00 €", "3.333,00 €", "3.667,00 €"]);
    expect(table.footer![3]!.replace(/\u00a0/g, " ")).toBe("10.000,00 €");
  });

  it("#33 markup in answers is carried as plain text for the renderers to escape", () => {
    const doc = build((d) => { d.scope.title = "<script>alert(1)</script>"; d.client.businessName = "{{7*7}} ${1+1}"; });
    expect(doc.runningHeader).toBe("Services agreement: <script>alert(1)</script>");
    expect(doc.runningFooter).toBe("Łódź Design Studio and {{7*7}} ${1+1}");
  });

  it("uses the personal name when there is no business name", () => {
    const doc = build((d) => { d.you.businessName = ""; });
    expect(doc.runningFooter).toBe("Zoë Łukasiewicz and Acme Ltd");
    expect(doc.metadata.author).toBe("Zoë Łukasiewicz");
  });
});
