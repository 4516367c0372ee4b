import { describe, expect, it } from "vitest";
import { buildWorkSuspensionNotice } from "../../../../src/domain/document/get-paid/work-suspension-notice";
import { sampleWorkSuspension } from "../../../fixtures/sample-letter-input";
import { allText, facts, section } from "./document-text";

const textOf = (doc: ReturnType<typeof buildWorkSuspensionNotice>, id: string) => allText({ ...doc, sections: [section(doc, id)!] });

describe("buildWorkSuspensionNotice", () => {
  const doc = buildWorkSuspensionNotice(sampleWorkSuspension());

  it("says which work pauses from which date, under which term", () => {
    expect(doc.title).toBe("Notice of paused work: invoice 2026-0042");
    expect(doc.subtitle).toBe("Work paused from 22 May 2027 until £2,000.00 is paid");
    expect(facts(doc)["Work paused from"]).toBe("22 May 2027");
    expect(textOf(doc, "notice")).toContain(
      "Under clause 9.1 of our agreement of 20 February 2027, I may pause work once an invoice is more than 30 days overdue, after telling you in writing. This letter is that notice.",
    );
    expect(textOf(doc, "paused")).toContain("From 22 May 2027, I will not carry out the following work until the balance is paid:");
    expect(textOf(doc, "paused")).toContain("Design of the online shop pages (milestone 3)");
  });

  it("says payment of the balance restarts the work, and how to pay", () => {
    const restart = textOf(doc, "restart");
    expect(restart).toContain("The work restarts when the unpaid balance of £2,000.00 is paid in full. I will restart the work within 2 working days of the payment reaching me.");
    expect(restart).toContain("Please quote invoice 2026-0042");
  });

  it("moves deadlines back by the pause", () => {
    expect(textOf(doc, "deadlines")).toContain("Every deadline for my work under our agreement moves back by the length of the pause");
  });

  it.each<[string, Parameters<typeof sampleWorkSuspension>[1], string, string]>([
    ["no restart time", { restartWithinDays: null }, "restart", "I will restart the work as soon as the payment reaches me."],
    ["one working day", { restartWithinDays: 1 }, "restart", "within 1 working day of"],
    ["no contract term named", { contractTerm: "" }, "notice", "Our agreement allows me to pause work once an invoice is more than 30 days overdue"],
    ["de-DE amounts", { invoice: { ...sampleWorkSuspension("de-DE").invoice } }, "restart", "2.000,00\u00a0€ is paid in full"],
  ])("%s", (_name, change, id, wording) => {
    expect(textOf(buildWorkSuspensionNotice(sampleWorkSuspension("en-GB", change)), id)).toContain(wording);
  });

  it("prints hostile work descriptions literally", () => {
    const pausedWork = "<img src=x onerror=alert(1)>\n=SUM(A1:A9)";
    expect(textOf(buildWorkSuspensionNotice(sampleWorkSuspension("en-GB", { pausedWork })), "paused")).toContain(pausedWork);
  });
});
