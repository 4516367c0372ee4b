import { fieldId } from "../contract/contract-steps";

// The overdue-invoice assistant's steps in order; ids appear in the URL (?step=plan).
// Which answers each step holds (messages are recorded under these ids):
//   invoice    you.*, client.*, invoice.*, asOf
//   footing    footing.*
//   situation  situation, dispute.*, paymentPlan.*
//   interest   claim.*
//   plan       steps, messages, evidence.*
export const GET_PAID_STEPS = [
  { id: "invoice", title: "The unpaid invoice" },
  { id: "footing", title: "Check your footing first" },
  { id: "situation", title: "What is going on" },
  { id: "interest", title: "Interest and fees you can claim" },
  { id: "plan", title: "Your plan" },
] as const;

export type GetPaidStepId = (typeof GET_PAID_STEPS)[number]["id"];

export function isGetPaidStepId(id: string): id is GetPaidStepId {
  return GET_PAID_STEPS.some((s) => s.id === id);
}

/** The step that asks for a field path ("invoice.amount" → invoice). */
export function getPaidStepOfField(field: string): GetPaidStepId {
  const head = field.split(".")[0] ?? "";
  if (head === "footing") return "footing";
  if (head === "situation" || head === "dispute" || head === "paymentPlan") return "situation";
  if (head === "claim") return "interest";
  if (head === "steps" || head === "messages" || head === "evidence") return "plan";
  return "invoice";
}

/** The DOM id of the input behind a field path, as in the other wizards. */
export const getPaidFieldId = fieldId;
