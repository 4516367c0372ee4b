import { err, ok, type Err, type Ok, type Result } from "../result";
import { cleanLine } from "../text/clean-text";
import { BIC_MESSAGE, isBic } from "./bic";
import { ibanChecksumValid, readIban } from "./iban";

// The "GiroCode": a SEPA credit transfer in a QR code, as defined by EPC069-12 v3.1 "Quick Response
// Code: Guidelines to Enable Data Capture for the Initiation of a SEPA Credit Transfer" (its table of
// data elements and its 2D code guidelines). Twelve fields separated by line feeds; a bank app that scans it pre-fills the transfer.

/** EPC069-12 2D code guidelines: at most 331 bytes (QR version 13 at level M). */
export const EPC_MAX_BYTES = 331;
/** EPC069-12 data element AT-04: the amount is 0.01 to 999999999.99 euro. */
export const EPC_MAX_AMOUNT_MINOR = 99_999_999_999;
/** EPC069-12 data element AT-21: the beneficiary's name, at most 70 characters. */
export const EPC_NAME_MAX = 70;
const REFERENCE_MAX = 140;
const STRUCTURED_MAX = 35;
const INFORMATION_MAX = 70;

export type EpcPayment = {
  /** The beneficiary: the name on the account being paid. */
  name: string;
  /** Any spacing or case; checked with readIban. */
  iban: string;
  /** Optional since version 002 inside the EEA. */
  bic?: string;
  /** Euro cents. */
  amountMinor: number;
  /** Only "EUR" can be carried (default). */
  currency?: string;
  /** Unstructured remittance information, e.g. "Invoice 2026-0042". */
  reference?: string;
  /** An ISO 11649 creditor reference ("RF18 5390 0754 7034"); never together with `reference`. */
  structuredReference?: string;
  /** ISO 20022 purpose code, four letters (e.g. "GDDS"). */
  purpose?: string;
  /** Beneficiary to originator information, shown to the payer. */
  information?: string;
};

/** The input a refusal is about, so a form can point at it ("amountMinor" for the amount). */
export type EpcField = keyof EpcPayment;
/** The payload, or a message with the input to change. */
export type EpcResult = Ok<string> | (Err & { field: EpcField });

export type EpcFields = {
  version: "001" | "002";
  bic: string;
  name: string;
  iban: string;
  /** Null when the code leaves the amount for the payer to enter. */
  amountMinor: number | null;
  purpose: string;
  structuredReference: string;
  reference: string;
  information: string;
};

const charCount = (text: string): number => [...text].length;
const byteCount = (text: string): number => new TextEncoder().encode(text).length;
const compact = (text: string): string => text.replace(/\s+/gu, "").toUpperCase();

