import { describe, expect, it } from "vitest";
import { findGetPaidPreset } from "../../../src/domain/presets/get-paid-presets";
import { PRESETS } from "../../../src/domain/presets/preset-index";

describe("findGetPaidPreset", () => {
  it("knows every get-paid preset of the index", () => {
    for (const preset of PRESETS.filter((p) => p.wizard === "get-paid")) {
      expect(findGetPaidPreset(preset.id)?.label).toBe(preset.label);
    }
  });

  it.each([
    ["get-paid-silent", "silent"],
    ["get-paid-dispute", "dispute"],
    ["get-paid-hardship", "hardship"],
  ])("%s starts from the %s situation", (id, situation) => {
    expect(findGetPaidPreset(id)?.situation).toBe(situation);
  });

  it.each(["deposit-three-milestones", "get-paid-", "", "__proto__", "constructor", "GET-PAID-SILENT"])("refuses %j", (id) => {
    expect(findGetPaidPreset(id)).toBeUndefined();
  });
});
