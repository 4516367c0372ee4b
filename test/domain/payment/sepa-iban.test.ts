import { describe, expect, it } from "vitest";
import { isSepaIban } from "../../../src/domain/payment/sepa-iban";

describe("isSepaIban (EPC List of SEPA Scheme Countries)", () => {
  it.each([
    { country: "Germany", iban: "DE89370400440532013000", sepa: true },
    { country: "the UK (in SEPA, outside the EU)", iban: "GB29NWBK60161331926819", sepa: true },
    { country: "Switzerland", iban: "CH9300762011623852957", sepa: true },
    { country: "Norway", iban: "NO9386011117947", sepa: true },
    { country: "Brazil", iban: "BR1800360305000010009795493C1", sepa: false },
    { country: "Saudi Arabia", iban: "SA0380000000608010167519", sepa: false },
    { country: "Türkiye", iban: "TR330006100519786457841326", sepa: false },
    { country: "lower case", iban: "de89370400440532013000", sepa: true },
    { country: "nothing", iban: "", sepa: false },
  ])("$country → $sepa", ({ iban, sepa }) => {
    expect(isSepaIban(iban)).toBe(sepa);
  });
});
