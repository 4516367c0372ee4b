import { fileName } from "../text/file-name";
import type { Contract } from "./contract";

/** e.g. "contract-acme-ltd-website-redesign.pdf": client (business first) and project title. */
export function contractFileName(contract: Contract): string {
  return fileName("contract", [contract.client.businessName || contract.client.name, contract.scope.title], "pdf");
}
