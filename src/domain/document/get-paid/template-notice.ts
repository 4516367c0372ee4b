import type { Block } from "../document-model";
import { NOT_LEGAL_ADVICE } from "../contract/closing-sections";

/**
 * The notice every get-paid document carries. The payment-plan agreement uses the contract's
 * own wording (it is an agreement too). The others are read by the client, a collector or a
 * court, so their notice only says what the document is, without advice meant for the user.
 */
export function templateNotice(what: "agreement" | "letter" | "invoice" | "timeline"): Block {
  if (what === "agreement") return { kind: "notice", text: NOT_LEGAL_ADVICE };
  return {
    kind: "notice",
    text: `This ${what} was prepared with Upfront from a template. It is not legal advice.`,
  };
}
