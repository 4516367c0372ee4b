import { describe, expect, it } from "vitest";
import { displayName } from "../../../src/domain/text/display-name";

describe("displayName", () => {
  it.each([
    { name: "Ada Lovelace", businessName: "Acme Ltd", shown: "Acme Ltd" },
    { name: "Ada Lovelace", businessName: "", shown: "Ada Lovelace" },
    { name: "", businessName: "Acme Ltd", shown: "Acme Ltd" },
    { name: "", businessName: "", shown: "" },
  ])("$name / $businessName → '$shown'", ({ name, businessName, shown }) => {
    expect(displayName({ name, businessName })).toBe(shown);
  });
});
