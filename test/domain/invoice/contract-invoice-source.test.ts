import { describe, expect, it } from "vitest";
import { readContract } from "../../../src/domain/contract/read-contract";
import { contractClientName, contractInvoiceSource } from "../../../src/domain/invoice/contract-invoice-source";
import { InvoiceSource } from "../../../src/domain/invoice/invoice-book";
import { sampleContractDraft } from "../../fixtures/sample-contract-draft";

const read = readContract(sampleContractDraft());
if (!read.ok) throw new Error("the sample contract must be complete");
const contract = read.contract;

describe("contractClientName", () => {
  it.each([
    ["the business name when there is one", { name: "Nguyễn Thị Minh", businessName: "Acme Ltd" }, "Acme Ltd"],
    ["the person's name otherwise", { name: "Nguyễn Thị Minh", businessName: "" }, "Nguyễn Thị Minh"],
  ])("%s", (_, client, expected) => {
    expect(contractClientName({ ...contract, client: { ...contract.client, ...client } })).toBe(expected);
  });
});

describe("contractInvoiceSource", () => {
  it.each([0, 1, 2])("payment %i: names the contract, its title and client, and is a valid saved source", (paymentIndex) => {
    const source = contractInvoiceSource(contract, paymentIndex);
    expect(source).toEqual({ kind: "contract", contractId: contract.id, contractTitle: contract.scope.title, clientName: "Acme Ltd", paymentIndex });
    expect(InvoiceSource.safeParse(source).success).toBe(true);
  });

  it("a payment index beyond what a saved invoice accepts does not pass the schema", () => {
    expect(InvoiceSource.safeParse(contractInvoiceSource(contract, 101)).success).toBe(false);
  });
});
