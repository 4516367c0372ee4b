import { describe, expect, it } from "vitest";
import { buildDisputeResponseLetter } from "../../../../src/domain/document/get-paid/dispute-response-letter";
import { sampleDisputeResponse } from "../../../fixtures/sample-letter-input";
import { allText, blocksOf, facts, section } from "./document-text";

const textOf = (doc: ReturnType<typeof buildDisputeResponseLetter>, id: string) => allText({ ...doc, sections: [section(doc, id)!] });

describe("buildDisputeResponseLetter: the sample (part disputed, a fix offered)", () => {
  const doc = buildDisputeResponseLetter(sampleDisputeResponse());

  it("acknowledges the complaint and quotes it as the client put it", () => {
    expect(doc.title).toBe("Your concerns about invoice 2026-0042");
    const complaint = section(doc, "complaint")!.blocks;
    expect(complaint[0]).toMatchObject({ text: expect.stringContaining("Thank you for telling me on 28 April 2027 what you are unhappy with about invoice 2026-0042") });
    expect(complaint[1]).toEqual({ kind: "paragraph", text: "“The contact form doesn't send emails and the mobile menu overlaps the logo.”" });
  });

  it("restates the agreed scope and acceptance", () => {
    const table = blocksOf(doc, "table")[0]!;
    expect(table.rows).toEqual([
      ["Contact form", "Sends each enquiry to accounts@acme.example"],
      ["Responsive layout", "Readable from 320 px wide"],
    ]);
    expect(textOf(doc, "scope")).toContain("For “Website redesign”, we agreed");
    expect(textOf(doc, "scope")).toContain("The agreement gave 10 days after each delivery to check the work");
  });

  it("separates the disputed and undisputed parts and asks for the undisputed part by a date", () => {
    expect(blocksOf(doc, "totals")[0]!.rows).toEqual([
      { label: "Unpaid balance", value: "£2,000.00" },
      { label: "In dispute", value: "£500.00" },
      { label: "Not in dispute", value: "£1,500.00", strong: true },
    ]);
    expect(textOf(doc, "amounts")).toContain("The other £1,500.00 is not in dispute: please pay it by 29 May 2027 while we settle the rest.");
    expect(facts(doc)["Undisputed part due by"]).toBe("29 May 2027");
    expect(section(doc, "how-to-pay")).toBeDefined();
  });

  it("makes the offer with the user's details", () => {
    const offer = textOf(doc, "offer");
    expect(offer).toContain("I propose to put right the points you raise, as follows:");
    expect(offer).toContain("I will fix both issues by 22 May 2027 and send you a link to check them.");
    expect(offer).toContain("mediator");
  });
});

describe("buildDisputeResponseLetter: offers", () => {
  it.each<[string, Parameters<typeof sampleDisputeResponse>[1], string[]]>([
    ["a credit with its amount, and the new balance", { offer: "credit", creditMinor: 25_000, offerDetails: "For the delay." }, [
      "I propose a credit of £250.00 against the invoice, as follows:",
      "For the delay.",
      "If you accept, the balance to pay would be £1,750.00 instead of £2,000.00.",
    ]],
    ["a credit with no amount", { offer: "credit", creditMinor: null, offerDetails: "To be agreed." }, ["I propose a credit against the invoice, as follows:", "To be agreed."]],
    ["an explanation", { offer: "explain", offerDetails: "The form sends to the address you gave." }, [
      "I believe the work meets the agreement, for these reasons:",
      "The form sends to the address you gave.",
    ]],
  ])("%s", (_name, change, wording) => {
    const offer = textOf(buildDisputeResponseLetter(sampleDisputeResponse("en-GB", change)), "offer");
    for (const text of wording) expect(offer).toContain(text);
  });
});

describe("buildDisputeResponseLetter: amounts", () => {
  it.each<[string, number, string, boolean]>([
    ["whole balance disputed: nothing asked for now", 0, "Your concerns relate to the whole unpaid balance of £2,000.00.", false],
    ["nothing disputed: the whole balance asked for", 200_000, "the whole balance of £2,000.00 remains due. Please pay it by 29 May 2027.", true],
  ])("%s", (_name, undisputedMinor, wording, asksToPay) => {
    const doc = buildDisputeResponseLetter(sampleDisputeResponse("en-GB", { undisputedMinor }));
    expect(textOf(doc, "amounts")).toContain(wording);
    expect(section(doc, "how-to-pay") !== undefined).toBe(asksToPay);
    expect("Undisputed part due by" in facts(doc)).toBe(asksToPay);
  });

  it("writes the parts in the de-DE and fr-FR styles", () => {
    expect(blocksOf(buildDisputeResponseLetter(sampleDisputeResponse("de-DE")), "totals")[0]!.rows.map((r) => r.value)).toEqual([
      "2.000,00\u00a0€",
      "500,00\u00a0€",
      "1.500,00\u00a0€",
    ]);
    expect(blocksOf(buildDisputeResponseLetter(sampleDisputeResponse("fr-FR")), "totals")[0]!.rows.map((r) => r.value)).toEqual([
      "2\u202f000,00\u00a0€",
      "500,00\u00a0€",
      "1\u202f500,00\u00a0€",
    ]);
  });
});

describe("buildDisputeResponseLetter: without a scope or a complaint date", () => {
  it("leaves out what was agreed, and says when the work was accepted when it was", () => {
    const none = buildDisputeResponseLetter(sampleDisputeResponse("en-GB", { scope: null, complaintDate: null }));
    expect(section(none, "scope")).toBeUndefined();
    expect(allText(none)).toContain("Thank you for telling me what you are unhappy with");
    const accepted = buildDisputeResponseLetter(
      sampleDisputeResponse("en-GB", { scope: { projectTitle: "Logo", deliverables: [], acceptanceDays: null, acceptedOn: "2027-03-20", exclusions: [], revisionRounds: null, changesInWriting: false } }),
    );
    expect(textOf(accepted, "scope")).toContain("The work was accepted on 20 March 2027.");
    expect(blocksOf(accepted, "table")).toEqual([]);
  });
});

describe("buildDisputeResponseLetter: hostile complaint text is quoted literally", () => {
  it.each([
    ["markup", `</p><script>fetch("//evil")</script>`],
    ["a formula", `=cmd|' /C calc'!A0`],
    ["quotes and a line break", `He said “it's broken”\nand "unusable"`],
    ["a bidi override, kept as typed (the PDF sanitiser handles it)", "abc\u202Edef"],
  ])("%s", (_name, complaint) => {
    const doc = buildDisputeResponseLetter(sampleDisputeResponse("en-GB", { complaint }));
    expect(section(doc, "complaint")!.blocks[1]).toEqual({ kind: "paragraph", text: `“${complaint}”` });
  });
});
