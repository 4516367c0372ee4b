import { displayName } from "../text/display-name";
import { fileName } from "../text/file-name";
import type { Contract } from "./contract";

/** e.g. "contract-acme-ltd-website-redesign.pdf": client (business first) and project title. */
export function contractFileName(contract: Contract): string {
  return fileName("contract", [displayName(contract.client), contract.scope.title], "pdf");
}
