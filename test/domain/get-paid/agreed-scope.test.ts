import { describe, expect, it } from "vitest";
import { buildDisputeResponseLetter } from "../../../src/domain/document/get-paid/dispute-response-letter";
import { DisputeResponseInput } from "../../../src/domain/document/get-paid/letter-input";
import { agreedScopeFromContract } from "../../../src/domain/get-paid/agreed-scope";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";
import { sampleBasics } from "../../fixtures/sample-letter-input";
import { allText } from "../document/get-paid/document-text";

describe("agreedScopeFromContract", () => {
  it("takes the project, deliverables with their acceptance, review days, exclusions, revisions and the written-changes rule", () => {
    const result = agreedScopeFromContract(sampleContractDraft(), "2027-04-02");
    expect(result).toEqual({
      ok: true,
      scope: {
        projectTitle: "Website redesign",
        deliverables: [
          { title: "Design concepts", acceptanceCriteria: "The client picks one concept in writing." },
          { title: "Built website", acceptanceCriteria: "Pages pass the agreed browser checks." },
        ],
        acceptanceDays: 5,
        acceptedOn: "2027-04-02",
        exclusions: ["Copywriting", "Hosting fees", "Photography"],
        revisionRounds: 2,
        changesInWriting: true,
      },
    });
  });

  it.each([
    ["no project title", (d: ReturnType<typeof sampleContractDraft>) => (d.scope.title = "")],
    ["no deliverables", (d: ReturnType<typeof sampleContractDraft>) => (d.scope.deliverables = [])],
    ["no client name", (d: ReturnType<typeof sampleContractDraft>) => (d.client.name = "")],
  ])("an unfinished contract (%s) is not restated", (_name, change) => {
    const draft = sampleContractDraft();
    change(draft);
    const result = agreedScopeFromContract(draft);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/not finished/);
  });

  it("the dispute response restates it under 'What was agreed'", () => {
    const result = agreedScopeFromContract(sampleContractDraft());
    if (!result.ok) throw new Error(result.reason);
    const input = DisputeResponseInput.parse({
      ...sampleBasics("en-GB"),
      complaint: "The site is slow on phones.",
      scope: result.scope,
      undisputedMinor: 100_000,
      payUndisputedBy: "2027-05-29",
      offer: "fix",
      offerDetails: "I will compress the images by Friday.",
    });
    const text = allText(buildDisputeResponseLetter(input));
    expect(text).toContain("For “Website redesign”, we agreed the following work and how each part would be accepted.");
    expect(text).toContain("Pages pass the agreed browser checks.");
    expect(text).toContain("The agreement did not include:");
    expect(text).toContain("Hosting fees");
    expect(text).toContain("It included 2 rounds of revisions. Changes to the scope were to be asked for and agreed in writing.");
  });
});
