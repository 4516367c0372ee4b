import { describe, expect, it } from "vitest";
import {
  disputeResponseFileName,
  evidenceTimelineFileName,
  formalNoticeFileName,
  lateFeeInvoiceFileName,
  paymentPlanFileName,
  workSuspensionFileName,
} from "../../../../src/domain/document/get-paid/letter-file-name";

const input = (recipient: { name: string; businessName: string }, number = "2026-0042") => ({ recipient, invoice: { number } });
const acme = input({ name: "Tom Baker", businessName: "Acme Ltd" });

describe("letter file names", () => {
  it.each<[string, string, string]>([
    ["formal notice", formalNoticeFileName({ ...acme, kind: "formal-notice" }), "formal-notice-2026-0042-acme-ltd.pdf"],
    ["final demand", formalNoticeFileName({ ...acme, kind: "final-demand" }), "final-demand-2026-0042-acme-ltd.pdf"],
    ["payment plan", paymentPlanFileName(acme), "payment-plan-2026-0042-acme-ltd.pdf"],
    ["dispute response", disputeResponseFileName(acme), "dispute-response-2026-0042-acme-ltd.pdf"],
    ["work suspension", workSuspensionFileName(acme), "work-suspension-2026-0042-acme-ltd.pdf"],
    ["late-fee invoice (its own number)", lateFeeInvoiceFileName({ ...acme, number: "2026-0050" }), "late-fee-invoice-2026-0050-acme-ltd.pdf"],
    ["evidence timeline", evidenceTimelineFileName(acme), "evidence-timeline-2026-0042-acme-ltd.pdf"],
    ["a person with no business", paymentPlanFileName(input({ name: "Zoë Łukasiewicz", businessName: "" })), "payment-plan-2026-0042-zoë-łukasiewicz.pdf"],
    ["path and shell characters", paymentPlanFileName(input({ name: "", businessName: "../../etc/passwd; rm -rf ~" }, "A/B\\C")), "payment-plan-a-b-c-etc-passwd-rm-rf.pdf"],
    ["a reserved device name", disputeResponseFileName(input({ name: "", businessName: "CON" }, "")), "dispute-response-con-file.pdf"],
    ["nothing usable", evidenceTimelineFileName(input({ name: "", businessName: "" }, "")), "evidence-timeline.pdf"],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("stays short with very long names", () => {
    const name = paymentPlanFileName(input({ name: "", businessName: "A".repeat(300) }, "9".repeat(100)));
    expect([...name].length).toBeLessThanOrEqual(80);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});
