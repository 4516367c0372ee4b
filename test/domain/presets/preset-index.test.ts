import { describe, expect, it } from "vitest";
import { actionHref, findPreset, PRESETS, WIZARDS } from "../../../src/domain/presets/preset-index";

describe("preset index", () => {
  it("lists every preset of the spec once, each for a known wizard", () => {
    expect(PRESETS.map((p) => p.id).sort()).toEqual(
      ["deposit-three-milestones", "good-better-best", "get-paid-dispute", "get-paid-hardship", "get-paid-silent", "late-fee-and-discount", "scope-first"].sort(),
    );
    for (const preset of PRESETS) expect(WIZARDS).toContain(preset.wizard);
  });

  it.each([
    { id: "deposit-three-milestones", wizard: "contract", label: "a 30% deposit and three milestones" },
    { id: "get-paid-hardship", wizard: "get-paid", label: "a client who can't pay yet" },
  ])("finds $id", ({ id, wizard, label }) => {
    expect(findPreset(id)).toEqual({ id, wizard, label });
  });

  it.each(["", "Deposit-Three-Milestones", "toString", "__proto__", "constructor", "deposit-three-milestones "])("finds nothing for %j", (id) => {
    expect(findPreset(id)).toBeUndefined();
  });

  it.each([
    { wizard: "contract", preset: "deposit-three-milestones", href: "/contract?preset=deposit-three-milestones" },
    { wizard: "get-paid", preset: "get-paid-silent", href: "/get-paid?preset=get-paid-silent" },
    { wizard: "invoice", preset: undefined, href: "/invoice" },
    { wizard: "contract", preset: "a b&c", href: "/contract?preset=a%20b%26c" },
  ] as const)("links $wizard with $preset to $href", ({ wizard, preset, href }) => {
    expect(actionHref(wizard, preset)).toBe(href);
  });
});
