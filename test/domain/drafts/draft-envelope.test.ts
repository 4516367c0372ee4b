import { afterEach, describe, expect, it, vi } from "vitest";
import { ContractDraft } from "../../../src/domain/contract/contract-draft";
import { newContractDraft } from "../../../src/domain/contract/new-contract-draft";
import { CONTRACT_DRAFT_VERSION, MAX_DRAFT_BYTES, openDraft, wrapDraft } from "../../../src/domain/drafts/draft-envelope";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: "upfront", kind: "contract-draft", version: CONTRACT_DRAFT_VERSION, data, ...extra });

describe("openDraft: a valid envelope", () => {
  it("round-trips the sample draft (wrapDraft → JSON → openDraft)", () => {
    const draft = sampleContractDraft();
    const opened = openDraft(JSON.stringify(wrapDraft(draft, "2026-11-21T10:00:00Z")));
    expect(opened).toEqual({ status: "ok", draft: ContractDraft.parse(draft), migratedFrom: null });
    if (opened.status === "ok") expect(opened.draft.you.name).toBe("Zoë Łukasiewicz");
  });

  it("round-trips a new draft", () => {
    const draft = newContractDraft("de-DE", "EUR");
    expect(openDraft(JSON.stringify(wrapDraft(draft)))).toEqual({ status: "ok", draft, migratedFrom: null });
  });

  it("fills defaults for a partial draft", () => {
    const opened = openDraft(envelope({ currency: "EUR" }));
    expect(opened.status).toBe("ok");
    if (opened.status === "ok") {
      expect(opened.draft.currency).toBe("EUR");
      expect(opened.draft.numberLocale).toBe("en-US");
      expect(opened.draft.protections.killFee.enabled).toBe(true);
    }
  });

  it("strips unknown keys at every level", () => {
    const opened = openDraft(envelope({ ...sampleContractDraft(), evil: 1, you: { ...sampleContractDraft().you, isAdmin: true } }, { extra: "x" }));
    expect(opened.status).toBe("ok");
    if (opened.status === "ok") {
      expect(opened.draft).not.toHaveProperty("evil");
      expect(opened.draft.you).not.toHaveProperty("isAdmin");
    }
  });
});

