// The /get-paid wizard's sections in order; read-overdue.ts records each message under one of them.
// Which answers each section holds (field paths are the draft's, like the contract's):
//   invoice    you.*, client.*, invoice.* (partial payments: invoice.partialPayments.<id>.date|amount), claim.*
//   footing    footing.*
//   situation  situation, dispute.*
//   plan       asOf, paymentPlan.*, steps, messages, evidence.<id>.*
export const OVERDUE_SECTIONS = [
  { id: "invoice", title: "The unpaid invoice" },
  { id: "footing", title: "Check your footing first" },
  { id: "situation", title: "What is happening" },
  { id: "plan", title: "Your plan" },
] as const;

export type OverdueSectionId = (typeof OVERDUE_SECTIONS)[number]["id"];

export function isOverdueSectionId(id: string): id is OverdueSectionId {
  return OVERDUE_SECTIONS.some((s) => s.id === id);
}
