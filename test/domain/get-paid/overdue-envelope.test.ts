import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_OVERDUE_BYTES, OVERDUE_DRAFT_VERSION, openOverdueDraft, wrapOverdueDraft } from "../../../src/domain/get-paid/overdue-envelope";
import { OverdueDraft } from "../../../src/domain/get-paid/overdue-draft";
import { sampleOverdueDraft } from "../../fixtures/sample-overdue-draft";

// The overdue case's saved envelope: the same protections as the contract draft's (bad-inputs #37, #38, #41).

const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: "upfront", kind: "overdue-case", version: OVERDUE_DRAFT_VERSION, data, ...extra });

// A case exactly as version 1, the first version, wrote it (kept as text: later versions must go on opening it).
const FIRST_VERSION_TEXT =
  '{"app":"upfront","kind":"overdue-case","version":1,"savedAt":"2026-12-01T10:00:00.000Z","data":{"id":"case-abc123",' +
  '"you":{"name":"Zoë Łukasiewicz","email":"zoe@studio.example"},"client":{"name":"Tom Baker","businessName":"Harbour Lane Ltd"},' +
  '"invoice":{"number":"2026-0042","currency":"GBP","numberLocale":"en-GB","amount":"2,400.00","issueDate":"2026-10-14","dueDate":"2026-11-13",' +
  '"partialPayments":[{"id":"p1","date":"2026-11-20","amount":"400"}]},"asOf":"","situation":"silent",' +
  '"steps":{"day-1-reminder":{"state":"sent","on":"2026-11-14"}},"messages":{},' +
  '"evidence":[{"id":"e1","date":"2026-11-14","kind":"reminder-sent","note":"Sent the reminder","stepId":"day-1-reminder"}]}}';

describe("openOverdueDraft: versions", () => {
  it("the first version is the one written now; a saved case round-trips", () => {
    expect(OVERDUE_DRAFT_VERSION).toBe(1);
    const draft = sampleOverdueDraft();
    const wrapped = wrapOverdueDraft(draft, "2027-04-20T09:00:00.000Z");
    expect(wrapped).toMatchObject({ app: "upfront", kind: "overdue-case", version: 1, savedAt: "2027-04-20T09:00:00.000Z" });
    expect(openOverdueDraft(JSON.stringify(wrapped))).toEqual({ status: "ok", value: OverdueDraft.parse(draft), migratedFrom: null });
  });

  it("#38 a case saved by version 1 opens with every answer, the missing ones filled with defaults", () => {
    const opened = openOverdueDraft(FIRST_VERSION_TEXT);
    expect(opened.status).toBe("ok");
    if (opened.status !== "ok") return;
    expect(opened.migratedFrom).toBeNull();
    expect(opened.value.you.name).toBe("Zoë Łukasiewicz");
    expect(opened.value.invoice.partialPayments).toEqual([{ id: "p1", date: "2026-11-20", amount: "400" }]);
    expect(opened.value.steps["day-1-reminder"]).toEqual({ state: "sent", on: "2026-11-14" });
    expect(opened.value.evidence).toHaveLength(1);
    expect(opened.value.paymentPlan.instalments).toBe("3");
  });

  it("#38 a newer version opens read-only, with its data when it still fits, and none when it doesn't", () => {
    const draft = sampleOverdueDraft();
    expect(openOverdueDraft(JSON.stringify({ ...wrapOverdueDraft(draft), version: 2 }))).toEqual({ status: "newer", version: 2, value: OverdueDraft.parse(draft) });
    expect(openOverdueDraft(envelope({ you: 5 }, { version: 7 }))).toEqual({ status: "newer", version: 7, value: null });
  });
});

describe("openOverdueDraft: damaged input (#37, #41)", () => {
  it.each([
    { name: "#37 not JSON", text: "{not json", message: "This isn't an Upfront case: the file is not valid JSON." },
    { name: "#37 null", text: "null", message: "This isn't an Upfront overdue-invoice case." },
    { name: "#37 an empty array", text: "[]", message: "This isn't an Upfront overdue-invoice case." },
    { name: "#41 a number", text: "42", message: "This isn't an Upfront overdue-invoice case." },
    { name: "#41 another app's JSON", text: '{"name":"x","version":"1.0.0"}', message: "This isn't an Upfront overdue-invoice case." },
    { name: "a contract draft", text: '{"app":"upfront","kind":"contract-draft","version":1,"data":{}}', message: "This isn't an Upfront overdue-invoice case." },
    { name: "#37 the wrong shape inside", text: envelope({ invoice: { partialPayments: "lots" } }), message: "damaged (at invoice.partialPayments)" },
    { name: "#24 an over-long note", text: envelope({ evidence: [{ id: "e1", note: "x".repeat(2_001) }] }), message: "damaged (at evidence.0.note)" },
  ])("$name", ({ text, message }) => {
    const opened = openOverdueDraft(text);
    expect(opened.status).toBe("damaged");
    if (opened.status === "damaged") expect(opened.message).toContain(message);
  });

  it("#41 a too-large text is refused before it is parsed", () => {
    const parse = vi.spyOn(JSON, "parse");
    try {
      expect(openOverdueDraft(" ".repeat(MAX_OVERDUE_BYTES + 1))).toEqual({ status: "damaged", message: "This file is too large to be an Upfront case." });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it("#41 100,000 nested arrays are refused without a crash", () => {
    expect(openOverdueDraft(`${"[".repeat(100_000)}${"]".repeat(100_000)}`).status).toBe("damaged");
  });
});

describe("openOverdueDraft: prototype keys (#41)", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).x;
  });

  it.each([
    ["__proto__ at the top", `{"__proto__":{"x":1},"app":"upfront","kind":"overdue-case","version":1,"data":{}}`],
    ["__proto__ in the data", envelope({}).replace('"data":{}', '"data":{"__proto__":{"x":1}}')],
    ["constructor.prototype in the client", envelope({ client: { constructor: { prototype: { x: 1 } }, name: "Ana" } })],
    ["__proto__ as a step id", envelope({}).replace('"data":{}', '"data":{"steps":{"__proto__":{"state":"sent","on":"2026-01-01"}}}')],
    ["__proto__ as a message's step id", envelope({}).replace('"data":{}', '"data":{"messages":{"__proto__":{"subject":"x","body":"y"}}}')],
  ])("%s leaves prototypes untouched", (_name, text) => {
    const opened = openOverdueDraft(text);
    expect(opened.status).toBe("ok");
    expect(Object.prototype).not.toHaveProperty("x");
    if (opened.status !== "ok") return;
    expect(Object.getPrototypeOf(opened.value)).toBe(Object.prototype);
    expect(Object.keys(opened.value.steps)).toEqual([]);
    expect(Object.keys(opened.value.messages)).toEqual([]);
  });
});

describe("openOverdueDraft: duplicate ids", () => {
  it("later copies get fresh ids, so removing one payment or log entry never removes two", () => {
    const draft = sampleOverdueDraft();
    const p = draft.invoice.partialPayments[0]!;
    const opened = openOverdueDraft(JSON.stringify(wrapOverdueDraft({ ...draft, invoice: { ...draft.invoice, partialPayments: [p, p] } })));
    expect(opened.status === "ok" && opened.value.invoice.partialPayments.map((x) => x.id)).toEqual(["p1", "p3"]);
  });
});