/** "1234" cents → "12.34": a '.' and at most two decimals (EPC069-12, AT-04). */
function euroText(minor: number): string {
  const whole = Math.floor(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, "0")}`;
}

/**
 * ISO 11649 creditor reference: "RF", two check digits, then 1 to 21 letters or digits; the check
 * digits follow ISO/IEC 7064 MOD 97-10, the same rule as an IBAN's.
 */
function creditorReferenceValid(reference: string): boolean {
  return /^RF[0-9]{2}[A-Z0-9]{1,21}$/.test(reference) && ibanChecksumValid(reference);
}

/**
 * The payload text for a SEPA credit transfer QR code (version 002, UTF-8), or a message that says
 * why no code can be made. User text is cleaned first (control characters removed, line breaks
 * folded) so a line break typed in a name can never shift the fields that follow it.
 */
export function epcPayload(payment: EpcPayment): EpcResult {
  const refuse = (field: EpcField, message: string) => ({ ...err(message), field });
  const currency = (payment.currency ?? "EUR").trim().toUpperCase();
  if (currency !== "EUR") return refuse("currency", `The payment QR code (EPC "GiroCode") is for euro transfers only; this invoice is in ${currency}.`);

  const amount = payment.amountMinor;
  if (!Number.isSafeInteger(amount) || amount < 1) return refuse("amountMinor", "The payment QR code needs an amount of at least €0.01.");
  if (amount > EPC_MAX_AMOUNT_MINOR) return refuse("amountMinor", "The payment QR code can carry at most €999,999,999.99.");

  const name = cleanLine(payment.name);
  if (name === "") return refuse("name", "The payment QR code needs the account holder's name.");
  if (charCount(name) > EPC_NAME_MAX) {
    return refuse("name", `The account holder's name is too long for the payment QR code (${EPC_NAME_MAX} characters at most).`);
  }

  const iban = readIban(payment.iban);
  if (!iban.ok) return refuse("iban", iban.error);

  const bic = compact(cleanLine(payment.bic ?? ""));
  if (bic !== "" && !isBic(bic)) return refuse("bic", `${BIC_MESSAGE}.`);

  const purpose = compact(cleanLine(payment.purpose ?? ""));
  if (purpose !== "" && !/^[A-Z0-9]{4}$/.test(purpose)) return refuse("purpose", "A purpose code has four letters, like GDDS.");

  const structured = compact(cleanLine(payment.structuredReference ?? ""));
  const reference = cleanLine(payment.reference ?? "");
  if (structured !== "" && reference !== "") {
    return refuse("structuredReference", "The payment QR code carries either a creditor reference or a free-text reference, not both.");
  }
  if (structured !== "" && (charCount(structured) > STRUCTURED_MAX || !creditorReferenceValid(structured))) {
    return refuse("structuredReference", "This creditor reference isn't valid: it starts with RF and two check digits (ISO 11649). Check for a typo.");
  }
  if (charCount(reference) > REFERENCE_MAX) {
    return refuse("reference", `The payment reference is too long for the payment QR code (${REFERENCE_MAX} characters at most).`);
  }

  const information = cleanLine(payment.information ?? "");
  if (charCount(information) > INFORMATION_MAX) {
    return refuse("information", `The note to the payer is too long for the payment QR code (${INFORMATION_MAX} characters at most).`);
  }

  // EPC069-12 data elements, in order (AT-nn are the SEPA credit transfer rulebook's attributes).
  const fields = [
    "BCD", // service tag
    "002", // version: BIC optional
    "1", // character set: UTF-8
    "SCT", // SEPA credit transfer
    bic, // AT-23
    name, // AT-21
    iban.value, // AT-20
    `EUR${euroText(amount)}`, // AT-04
    purpose, // AT-44
    structured, // AT-05 structured (ISO 11649)
    reference, // AT-05 unstructured
    information, // beneficiary to originator
  ];
  // Empty fields at the end may be left out (the last field present ends without a line feed).
  while (fields.at(-1) === "") fields.pop();
  const payload = fields.join("\n");
  const bytes = byteCount(payload);
  if (bytes > EPC_MAX_BYTES) {
    return refuse(
      "name",
      `The payment QR code can hold ${EPC_MAX_BYTES} bytes and this one needs ${bytes}: shorten the account holder's name or the reference.`,
    );
  }
  return ok(payload);
}

/** Reads a payload back (tests, and the caption under the code), checking its structure. */
export function parseEpcPayload(text: string): Result<EpcFields> {
  if (byteCount(text) > EPC_MAX_BYTES) return err(`A payment QR code holds at most ${EPC_MAX_BYTES} bytes.`);
  const fields = text.split(/\r?\n/);
  if (fields.length > 12) return err("This payment QR code has more than twelve fields.");
  const at = (i: number): string => fields[i] ?? "";
  if (at(0) !== "BCD") return err("This isn't a SEPA payment QR code (it doesn't start with BCD).");
  const version = at(1);
  if (version !== "001" && version !== "002") return err(`Unknown payment QR code version "${version}".`);
  if (at(2) !== "1") return err("Only UTF-8 payment QR codes (character set 1) are read here.");
  if (at(3) !== "SCT") return err("This payment QR code is not a SEPA credit transfer (SCT).");
  const bic = at(4);
  if (bic === "" ? version === "001" : !isBic(bic)) return err("This payment QR code's BIC is missing or not valid.");
  const name = at(5);
  if (name === "" || charCount(name) > EPC_NAME_MAX) return err("This payment QR code's name is missing or too long.");
  const iban = readIban(at(6));
  if (!iban.ok || iban.value !== at(6)) return err("This payment QR code's IBAN is not valid.");
  let amountMinor: number | null = null;
  const amountText = at(7);
  if (amountText !== "") {
    const match = /^EUR([0-9]{1,9})(?:\.([0-9]{1,2}))?$/.exec(amountText);
    if (!match) return err("This payment QR code's amount is not in the form EUR12.34.");
    amountMinor = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
    if (amountMinor < 1) return err("This payment QR code's amount is below €0.01.");
  }
  const purpose = at(8);
  if (purpose !== "" && !/^[A-Z0-9]{4}$/.test(purpose)) return err("This payment QR code's purpose code is not valid.");
  const structuredReference = at(9);
  const reference = at(10);
  if (structuredReference !== "" && reference !== "") return err("This payment QR code has both kinds of reference.");
  if (charCount(structuredReference) > STRUCTURED_MAX) return err("This payment QR code's creditor reference is too long.");
  if (charCount(reference) > REFERENCE_MAX) return err("This payment QR code's reference is too long.");
  const information = at(11);
  if (charCount(information) > INFORMATION_MAX) return err("This payment QR code's note to the payer is too long.");
  return ok({ version, bic, name, iban: iban.value, amountMinor, purpose, structuredReference, reference, information });
}