describe("openDraft: damaged input (#37, #41)", () => {
  it.each([
    { name: "#37 not JSON", text: "{not json", message: "not valid JSON" },
    { name: "#37 empty text", text: "", message: "not valid JSON" },
    { name: "#37 null", text: "null", message: "isn't an Upfront contract draft" },
    { name: "#37 an empty array", text: "[]", message: "isn't an Upfront contract draft" },
    { name: "#41 a number", text: "42", message: "isn't an Upfront contract draft" },
    { name: "#41 a string", text: '"hello"', message: "isn't an Upfront contract draft" },
    { name: "#37 valid JSON of the wrong shape", text: '{"you":{"name":"Ana"}}', message: "isn't an Upfront contract draft" },
    { name: "#41 another app's JSON", text: '{"app":"other-app","kind":"contract-draft","version":1,"data":{}}', message: "isn't an Upfront contract draft" },
    { name: "#41 a package.json", text: '{"name":"x","version":"1.0.0","dependencies":{}}', message: "isn't an Upfront contract draft" },
    { name: "an envelope of another kind", text: '{"app":"upfront","kind":"invoice","version":1,"data":{}}', message: "isn't an Upfront contract draft" },
    { name: "version 0", text: '{"app":"upfront","kind":"contract-draft","version":0,"data":{}}', message: "isn't an Upfront contract draft" },
    { name: "a fractional version", text: '{"app":"upfront","kind":"contract-draft","version":1.5,"data":{}}', message: "isn't an Upfront contract draft" },
    { name: "a version as a string", text: '{"app":"upfront","kind":"contract-draft","version":"1","data":{}}', message: "isn't an Upfront contract draft" },
    { name: "data of the wrong type", text: envelope({ you: "Ana" }), message: "damaged (at you)" },
    { name: "a field of the wrong type", text: envelope({ payment: { milestones: "lots" } }), message: "damaged (at payment.milestones)" },
    { name: "#15 more than 20 milestones", text: envelope({ payment: { milestones: Array.from({ length: 21 }, (_, i) => ({ id: `m${i}` })) } }), message: "damaged (at payment.milestones)" },
    { name: "#24 an over-long field", text: envelope({ you: { name: "x".repeat(201) } }), message: "damaged (at you.name)" },
    { name: "data as an array", text: envelope([]), message: "damaged" },
    { name: "data as null", text: envelope(null), message: "damaged" },
  ])("$name", ({ text, message }) => {
    const opened = openDraft(text);
    expect(opened.status).toBe("damaged");
    if (opened.status === "damaged") expect(opened.message).toContain(message);
  });

  it("#41 a too-large text is rejected before it is parsed", () => {
    const big = `{"a":"${"x".repeat(MAX_DRAFT_BYTES)}"}`;
    const parse = vi.spyOn(JSON, "parse");
    try {
      expect(openDraft(big)).toEqual({ status: "damaged", message: "This file is too large to be an Upfront draft." });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it("#41 100,000 nested arrays do not crash", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(() => openDraft(deep)).not.toThrow();
    expect(openDraft(deep).status).toBe("damaged");
  });
});

describe("openDraft: prototype pollution (#41)", () => {
  afterEach(() => {
    // Clean up if a test ever polluted the prototype, so other tests are not affected.
    delete (Object.prototype as Record<string, unknown>).x;
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each([
    { name: "__proto__ inside data", text: envelope({ __proto__: { x: 1 } }).replace('"data":{}', '"data":{"__proto__":{"x":1}}') },
    { name: "__proto__ at the top", text: `{"__proto__":{"x":1},"app":"upfront","kind":"contract-draft","version":1,"data":{}}` },
    { name: "constructor.prototype inside data", text: envelope({ constructor: { prototype: { x: 1 } } }) },
    { name: "__proto__ inside a nested party", text: envelope({}).replace('"data":{}', '"data":{"you":{"__proto__":{"x":1},"name":"Ana"}}') },
    { name: "__proto__ inside a milestone in an array", text: envelope({}).replace('"data":{}', '"data":{"payment":{"milestones":[{"id":"m1","__proto__":{"x":1}}]}}') },
  ])("$name leaves prototypes untouched", ({ text }) => {
    expect(text).toMatch(/__proto__|prototype/);
    const opened = openDraft(text);
    expect(opened.status).toBe("ok");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("x");
    if (opened.status === "ok") {
      expect(Object.getPrototypeOf(opened.draft)).toBe(Object.prototype);
      expect((opened.draft as unknown as Record<string, unknown>).x).toBeUndefined();
      expect((opened.draft.you as unknown as Record<string, unknown>).x).toBeUndefined();
    }
  });
});

describe("openDraft: versions (#38)", () => {
  it("a newer version opens read-only, with its data when it still fits", () => {
    const draft = sampleContractDraft();
    const opened = openDraft(JSON.stringify({ ...wrapDraft(draft), version: CONTRACT_DRAFT_VERSION + 1 }));
    expect(opened).toEqual({ status: "newer", version: CONTRACT_DRAFT_VERSION + 1, draft: ContractDraft.parse(draft) });
  });

  it("a newer version whose data no longer fits still says 'newer', with no draft", () => {
    const opened = openDraft(envelope({ you: 5 }, { version: 99 }));
    expect(opened).toEqual({ status: "newer", version: 99, draft: null });
  });
});

describe("openDraft: duplicate item ids", () => {
  it("gives later copies fresh ids, so removing one item never removes two", () => {
    const draft = newContractDraft();
    const twice = { ...draft, payment: { ...draft.payment, milestones: [draft.payment.milestones[0]!, draft.payment.milestones[0]!, draft.payment.milestones[1]!] } };
    const opened = openDraft(JSON.stringify(wrapDraft(twice)));
    expect(opened.status).toBe("ok");
    if (opened.status !== "ok") return;
    const ids = opened.draft.payment.milestones.map((m) => m.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(draft.payment.milestones[0]!.id);
  });
});
